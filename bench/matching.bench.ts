/**
 * How long one `GET /job-offers/:id/matches` takes at 100,000 candidates, and
 * how often its top 20 equals the exact top 20 (the same scorer over every
 * visible candidate in PostgreSQL).
 *
 *   npm run bench:matching                       # 100,000 candidates
 *   MATCH_BENCH_CANDIDATES=20000 npm run bench:matching
 *
 * Starts embedded PostgreSQL and Meilisearch (bench-stack.ts), imports ESCO,
 * generates the candidates straight into PostgreSQL (matching-population.ts,
 * seeded), indexes them with SearchReindexerService, creates offers through the API,
 * then measures. Writes docs/matching-benchmark.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CandidateFactsReader } from '../src/candidates/candidate-facts.reader';
import { CANDIDATES_INDEX } from '../src/candidates/candidates.index';
import { JobOffersRepository } from '../src/job-offers/job-offers.repository';
import { ExactRankingService } from '../src/matching/exact-ranking.service';
import { offerSkillUris, toOfferFacts } from '../src/matching/match-facts.mapper';
import { MatchScoringService } from '../src/matching/match-scoring.service';
import { MatchingService } from '../src/matching/matching.service';
import { byScoreThenId, type RankedId } from '../src/matching/ranking';
import { hardRequirementFilter } from '../src/matching/retrieval/candidate-retrieval-plan';
import { SearchReindexerService } from '../src/search/indexing/search-reindexer.service';
import { SearchEngineService } from '../src/search/search-engine.service';
import { TaxonomyImporterService } from '../src/taxonomy/taxonomy-importer.service';
import { startBenchStack } from './bench-stack';
import { insertCandidates, loadSkillPool, offerSpecs } from './matching-population';
import { ms, time } from './measure';

const CANDIDATES = Number(process.env.MATCH_BENCH_CANDIDATES ?? 100_000);
const OFFERS = Number(process.env.MATCH_BENCH_OFFERS ?? 10);
const CALLS_PER_OFFER = 5;
const TOP = 20;
/** The naive baseline: one Meilisearch query (hard filters + the offer's labels), this many hits re-scored. */
const NAIVE_HITS = 200;

function agreement(route: RankedId[], exact: RankedId[]): { same: number; total: number } {
  const total = Math.min(TOP, exact.length);
  let same = 0;
  for (let i = 0; i < total; i++) if (route[i]?.id === exact[i].id) same++;
  return { same, total };
}

async function main(): Promise<void> {
  const stack = await startBenchStack();
  // Stop the embedded servers on Ctrl-C / SIGTERM too, so none is left behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stack.stop().finally(() => process.exit(130)));
  }
  const lines: string[] = [];
  const log = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  try {
    const sql = async (text: string, params?: unknown[]) => (await stack.pg.query(text, params)).rows as Record<string, unknown>[];
    await stack.app.get(TaxonomyImporterService, { strict: false }).importIfEmpty();
    const pool = await loadSkillPool(sql);

    let started = Date.now();
    const visible = await insertCandidates(sql, pool, CANDIDATES, { seed: 2026, batch: 5_000 });
    const insertSeconds = (Date.now() - started) / 1000;
    started = Date.now();
    await stack.app.get(SearchReindexerService, { strict: false }).reindex([CANDIDATES_INDEX]);
    const indexSeconds = (Date.now() - started) / 1000;
    console.log(
      `inserted ${CANDIDATES} candidates (${visible} visible) in ${insertSeconds.toFixed(1)} s, indexed in ${indexSeconds.toFixed(1)} s`,
    );

    // A verified employer (verification set directly: moderation is not what we measure) with draft offers.
    const api = async (method: string, path: string, body?: unknown, token?: string) => {
      const res = await fetch(`${stack.baseUrl}/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const registered = await api('POST', '/auth/register', {
      email: 'bench.employer@example.org',
      password: 'bench password 0123456789',
      role: 'employer',
    });
    const token = String(registered.accessToken);
    const employer = await api(
      'PUT',
      '/employers/me',
      {
        name: 'Bench GmbH',
        website: 'https://bench.example',
        city: 'Dresden',
        postalCode: '01067',
        industry: 'Software',
        size: '10-49',
        description: 'Benchmark employer.',
        registrationNumber: 'HRB 1',
      },
      token,
    );
    await sql(`UPDATE employers SET verification_status = 'verified' WHERE id = $1`, [employer.id]);
    const offerIds: string[] = [];
    for (const spec of offerSpecs(pool, OFFERS)) offerIds.push(String((await api('POST', '/job-offers', spec, token)).id));

    const matching = stack.app.get(MatchingService, { strict: false });
    const reference = stack.app.get(ExactRankingService, { strict: false });
    const scoring = stack.app.get(MatchScoringService, { strict: false });
    const engine = stack.app.get(SearchEngineService, { strict: false });
    const reader = stack.app.get(CandidateFactsReader, { strict: false });
    const offers = stack.app.get(JobOffersRepository, { strict: false });

    console.log(`${offerIds.length} offers created; measuring exactTopForOffer …`);
    const exact = new Map<string, RankedId[]>();
    const exactTiming = await time(offerIds, async (id) => exact.set(id, await reference.exactTopForOffer(id, TOP)), 0);

    console.log('measuring the route …');
    const route = new Map<string, RankedId[]>();
    const calls = offerIds.flatMap((id) => Array.from({ length: CALLS_PER_OFFER }, () => id));
    const routeTiming = await time(
      calls,
      async (id) => {
        const body = (await api('GET', `/job-offers/${id}/matches?limit=${TOP}`, undefined, token)) as {
          items: { candidate: { id: string }; score: number }[];
        };
        route.set(
          id,
          body.items.map((i) => ({ id: i.candidate.id, score: i.score })),
        );
      },
      offerIds.length,
    );

    const naive = new Map<string, RankedId[]>();
    const rawInputs = await Promise.all(
      offerIds.map(async (id) => {
        const offer = (await offers.findWithEmployer(id))!;
        const q = [...offer.requiredSkills, ...offer.optionalSkills]
          .map((s) => s.label)
          .concat(offer.occupationLabel)
          .join(' ');
        return { id, offer, q, filter: hardRequirementFilter(toOfferFacts(offer)) };
      }),
    );
    const rawTiming = await time(
      rawInputs,
      (input) => engine.search(CANDIDATES_INDEX, input.q, { filter: input.filter, limit: TOP, attributesToRetrieve: ['id'] }),
      offerIds.length,
    );
    for (const input of rawInputs) {
      const hits = await engine.search<{ id: string }>(CANDIDATES_INDEX, input.q, {
        filter: input.filter,
        limit: NAIVE_HITS,
        attributesToRetrieve: ['id'],
      });
      const facts = await reader.factsFor(hits.hits.map((h) => h.id));
      const offerFacts = toOfferFacts(input.offer);
      const context = await scoring.context(offerSkillUris(offerFacts));
      const scored = (await scoring.scoreAll(facts, offerFacts, context))
        .filter((s) => s.result.eligible)
        .map((s) => ({ id: s.facts.profileId, score: s.result.score }))
        .sort(byScoreThenId);
      naive.set(input.id, scored.slice(0, TOP));
    }

    const stats = await Promise.all(offerIds.map(async (id) => (await matching.topForOffer(id, TOP))!.stats));
    const sum = (m: Map<string, RankedId[]>) =>
      offerIds
        .map((id) => agreement(m.get(id)!, exact.get(id)!))
        .reduce((a, b) => ({ same: a.same + b.same, total: a.total + b.total }), { same: 0, total: 0 });
    const routeAgreement = sum(route);
    const naiveAgreement = sum(naive);
    const pct = (a: { same: number; total: number }) => `${((100 * a.same) / Math.max(1, a.total)).toFixed(1)} % (${a.same}/${a.total})`;

    log(`## ${CANDIDATES.toLocaleString('en')} candidates (${new Date().toISOString().slice(0, 10)})`);
    log('');
    log(
      `${CANDIDATES.toLocaleString('en')} generated candidates (${visible.toLocaleString('en')} visible), ${OFFERS} offers, top ${TOP}; embedded PostgreSQL + Meilisearch on this machine (${(await import('node:os')).cpus().length} cores).`,
    );
    log(
      `Generation ${insertSeconds.toFixed(1)} s, indexing ${indexSeconds.toFixed(1)} s. Reproduce: \`npm run bench:matching\` (\`MATCH_BENCH_CANDIDATES=…\` to change N).`,
    );
    log('');
    log('| what | p50 | p95 | runs | top-20 positions equal to exact |');
    log('| --- | --- | --- | --- | --- |');
    log(
      `| \`GET /job-offers/:id/matches?limit=20\` (HTTP, tiers + scorer) | ${ms(routeTiming.p50)} | ${ms(routeTiming.p95)} | ${routeTiming.runs} | ${pct(routeAgreement)} |`,
    );
    log(
      `| raw Meilisearch query alone (hard filters + offer labels, 20 hits) | ${ms(rawTiming.p50)} | ${ms(rawTiming.p95)} | ${rawTiming.runs} | – |`,
    );
    log(`| naive: that query's top ${NAIVE_HITS} re-scored | – | – | – | ${pct(naiveAgreement)} |`);
    log(
      `| \`exactTopForOffer\` (scorer over every visible candidate in PostgreSQL) | ${ms(exactTiming.p50)} | ${ms(exactTiming.p95)} | ${exactTiming.runs} | 100 % (reference) |`,
    );
    log('');
    log('| offer | required skills | tiers walked / planned | candidates retrieved | a tier overflowed | equal positions |');
    log('| --- | --- | --- | --- | --- | --- |');
    for (const [i, id] of offerIds.entries()) {
      const a = agreement(route.get(id)!, exact.get(id)!);
      const input = rawInputs[i];
      log(
        `| ${i + 1} | ${input.offer.requiredSkills.length} | ${stats[i].tiersWalked} / ${stats[i].tiersPlanned} | ${stats[i].retrieved} | ${stats[i].overflowed ? 'yes' : 'no'} | ${a.same}/${a.total} |`,
      );
    }
    await mkdir(join(process.cwd(), 'docs'), { recursive: true });
    await writeFile(join(process.cwd(), 'docs', 'matching-benchmark.md'), `# Matching benchmark\n\n${lines.join('\n')}\n`);
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
