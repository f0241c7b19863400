import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens nested DTO errors into "degrees.0.graduationYear must not be less than 1950" lines. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      // class-validator names only the leaf property; give the full path for nested fields.
      parent && message.startsWith(error.property) ? `${parent}.${message}` : message,
    );
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** What the validation pipe throws: the exception filter answers it with code `validation.failed`. */
export class ValidationFailedException extends BadRequestException {
  constructor(messages: string[]) {
    super(messages);
  }
}

/** The app's single validation pipe (registered as APP_PIPE so tests get it too). */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedException(flattenValidationErrors(errors)),
  });
}
