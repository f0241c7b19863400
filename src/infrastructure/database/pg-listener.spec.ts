import { type Logger } from '@nestjs/common';
import { getEventListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { listenUntilStopped } from './pg-listener';

describe('listenUntilStopped', () => {
  it('keeps trying through a long outage without piling listeners on the stop signal, and ends when stopped', async () => {
    const stop = new AbortController();
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) } as unknown as Logger;
    const onProcessWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onProcessWarning);
    try {
      // Port 1 refuses at once: every attempt fails, as during a database outage.
      const listening = listenUntilStopped({
        databaseUrl: 'postgres://nobody:secret@127.0.0.1:1/none',
        channel: 'test_channel',
        onNotify: () => undefined,
        stop: stop.signal,
        logger,
        name: 'Test listener',
        retryMs: 5,
      });
      while (warnings.filter((w) => w.includes('could not connect')).length < 20) await sleep(5);
      // The current attempt's listener (and the pause's) at most, not one per failed attempt.
      expect(getEventListeners(stop.signal, 'abort').length).toBeLessThanOrEqual(2);
      stop.abort();
      await listening;
      expect(warnings).not.toContain('MaxListenersExceededWarning');
      expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
    } finally {
      process.off('warning', onProcessWarning);
    }
  });
});
