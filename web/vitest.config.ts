import { defineConfig } from 'vitest/config';

// Unit tests of the web app's pure modules (i18n catalogues, API error parsing, formatting): plain Node, no DOM.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
