import { ConfigurationError, meiliUrlList, validateEnvironment } from './environment';

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

describe('MEILI_URL', () => {
  const key = 'k'.repeat(16);

  it('takes one server as before', () => {
    expect(validateEnvironment({ MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: key }).MEILI_URL).toBe('http://meili:7700');
  });

  it('takes a comma-separated list of replicas', () => {
    const env = validateEnvironment({ MEILI_URL: 'http://meili-1:7700, http://meili-2:7700', MEILI_MASTER_KEY: key });
    expect(meiliUrlList(env.MEILI_URL!)).toEqual(['http://meili-1:7700', 'http://meili-2:7700']);
  });

  it.each([
    ['http://meili-1:7700,meili-2:7700', 'meili-2:7700'],
    ['http://meili-1:7700,', ''],
    ['http://meili-1:7700,http://meili-2:99999', 'http://meili-2:99999'],
    ['http://meili-1:7700,http://meili-1:7700', 'http://meili-1:7700 (listed twice)'],
  ])('stops start-up on %s, naming the wrong entry', (value, entry) => {
    expect(() => validateEnvironment({ MEILI_URL: value, MEILI_MASTER_KEY: key })).toThrow(ConfigurationError);
    expect(() => validateEnvironment({ MEILI_URL: value, MEILI_MASTER_KEY: key })).toThrow(`wrong entry: "${entry}"`);
  });
});
