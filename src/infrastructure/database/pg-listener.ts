import type { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

/** After the connection broke or could not be made: try again this long after. */
const LISTEN_RETRY_MS = 5_000;

export interface ListenOptions {
  databaseUrl: string;
  /** The NOTIFY channel (a name from code, never user input). */
  channel: string;
  onNotify: () => void;
  /** Aborted at shutdown: the connection closes and the promise resolves. */
  stop: AbortSignal;
  logger: Logger;
  /** Who listens, for the log ("Mail listener"). */
  name: string;
  /** Pause before the next attempt after a loss (tests shorten it). */
  retryMs?: number;
}

/**
 * LISTENs on `channel` over a connection of its own (not one of the pool's)
 * until `stop` is aborted, and reconnects after a loss. NOTIFY is delivered at
 * the commit of the notifying transaction, to every instance; a notification
 * sent while the connection was down is lost, so the workers also poll.
 */
export async function listenUntilStopped(options: ListenOptions): Promise<void> {
  const { databaseUrl, channel, onNotify, stop, logger, name, retryMs = LISTEN_RETRY_MS } = options;
  while (!stop.aborted) {
    const client = new Client({ connectionString: databaseUrl });
    let onAbort: () => void = () => undefined;
    const lost = new Promise<void>((done) => {
      // `on`, not `once`: a second error with no listener left would be thrown and end the process.
      client.on('error', (error) => {
        if (!stop.aborted) logger.warn(`${name} lost its connection: ${error.message}`);
        done();
      });
      client.once('end', () => done());
      onAbort = () => done();
      stop.addEventListener('abort', onAbort, { once: true });
    });
    try {
      await client.connect();
      client.on('notification', onNotify);
      await client.query(`LISTEN ${channel}`);
      await lost;
    } catch (error) {
      if (!stop.aborted) logger.warn(`${name} could not connect: ${(error as Error).message}`);
    }
    // Each attempt's abort listener goes with it: a long outage must not pile them up on the one signal.
    stop.removeEventListener('abort', onAbort);
    await client.end().catch(() => undefined);
    if (!stop.aborted) await sleep(retryMs, undefined, { signal: stop }).catch(() => undefined);
  }
}
