import { Controller, Get } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiExtraModels, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CODES } from './error-catalogue';
import { ErrorResponseDto } from './error-response.dto';

/** The parts of an OpenAPI schema object this spec reads. */
interface SchemaObject {
  type?: string;
  format?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, SchemaObject>;
  oneOf?: unknown[];
  allOf?: unknown[];
}

@ApiExtraModels(ErrorResponseDto)
@Controller('probe')
class ProbeController {
  @Get()
  get() {
    return {};
  }
}

describe('ErrorResponseDto in the OpenAPI document', () => {
  it('describes {statusCode, error, message (string or list), code (every catalogue code), errorId?}', async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ProbeController] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
      const schema = document.components!.schemas!.ErrorResponseDto as SchemaObject;
      expect(schema.required?.sort()).toEqual(['code', 'error', 'message', 'statusCode']);
      const props = schema.properties as Record<string, SchemaObject>;
      expect(props.statusCode.type).toBe('number');
      expect(props.error.type).toBe('string');
      expect(props.message.oneOf).toEqual([{ type: 'string' }, { type: 'array', items: { type: 'string' } }]);
      expect(props.message.type).toBeUndefined();
      expect(props.errorId).toMatchObject({ type: 'string', format: 'uuid' });
      // The codes are a named enum schema, referenced from `code`.
      expect(props.code.allOf).toEqual([{ $ref: '#/components/schemas/ErrorCode' }]);
      const codes = document.components!.schemas!.ErrorCode as SchemaObject;
      expect(codes).toMatchObject({ type: 'string' });
      expect(codes.enum).toEqual([...ERROR_CODES]);
    } finally {
      await app.close();
    }
  });
});
