import { scoreMatch } from '../scoring';
import { aCandidate, anOffer, DOCKER, GIT, PYTHON, SQL, THRESHOLDS } from '../scoring/scoring.fixtures';
import { aimWithinTier, atLeastOfFilter, hardRequirementFilter, planCandidateRetrieval, upperBound } from './candidate-retrieval-plan';

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

  it('plans tiers from full essential coverage down to "everyone eligible", with falling upper bounds', () => {
    const offer = anOffer();
    const tiers = planCandidateRetrieval(offer, context);
    const k = offer.requiredSkills.length;
    expect(tiers.map((t) => t.minEssential)).toEqual([...Array.from({ length: k }, (_, i) => k - i), 0]);
    for (let i = 1; i < tiers.length; i++) expect(tiers[i].upperBound).toBeLessThan(tiers[i - 1].upperBound);
    expect(tiers[tiers.length - 1].filter).toBe(hardRequirementFilter(offer));
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

  describe('aiming within an overflowing tier', () => {
    it('asks for every remaining factor first, then all but one, then single factors; values quoted', () => {
      const aims = aimWithinTier(
        anOffer({
          city: 'Görlitz',
          workplace: 'onsite',
          minDegree: 'master',
          startDate: '2026-04-01',
          optionalSkills: [{ escoUri: DOCKER, label: 'Docker' }],
        }),
        context,
      );
      expect(aims[0]).toContain(`skillKeys = "${DOCKER}"`);
      expect(aims[0]).toContain('cityKeys = "gorlitz"');
      expect(aims[0]).toContain('degreeLevel >= 3');
      expect(aims[0]).toContain(`availableFrom <= ${Date.parse('2026-04-01T00:00:00Z') / 86_400_000}`);
      expect(aims).toContain('cityKeys = "gorlitz"');
      expect(new Set(aims).size).toBe(aims.length);
    });

    it('counts remote work for candidates open to it, and compares with today when the start date is past', () => {
      const aims = aimWithinTier(anOffer({ workplace: 'remote', startDate: '2020-01-01', minDegree: null, optionalSkills: [] }), context);
      expect(aims.join(' ')).toContain('openToRemote = true');
      expect(aims.join(' ')).toContain(`availableFrom <= ${Date.parse('2026-03-01T00:00:00Z') / 86_400_000}`);
      expect(aims.join(' ')).not.toContain('degreeLevel');
    });
  });
});
