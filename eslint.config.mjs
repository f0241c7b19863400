// @ts-check
// A small rule set: what the compiler does not catch and a reviewer should not have to.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { basename } from 'node:path';

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const ROLE_SUFFIXES = { service: 'Service', repository: 'Repository', controller: 'Controller', module: 'Module' };

/** Local rules of this codebase (one naming scheme, no renaming on import). */
const local = {
  rules: {
    'no-import-rename': {
      meta: { type: 'suggestion', messages: { renamed: "Import '{{imported}}' under its own name, not as '{{local}}'." } },
      create(context) {
        const check = (node, imported, localName, source) => {
          if (source?.startsWith('.') && imported !== localName)
            context.report({ node, messageId: 'renamed', data: { imported, local: localName } });
        };
        return {
          ImportSpecifier: (node) => check(node, node.imported.name ?? node.imported.value, node.local.name, node.parent.source.value),
          ExportSpecifier: (node) =>
            node.parent.source &&
            check(node, node.local.name ?? node.local.value, node.exported.name ?? node.exported.value, node.parent.source.value),
        };
      },
    },
    'role-file-naming': {
      meta: { type: 'suggestion', messages: { name: "A {{role}} file exports one class named after it: '{{expected}}' in {{file}}." } },
      create(context) {
        // The API's role files only (src/ at the root): the web app names its files after components.
        if (!/[\\/]src[\\/]/.test(context.filename) || /[\\/]web[\\/]src[\\/]/.test(context.filename)) return {};
        const file = basename(context.filename);
        const match = /^([a-z0-9-]+)\.(service|repository|controller|module)\.ts$/.exec(file);
        if (!match) return {};
        const expected = pascal(match[1]) + ROLE_SUFFIXES[match[2]];
        return {
          'ExportNamedDeclaration > ClassDeclaration'(node) {
            if (node.id && node.id.name !== expected)
              context.report({ node: node.id, messageId: 'name', data: { role: match[2], expected, file } });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  // web/src/api: generated from the OpenAPI document by `npm run build` (openapi-typescript, web/scripts).
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'web/dist/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'web/src/api/schema.d.ts',
      'web/src/api/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { local },
    // Decorated classes need their constructor parameter types at run time (emitDecoratorMetadata): with these
    // set, consistent-type-imports leaves imports used in decorator metadata as value imports.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      'local/no-import-rename': 'error',
      'local/role-file-naming': 'error',
    },
  },
  // The web app (React): the rules of hooks, and effects that name what they depend on.
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
