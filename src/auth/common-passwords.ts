import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerDecorator } from 'class-validator';
import { projectRoot } from '../common/project-root';

const LIST = join(projectRoot(), 'data', 'common-passwords', 'common-passwords-12-plus.txt');

let common: ReadonlySet<string> | undefined;

/** The shipped list (data/common-passwords), lower-cased; read on first use, ~44k entries, ~3 MB in memory. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(readFileSync(LIST, 'utf8').split('\n').filter(Boolean));
  return common;
}

/** True when the password, compared lower-cased, is on the list of common passwords. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/** class-validator rule: refuses a password on the list of common passwords, naming the field. */
export function IsNotCommonPassword(field: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotCommonPassword',
      target: target.constructor,
      propertyName,
      options: { message: `${field} is one of the most common passwords; choose one that is harder to guess` },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !isCommonPassword(value) },
    });
}
