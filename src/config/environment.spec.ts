import { ConfigurationError, validateEnvironment } from './environment';

describe('MEILI_MAX_INDEXING_MEMORY', () => {
  it.each(['1GiB', '512MiB', '2 GB', '1.5GiB', '800MB'])('accepts %s', (value) => {
    expect(validateEnvironment({ MEILI_MAX_INDEXING_MEMORY: value }).MEILI_MAX_INDEXING_MEMORY).toBe(value);
  });

  it('is unset by default (Meilisearch chooses)', () => {
    expect(validateEnvironment({}).MEILI_MAX_INDEXING_MEMORY).toBeUndefined();
  });

  it.each(['lots', '1 gigabyte', '-1GiB', '1G', '1gib'])('stops start-up on %s, naming the setting', (value) => {
    expect(() => validateEnvironment({ MEILI_MAX_INDEXING_MEMORY: value })).toThrow(ConfigurationError);
    expect(() => validateEnvironment({ MEILI_MAX_INDEXING_MEMORY: value })).toThrow(
      /MEILI_MAX_INDEXING_MEMORY must be an amount of memory/,
    );
  });
});
