import { cpus, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { type BenchOptions, benchOptions, runs } from './bench-options';
import type { BenchContext } from './bench-context';
import { startBenchStack } from './bench-stack';
import { renderGrowth } from './extrapolation';
import { insertCandidates, loadSkillPool } from './matching-population';
import { PeakRss, residentMb, treeMemoryMb } from './memory-sampler';
import { generateJobOffers, prepareVocabulary } from './data/offer-population';
import { renderMachine, renderTable } from './report';
import { candidateMatches } from './scenarios/candidate-matches.scenario';
import { candidateSearch } from './scenarios/candidate-search.scenario';
import { freshness } from './scenarios/freshness.scenario';
import { jobSearch } from './scenarios/job-search.scenario';
import { diskSizes, memory } from './scenarios/memory.scenario';
import { offerMatches } from './scenarios/offer-matches.scenario';
import { reindex } from './scenarios/reindex.scenario';
import { verifiedEmployerToken } from './scenarios/search-baselines';
import { taxonomyAutocomplete } from './scenarios/taxonomy-autocomplete.scenario';

/**
 * `npm run bench`: every figure of issue 14's six targets, each beside its floor (raw Meilisearch, PostgreSQL with the
 * indexes a team would add) measured in the same run on the same data, at each candidate count of BENCH_SIZES.
 * Prints one table and writes it to docs/benchmarks.md (BENCH_OUT). Exit code 1 when a scenario failed.
 */
export async function runBench(defaults: Partial<BenchOptions> = {}): Promise<number> {
  const options = benchOptions(process.env, defaults);
  const startedAt = Date.now();
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const failures: string[] = [];
  const attempt = async (name: string, step: () => Promise<unknown>) => {
    log(`${name} …`);
    const started = Date.now();
    try {
      await step();
    } catch (error) {
      failures.push(`${name}: ${(error as Error).stack ?? String(error)}`);
      log(`${name} FAILED: ${(error as Error).message}`);
    }
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  const stack = await startBenchStack(options, log);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stack.stop().finally(() => process.exit(130)));
  const rss = new PeakRss({
    app: () => residentMb(stack.appProcess.pid),
    meili: () => residentMb(stack.servers.embedded.meilisearch?.pid),
    postgres: () => treeMemoryMb(stack.servers.embedded.postgres?.pid),
  }).start(250);
  try {
    const sql = async (text: string, params?: unknown[]) => (await stack.pg.query(text, params)).rows as Record<string, unknown>[];
    const ctx: BenchContext = {
      stack,
      options,
      pool: await loadSkillPool(sql),
      rows: [],
      growth: [],
      rss,
      employerToken: await verifiedEmployerToken(stack),
      candidates: 0,
    };
    await attempt(`${options.offers} published offers`, async () => {
      await prepareVocabulary(stack.pg);
      await generateJobOffers(stack.pg, options.offers);
      await reindex(ctx, 'job_offers');
    });
    if (runs(options, 'search')) {
      await attempt('taxonomy autocomplete', () => taxonomyAutocomplete(ctx));
      await attempt('job search', () => jobSearch(ctx, options.offers));
    }
    if (runs(options, 'matching')) await attempt('candidate matches', () => candidateMatches(ctx, options.offers));
    let perOffer = '';
    for (const [step, size] of options.sizes.entries()) {
      await attempt(`${size} candidates`, async () => {
        await insertCandidates(sql, ctx.pool, size - ctx.candidates, { seed: 2026 + step, runTag: `s${step}`, batch: 5_000 });
        ctx.candidates = size;
        await reindex(ctx, 'candidates');
      });
      let matches = { p95: Number.NaN, p95Conc8: Number.NaN, perOffer: '' };
      if (runs(options, 'matching')) await attempt(`matches at ${size}`, async () => (matches = await offerMatches(ctx)));
      perOffer = matches.perOffer || perOffer;
      const disk = await diskSizes(ctx);
      ctx.growth.push({
        candidates: size,
        matchesP95: matches.p95,
        matchesP95Conc8: matches.p95Conc8,
        meiliRssMb: await residentMb(stack.servers.embedded.meilisearch?.pid),
        meiliDiskMb: disk.meiliMb,
        postgresDiskMb: disk.postgresMb,
      });
    }
    if (options.sizes.length > 1 && runs(options, 'matching')) growthRow(ctx);
    if (runs(options, 'search')) await attempt('candidate search', () => candidateSearch(ctx));
    if (runs(options, 'freshness')) await attempt('freshness', () => freshness(ctx));
    if (runs(options, 'memory')) await attempt('memory', () => memory(ctx));
    rss.stop();
    const document = await render(ctx, failures, startedAt, perOffer);
    console.log(document);
    const out = resolve(process.cwd(), options.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, document);
    log(`wrote ${out}`);
  } finally {
    rss.stop();
    await stack.stop();
  }
  return failures.length ? 1 : 0;
}

/** Target 1's growth figure: p95 at the largest size ÷ p95 at the smallest. */
function growthRow(ctx: BenchContext): void {
  const first = ctx.growth[0];
  const last = ctx.growth[ctx.growth.length - 1];
  const ratio = last.matchesP95 / first.matchesP95;
  ctx.rows.push({
    target: '1 · `GET /job-offers/:id/matches?limit=20`',
    figure: `p95 growth, ${first.candidates.toLocaleString('en')} → ${last.candidates.toLocaleString('en')} candidates`,
    data: `${(last.candidates / first.candidates).toFixed(1)}× the data`,
    unit: 'count',
    app: Number.NaN,
    goal: { text: '≤ 2×', met: ratio <= 2 },
    note: `p95(${last.candidates.toLocaleString('en')}) ÷ p95(${first.candidates.toLocaleString('en')}) = ${ratio.toFixed(2)}× at concurrency 1, ${(last.matchesP95Conc8 / first.matchesP95Conc8).toFixed(2)}× at concurrency 8`,
  });
}

async function render(ctx: BenchContext, failures: string[], startedAt: number, perOffer: string): Promise<string> {
  const { stack, options } = ctx;
  const env = Object.entries(process.env)
    .filter(([k]) => k.startsWith('BENCH_') && k !== 'BENCH_OUT')
    .map(([k, v]) => `${k}=${v}`);
  const cpu = cpus();
  const machine = renderMachine({
    cores: `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'})`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GB`,
    node: process.version,
    meilisearch: (await stack.meili.getVersion()).pkgVersion,
    postgres: String((await stack.pg.query('SHOW server_version')).rows[0].server_version),
    command: [...env, `npm run ${process.env.npm_lifecycle_event ?? 'bench'}`].join(' '),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    minutes: (Date.now() - startedAt) / 60_000,
  });
  return [
    options.out.includes('matching') ? '# Matching benchmark' : '# Benchmarks',
    '',
    machine,
    '',
    'How to read it: **app** is the measured app — `node dist/src/main.js` in its own process, over HTTP; the load generator ' +
      '(autocannon) and the floors run in the bench process. **Raw Meilisearch** is the closest query sent straight to the same ' +
      'Meilisearch; **PostgreSQL, indexed** is the best query a team would write instead, with the indexes it would add (GIN on ' +
      'skill-URI arrays, `jsonb_path_ops`, `pg_trgm`), created by the bench in its scratch database only; **no extra index** is ' +
      'the same query on the product schema. Ratios are app ÷ floor. The machine is shared with other work: absolute numbers are ' +
      'noisy, the ratios measured side by side are what count. Exactness: the share of top-20 positions holding the same profile ' +
      'as the exact reference (every visible profile scored).',
    '',
    renderTable(ctx.rows),
    '',
    renderGrowth(ctx.growth.filter((g) => Number.isFinite(g.matchesP95) || !runs(options, 'matching'))),
    '',
    perOffer,
    '',
    ...(failures.length ? ['## Failed scenarios', '', ...failures.map((f) => `- FAILED ${f.split('\n')[0]}`), ''] : []),
  ].join('\n');
}

if (require.main === module) {
  runBench()
    .then((code) => (process.exitCode = code))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
