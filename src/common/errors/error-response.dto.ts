import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error-catalogue';

/**
 * The body of every error answer (AllExceptionsFilter), for the OpenAPI
 * document. `code` enumerates the error catalogue; docs/errors.md explains each code.
 */
export class ErrorResponseDto {
  @ApiProperty({ description: 'The HTTP status', example: 409 })
  statusCode!: number;

  @ApiProperty({ description: 'The reason phrase of the status', example: 'Conflict' })
  error!: string;

  @ApiProperty({
    description: 'For people: one message, or one per problem found by the validation (`validation.failed`)',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    example: 'This candidate is already invited to this offer',
  })
  message!: string | string[];

  @ApiProperty({
    description: 'For programs: what went wrong, stable; see docs/errors.md',
    enum: ERROR_CODES,
    enumName: 'ErrorCode',
    example: 'invitation.already_invited',
  })
  code!: ErrorCode;

  @ApiPropertyOptional({ description: 'Only on a 500: quote it to support (it identifies the logged error)', format: 'uuid' })
  errorId?: string;
}
