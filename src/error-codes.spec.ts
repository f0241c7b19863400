import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BODY_PARSER_CODES, FILTER_ERROR_CODES, HTTP_EXCEPTION_CODES } from './common/errors/all-exceptions.filter';
import { DomainError } from './common/errors/domain-error';
import { ERROR_CATALOGUE, ERROR_DEFINITIONS, type ErrorCode } from './common/errors/error-catalogue';

/**
 * The error codes cannot drift: every DomainError class of every
 * `<feature>.errors.ts` (found by a glob and imported here, at the root layer,
 * which may import every feature) has a unique name and its own code from the
 * catalogue; every catalogue code is raised by a class or by the exception
 * filter; docs/errors.md shows exactly the catalogue.
 */

/** Codes that more than one DomainError class may answer, each with the reason. None so far. */
const SHARED_CODES: Partial<Record<ErrorCode, string>> = {};

/** The category bases of domain-error.ts: extended in errors files, never thrown directly. */
const CATEGORY_BASES = [
  'InvalidInputError',
  'UnauthenticatedError',
  'ForbiddenError',
  'NotFoundError',
  'ConflictError',
  'InvalidStateError',
  'UnavailableError',
];

const SRC = resolve(__dirname);
const ROOT = resolve(SRC, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

type ErrorClass = (new (...args: unknown[]) => Error) & { name: string };

interface FoundClass {
  file: string;
  name: string;
  cls: ErrorClass;
}

const errorsFiles = sourceFiles(SRC).filter((file) => file.endsWith('.errors.ts'));

const exportedErrorClasses: FoundClass[] = errorsFiles.flatMap((file) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each errors file the glob finds, loaded synchronously
  Object.entries(require(file) as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof Error)
    .map(([name, cls]) => ({ file: relative(SRC, file), name, cls: cls as ErrorClass })),
);

const domainErrors = exportedErrorClasses
  .filter(({ cls }) => cls.prototype instanceof DomainError)
  .map((found) => {
    // Placeholder arguments: arrays, so that both `${arg}` and arg.join(…) work.
    const instance = Reflect.construct(
      found.cls,
      Array.from({ length: found.cls.length }, () => ['x']),
    ) as DomainError;
    return { ...found, code: instance.code, category: instance.category, message: instance.message };
  });

describe('error codes', () => {
  it('finds the errors files and their DomainError classes (the glob is not empty)', () => {
    expect(errorsFiles.map((file) => relative(SRC, file))).toEqual(
      expect.arrayContaining(['employers/employers.errors.ts', 'consent/consent.errors.ts']),
    );
    expect(domainErrors.map((e) => e.name)).toEqual(
      expect.arrayContaining(['AlreadyInvitedError', 'EmployerNotVerifiedError', 'StaleVersionError']),
    );
  });

  it('gives every exported error class a unique name', () => {
    const names = exportedErrorClasses.map((e) => e.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    // The export name is the class name (no renaming on export).
    expect(exportedErrorClasses.filter((e) => e.cls.name !== e.name).map((e) => e.file + ': ' + e.name)).toEqual([]);
  });

  it('has no two classes of the same name anywhere in src/', () => {
    const declared = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:export )?(?:abstract )?class (\w+)/gm)].map((m) => m[1]),
    );
    expect(declared.filter((name, i) => declared.indexOf(name) !== i)).toEqual([]);
  });

  it('gives every DomainError class a code `<area>.<reason>` from the catalogue, with the catalogue category', () => {
    const wrong = domainErrors.filter(
      (e) => !/^[a-z_]+\.[a-z_]+$/.test(e.code) || !(e.code in ERROR_DEFINITIONS) || ERROR_DEFINITIONS[e.code].category !== e.category,
    );
    expect(wrong.map((e) => `${e.file}: ${e.name} → ${e.code}`)).toEqual([]);
  });

  it('has no two DomainError classes answering the same code, unless SHARED_CODES documents it', () => {
    const byCode = new Map<string, string[]>();
    for (const e of domainErrors) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e.name]);
    const shared = [...byCode].filter(([code, names]) => names.length > 1 && !(code in SHARED_CODES));
    expect(shared).toEqual([]);
  });

  it('has every catalogue code raised by some DomainError class or by the exception filter', () => {
    const raised = new Set<string>([...domainErrors.map((e) => e.code), ...FILTER_ERROR_CODES]);
    expect(ERROR_CATALOGUE.map((entry) => entry.code).filter((code) => !raised.has(code))).toEqual([]);
  });

  it('has the filter answer each HttpException status with a code of that very status', () => {
    const statusOf = new Map(ERROR_CATALOGUE.map((entry) => [entry.code, entry.status]));
    const mismatches = Object.entries(HTTP_EXCEPTION_CODES).filter(([status, code]) => statusOf.get(code) !== Number(status));
    expect(mismatches).toEqual([]);
    // body-parser's statuses per error type.
    const bodyParserStatus: Record<keyof typeof BODY_PARSER_CODES, number> = {
      'entity.parse.failed': 400,
      'entity.too.large': 413,
      'parameters.too.many': 413,
      'encoding.unsupported': 415,
      'charset.unsupported': 415,
      'entity.too.deep': 400,
      'entity.proto.key': 400,
    };
    const parserMismatches = Object.entries(BODY_PARSER_CODES).filter(
      ([type, code]) => statusOf.get(code) !== bodyParserStatus[type as keyof typeof BODY_PARSER_CODES],
    );
    expect(parserMismatches).toEqual([]);
  });

  it('lets services throw only concrete errors, never a category base', () => {
    const direct = sourceFiles(SRC)
      .filter((file) => !file.endsWith('.spec.ts'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(new RegExp(`new (${CATEGORY_BASES.join('|')})\\(`, 'g'))].map(
          (m) => `${relative(SRC, file)}: new ${m[1]}(`,
        ),
      );
    expect(direct).toEqual([]);
  });

  it('lists every code of the catalogue in docs/errors.md, with its status and meaning, and no other', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([^`]+)` \| (\d{3}) \| (.*) \|$/gm)].map((m) => ({
      code: m[1],
      status: Number(m[2]),
      meaning: m[3],
    }));
    expect(rows).toEqual(ERROR_CATALOGUE.map(({ code, status, meaning }) => ({ code, status, meaning })));
  });
});
