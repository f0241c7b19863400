import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-code';

export class BlueCardThresholdExistsError extends DomainError {
  constructor(validFrom: string) {
    super(ErrorCode.Conflict, `A Blue Card threshold valid from ${validFrom} already exists`);
  }
}
