import { runBench } from './run';

/**
 * `npm run bench:matching`: the matching subset of `npm run bench` (targets 1 and 2, with the reindex they need),
 * at BENCH_SIZES candidates; writes docs/matching-benchmark.md.
 */
runBench({ only: ['matching'], out: 'docs/matching-benchmark.md' })
  .then((code) => (process.exitCode = code))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
