import { NotFoundError } from '../common/errors/domain-error';

/** Absent or someone else's: the same answer. */
export class NotificationNotFoundError extends NotFoundError {
  constructor() {
    super('Notification', 'notification.not_found');
  }
}
