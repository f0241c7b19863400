import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';

/**
 * Building blocks shared by the request DTOs, so every text field and list is
 * trimmed, bounded and reported the same way whichever feature declares it.
 */

/** Trims a string; leaves other values for the validators to reject. Inner line breaks stay (descriptions). */
export const trimText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For each string of a list (labels, names): trimmed, inner whitespace collapsed to one space. */
export const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim().replace(/\s+/g, ' ') : item)) : value;

/** A required, trimmed, non-empty string of at most `maxLength` characters. */
export const RequiredText = (maxLength: number) => applyDecorators(Transform(trimText), IsString(), IsNotEmpty(), MaxLength(maxLength));

/** A list of non-empty strings (skills, occupations, cities): bounded in length and in each item's size. */
export const StringList = (maxItems: number, maxItemLength: number) =>
  applyDecorators(
    Transform(trimEach),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxItemLength, { each: true }),
  );

/** A bounded list of nested objects, each validated as `itemType` (degrees, language levels). */
export const NestedList = (itemType: new () => object, maxItems: number) =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(() => itemType),
  );

/** A staff decision (`decision` is one of `choices`) names what it accepts in the error. */
export const OneOf = (field: string, choices: readonly string[]) =>
  IsIn(choices, { message: `${field} must be one of: ${choices.join(', ')}` });

/** The optional free-text reason of a staff decision, shown to whoever it concerns. */
export const DecisionReason = () => applyDecorators(IsOptional(), Transform(trimText), IsString(), MaxLength(2000));

/**
 * A field a request may leave out but not set to null (IsOptional lets null through, and a column that
 * cannot be empty then fails in the database): left out, it is not validated; null is validated and refused.
 */
export const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/**
 * Decimal places of a finite number, counting exponent notation: 5e-323 has 323, 1.5e-7 has 8, 1e21 none.
 * (class-validator's own `maxDecimalPlaces` throws a TypeError on 5e-323, which became a 500.)
 */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = Math.abs(value).toString().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * A finite number with at most `places` decimals (amounts of money, years). `message`, when given, is used
 * for both checks (clients match on it); by default each names the field and what is wrong.
 */
export const DecimalNumber = (places: number, message?: string) =>
  applyDecorators(
    IsNumber(
      { allowNaN: false, allowInfinity: false },
      { message: message ?? (({ property }: ValidationArguments) => `${property} must be a number`) },
    ),
    ((object: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'decimalPlaces',
        target: object.constructor,
        propertyName: String(propertyName),
        constraints: [places],
        options: message ? { message } : undefined,
        validator: {
          validate: (value: unknown) => typeof value !== 'number' || !Number.isFinite(value) || decimalPlaces(value) <= places,
          defaultMessage: ({ property }: ValidationArguments) =>
            `${property} must have at most ${places} decimal place${places === 1 ? '' : 's'}`,
        },
      })) as PropertyDecorator,
  );
