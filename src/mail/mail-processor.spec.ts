import { mailBackoffMs, MAX_RETRY_DELAY_MS } from './mail-processor';
import { classify } from './mail-transport';

describe('mail retries', () => {
  it('doubles the delay from the base and caps it at one hour', () => {
    expect([1, 2, 3, 4].map((attempts) => mailBackoffMs(30_000, attempts))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(mailBackoffMs(30_000, 40)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('tells a refused message from a deferred one and from a server that cannot be reached', () => {
    expect(classify(Object.assign(new Error('550 no such user'), { code: 'EENVELOPE', responseCode: 550 })).kind).toBe('rejected');
    expect(classify(Object.assign(new Error('452 mailbox full'), { code: 'EENVELOPE', responseCode: 452 })).kind).toBe('deferred');
    expect(classify(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' })).kind).toBe('unreachable');
    expect(classify(Object.assign(new Error('535 auth failed'), { code: 'EAUTH', responseCode: 535 })).kind).toBe('unreachable');
  });
});
