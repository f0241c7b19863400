import { NotFoundError } from '../common/errors/domain-error';

export class OccupationNotFoundError extends NotFoundError {
  constructor() {
    super('Occupation', 'occupation.not_found');
  }
}
