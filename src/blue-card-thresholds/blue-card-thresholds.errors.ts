import { DomainError } from '../common/errors/domain-error';
import { ErrorCategory } from '../common/errors/error-category';

export class BlueCardThresholdExistsError extends DomainError {
  constructor(validFrom: string) {
    super(ErrorCategory.Conflict, `A Blue Card threshold valid from ${validFrom} already exists`);
  }
}
