import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('answers a value until its time is up, then nothing', () => {
    const cache = new TtlCache<string, number>(1_000, 10);
    cache.set('a', 1, 0);
    expect(cache.get('a', 999)).toBe(1);
    expect(cache.get('a', 1_000)).toBeUndefined();
    expect(cache.get('b', 0)).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest first', () => {
    const cache = new TtlCache<string, number>(1_000, 2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.set('c', 3, 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, 2, 3]);
  });

  it('setting a key again renews it and moves it to the back', () => {
    const cache = new TtlCache<string, number>(1_000, 2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.set('a', 10, 500);
    cache.set('c', 3, 500);
    expect([cache.get('a', 1_400), cache.get('b', 1), cache.get('c', 1)]).toEqual([10, undefined, 3]);
  });
});
