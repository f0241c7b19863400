import { scoreMatch } from '../scoring';
import type { CandidateFacts } from '../scoring';
import { aCandidate, anOffer, DOCKER, GIT, PYTHON, SOFTWARE_DEVELOPER, SQL, THRESHOLDS } from '../scoring/scoring.fixtures';
import {
  atLeastOfFilter,
  coverageRanges,
  factorConditions,
  hardRequirementFilter,
  planCandidateCells,
  upperBound,
  type FactorName,
} from './candidate-retrieval-plan';

const context = { today: '2026-03-01', blueCardThresholds: THRESHOLDS };

describe('candidate retrieval plan', () => {
  it('turns every required language level and a missing sponsorship into hard filters', () => {
    const filter = hardRequirementFilter(
      anOffer({
        languages: [
          { code: 'de', minLevel: 'B2' },
          { code: 'pl', minLevel: 'native' },
        ],
        visaSponsorship: false,
      }),
    );
    expect(filter).toBe('(languageLevels.de >= 4) AND (languageLevels.pl >= 7) AND (NOT workPermit = "needs_visa")');
    expect(hardRequirementFilter(anOffer({ languages: [], visaSponsorship: true }))).toBeUndefined();
  });

  it('refuses a language code that is not two lower-case letters (attribute names never come from data)', () => {
    expect(() => hardRequirementFilter(anOffer({ languages: [{ code: 'de OR 1', minLevel: 'B2' }] }))).toThrow();
  });

  it('expresses "at least m of k skills" as an OR of the AND of every m-subset, with values quoted', () => {
    expect(atLeastOfFilter(['a', 'b', 'c'], 2)).toBe(
      '(skillKeys = "a" AND skillKeys = "b") OR (skillKeys = "a" AND skillKeys = "c") OR (skillKeys = "b" AND skillKeys = "c")',
    );
    expect(atLeastOfFilter(['x"y'], 1)).toBe('(skillKeys = "x\\"y")');
    expect(atLeastOfFilter(['a'], 2)).toBeNull();
  });

  it('skips tiers whose filter would need too many combinations', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    expect(atLeastOfFilter(keys, 12)).not.toBeNull();
    expect(atLeastOfFilter(keys, 6)).toBeNull(); // C(12,6) = 924
  });

  it('cuts skill coverage into exact ranges, most first, down to "none of them"', () => {
    const ranges = coverageRanges(['a', 'b', 'c']);
    expect(ranges.map((r) => r.maxHeld)).toEqual([3, 2, 1, 0]);
    expect(ranges[0].filter).toBe('((skillKeys = "a" AND skillKeys = "b" AND skillKeys = "c"))');
    expect(ranges[1].filter).toContain('NOT ((skillKeys = "a" AND skillKeys = "b" AND skillKeys = "c"))');
    expect(ranges[3].filter).toBe('NOT ((skillKeys = "a") OR (skillKeys = "b") OR (skillKeys = "c"))');
    expect(coverageRanges([])).toEqual([{ filter: null, maxHeld: 0 }]);
  });

  it('merges ranges whose filter would be too long into the next, so the most a range can hold stays right', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const ranges = coverageRanges(keys);
    // C(12,m) > 300 for m = 4…8: "at least 3 and fewer than 9" is one range, holding at most 8.
    expect(ranges.map((r) => r.maxHeld)).toEqual([12, 11, 10, 9, 8, 2, 1, 0]);
  });

  it('plans cells best bound first: every coverage range × optional range × occupation, place and degree met or not', () => {
    const offer = anOffer({ minDegree: 'master', optionalSkills: [{ escoUri: DOCKER, label: 'Docker' }] });
    const cells = planCandidateCells(offer, context);
    const k = new Set(offer.requiredSkills.map((s) => s.escoUri)).size;
    expect(factorConditions(offer)).toHaveLength(3);
    expect(cells).toHaveLength((k + 1) * 2 * 8);
    for (let i = 1; i < cells.length; i++) expect(cells[i].upperBound).toBeLessThanOrEqual(cells[i - 1].upperBound);
    expect(cells[0].upperBound).toBe(upperBound(offer, context, k));
    expect(cells[0].filter).toContain('(degreeLevel >= 3)');
    expect(cells.some((c) => c.filter?.includes('NOT (degreeLevel >= 3)'))).toBe(true);
  });

  it('no candidate scores above the bound of the cell its facts put it in (every combination of the cell facts)', () => {
    const skills = [PYTHON, SQL, GIT, DOCKER];
    const subsets = (items: string[]) => items.reduce<string[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);
    const occupations: Partial<CandidateFacts>[] = [
      { desiredOccupationUris: [SOFTWARE_DEVELOPER], desiredOccupationIscoCodes: ['2512'] },
      { desiredOccupationUris: ['http://data.europa.eu/esco/occupation/other'], desiredOccupationIscoCodes: ['2512'] },
      { desiredOccupationUris: ['http://data.europa.eu/esco/occupation/far'], desiredOccupationIscoCodes: ['5120'] },
      { desiredOccupationUris: [], desiredOccupationIscoCodes: [] },
    ];
    const places: Partial<CandidateFacts>[] = [
      { preferredCities: ['Görlitz'] },
      { preferredCities: ['Zittau'] }, // same district (Görlitz)
      { preferredCities: ['Leipzig'], crossBorderCommuter: true, residenceCountry: 'PL' },
      { preferredCities: ['Leipzig'], openToRemote: true },
      { preferredCities: [] },
    ];
    const degrees = [[], ['vocational'], ['bachelor'], ['master']].map((levels) => ({
      degrees: levels.map((level) => ({ level: level as 'master', field: 'CS', graduationYear: 2020 })),
    }));
    const held = (candidate: CandidateFacts, offerSkills: { escoUri: string | null }[]) =>
      offerSkills.filter((s) => candidate.skillUris.includes(s.escoUri!)).length;
    for (const workplace of ['onsite', 'hybrid', 'remote'] as const) {
      const offer = anOffer({ minDegree: 'bachelor', city: 'Görlitz', workplace });
      const cells = planCandidateCells(offer, context);
      const facts = (candidate: CandidateFacts) => {
        const unmet: FactorName[] = [];
        if (!candidate.desiredOccupationUris.includes(offer.occupationUri!)) unmet.push('occupation');
        if (!candidate.preferredCities.includes(offer.city) && !(workplace === 'remote' && candidate.openToRemote)) unmet.push('location');
        if (!candidate.degrees.some((d) => d.level !== 'vocational')) unmet.push('degree');
        return { essential: held(candidate, offer.requiredSkills), optional: held(candidate, offer.optionalSkills), unmet };
      };
      let checked = 0;
      for (const skillUris of subsets(skills)) {
        for (const occupation of occupations) {
          for (const place of places) {
            for (const degree of degrees) {
              const candidate = aCandidate({ skillUris, ...occupation, ...place, ...degree, languages: [{ code: 'de', level: 'native' }] });
              const { essential, optional, unmet } = facts(candidate);
              const cell = cells.find(
                (c) =>
                  c.essentialAtMost === essential &&
                  c.optionalAtMost === optional &&
                  [...c.unmet].sort().join() === [...unmet].sort().join(),
              );
              expect(cell).toBeDefined();
              expect(scoreMatch(candidate, offer, context).score).toBeLessThanOrEqual(cell!.upperBound);
              checked++;
            }
          }
        }
      }
      expect(checked).toBe(16 * 4 * 5 * 4);
    }
  });

  it('no real candidate holding m essential skills scores above the bound of tier m', () => {
    const offer = anOffer();
    const variants = [
      aCandidate(),
      aCandidate({
        skillUris: [PYTHON],
        languages: [
          { code: 'de', level: 'native' },
          { code: 'en', level: 'native' },
        ],
        preferredCities: [offer.city],
      }),
      aCandidate({
        skillUris: [PYTHON, SQL, GIT, DOCKER],
        availableFrom: null,
        degrees: [{ level: 'phd', field: 'CS', graduationYear: 2025 }],
      }),
      aCandidate({ skillUris: [], openToRemote: true, crossBorderCommuter: true }),
    ];
    const essential = new Set(offer.requiredSkills.map((s) => s.escoUri));
    for (const candidate of variants) {
      const held = candidate.skillUris.filter((u) => essential.has(u)).length;
      expect(scoreMatch(candidate, offer, context).score).toBeLessThanOrEqual(upperBound(offer, context, held));
    }
  });

  it('counts related skills in the bounds: a candidate holding m essential skills and related ones of others stays below tier m’s bound', () => {
    const offer = anOffer();
    const [first, second] = offer.requiredSkills.map((s) => s.escoUri!);
    const NARROWER = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000001';
    // Only the first essential skill has a related one: the bound must allow for it whichever skills are held.
    const related = {
      ...context,
      relatedSkills: new Map([
        [first, [NARROWER]],
        [NARROWER, [first]],
      ]),
    };
    const viaRelated = aCandidate({ skillUris: [NARROWER, second], preferredCities: [offer.city], openToRemote: true });
    expect(scoreMatch(viaRelated, offer, related).explanation.skills.relatedEssential).toBe(1);
    expect(upperBound(offer, related, 1)).toBeGreaterThan(upperBound(offer, context, 1));
    expect(scoreMatch(viaRelated, offer, related).score).toBeLessThanOrEqual(upperBound(offer, related, 1));
    const onlyRelated = aCandidate({ skillUris: [NARROWER] });
    expect(scoreMatch(onlyRelated, offer, related).score).toBeLessThanOrEqual(upperBound(offer, related, 0));
    expect(upperBound(offer, related, 0)).toBeGreaterThan(upperBound(offer, context, 0));
  });
});
