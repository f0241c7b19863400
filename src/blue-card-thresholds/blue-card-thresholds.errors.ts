import { ConflictError } from '../common/errors/domain-error';

export class BlueCardThresholdExistsError extends ConflictError {
  constructor(validFrom: string) {
    super(`A Blue Card threshold valid from ${validFrom} already exists`, 'blue_card_threshold.exists');
  }
}
