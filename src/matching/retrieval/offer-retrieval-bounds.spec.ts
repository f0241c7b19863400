import fc from 'fast-check';
import type { SkillOverlap } from '../../job-offers/job-offers.repository';
import { type OfferFacts, type OfferSkill, scoreMatch, sketchQuickUpperBound, sketchUpperBound } from '../scoring';
import { aCandidate, aContext, anOffer, DOCKER, GIT, JAVA, KOTLIN, PYTHON, SOFTWARE_DEVELOPER, SQL } from '../scoring/scoring.fixtures';
import { offerSketch, overlapQueryFor } from './offer-retrieval-bounds';

const URIS = [PYTHON, SQL, GIT, DOCKER, JAVA, KOTLIN];
/** Text skills, with spellings the scorer's normalisation folds together (so its de-duplication differs from a raw count). */
const TEXTS = ['Excel', 'excel ', 'EXCEL', 'Kranschein', 'Gabelstapler'];

const skill = fc.oneof(
  fc.constantFrom(...URIS).map((uri): OfferSkill => ({ escoUri: uri, label: uri.slice(-6) })),
  fc.constantFrom(...TEXTS).map((label): OfferSkill => ({ escoUri: null, label })),
);

/** What JobOffersRepository.skillOverlaps answers for this offer, counted as its SQL and the trigger count. */
function overlapAsPostgresCounts(offer: OfferFacts, held: readonly string[], related: readonly string[]): SkillOverlap {
  const uris = (list: OfferSkill[]) => [...new Set(list.flatMap((s) => (s.escoUri ? [s.escoUri] : [])))];
  const required = uris(offer.requiredSkills);
  const optional = uris(offer.optionalSkills).filter((u) => !required.includes(u));
  const texts = (list: OfferSkill[]) => list.filter((s) => s.escoUri === null).length;
  return {
    id: 'offer',
    occupationUri: offer.occupationUri,
    iscoCode: offer.occupationIscoCode,
    city: offer.city,
    postalCode: offer.postalCode ?? null,
    workplace: offer.workplace,
    languages: offer.languages as SkillOverlap['languages'],
    startDate: offer.startDate,
    minDegree: offer.minDegree,
    requiredUris: required.length,
    requiredHeld: required.filter((u) => held.includes(u)).length,
    requiredRelated: required.filter((u) => related.includes(u)).length,
    requiredTexts: texts(offer.requiredSkills),
    optionalUris: optional.length,
    optionalHeld: optional.filter((u) => held.includes(u)).length,
    optionalRelated: optional.filter((u) => related.includes(u)).length,
    optionalTexts: texts(offer.optionalSkills),
  };
}

describe('candidate → offers bound from PostgreSQL counts', () => {
  it('is never below the score, whatever the skills, texts, related skills and occupations', () => {
    fc.assert(
      fc.property(
        fc.record({
          held: fc.subarray(URIS),
          freeText: fc.subarray(TEXTS, { maxLength: 2 }),
          required: fc.array(skill, { maxLength: 5 }),
          optional: fc.array(skill, { maxLength: 5 }),
          relations: fc.array(fc.tuple(fc.constantFrom(...URIS), fc.constantFrom(...URIS)), { maxLength: 4 }),
          occupation: fc.constantFrom<[string | null, string | null]>(
            [SOFTWARE_DEVELOPER, '2512'],
            ['http://data.europa.eu/esco/occupation/other', '2512'],
            ['http://data.europa.eu/esco/occupation/other', '2519'],
            ['http://data.europa.eu/esco/occupation/other', '7212'],
            [null, null],
          ),
          desiresAnOccupation: fc.boolean(),
          city: fc.constantFrom('Dresden', 'Leipzig', 'Görlitz', 'Zittau', 'Berlin'),
          workplace: fc.constantFrom<OfferFacts['workplace'][]>('onsite', 'hybrid', 'remote'),
          startDate: fc.constantFrom<(string | null)[]>(null, '2026-01-01', '2026-06-01', '2027-03-01'),
          minDegree: fc.constantFrom<OfferFacts['minDegree'][]>(null, 'vocational', 'bachelor', 'master', 'phd'),
          languages: fc.constantFrom<OfferFacts['languages'][]>([], [{ code: 'de', minLevel: 'B1' }], [{ code: 'en', minLevel: 'C2' }]),
        }),
        (c) => {
          const candidate = aCandidate({
            skillUris: c.held,
            freeTextSkills: c.freeText,
            desiredOccupationUris: c.desiresAnOccupation ? [SOFTWARE_DEVELOPER] : [],
            desiredOccupationIscoCodes: c.desiresAnOccupation ? ['2512'] : [],
          });
          const relatedSkills = new Map<string, string[]>();
          for (const [from, to] of c.relations) relatedSkills.set(from, [...(relatedSkills.get(from) ?? []), to]);
          const context = aContext({ relatedSkills });
          const [occupationUri, occupationIscoCode] = c.occupation;
          const { city, workplace, startDate, minDegree, languages } = c;
          const offer = anOffer({
            ...{ requiredSkills: c.required, optionalSkills: c.optional, occupationUri, occupationIscoCode },
            ...{ city, workplace, startDate, minDegree, languages },
          });
          const query = overlapQueryFor(candidate, context);
          const sketch = offerSketch(overlapAsPostgresCounts(offer, query.held, query.related), query.hasFreeTextSkills);
          const bound = sketchUpperBound(candidate, sketch, context);
          expect(bound).toBeGreaterThanOrEqual(scoreMatch(candidate, offer, context).score);
          expect(sketchQuickUpperBound(candidate, sketch)).toBeGreaterThanOrEqual(bound);
        },
      ),
      { numRuns: 3_000, seed: 14 },
    );
  });

  it('equals the score when the skills are fully known and the work permit earns its full weight', () => {
    const candidate = aCandidate();
    const offer = anOffer();
    const query = overlapQueryFor(candidate, aContext());
    const bound = sketchUpperBound(candidate, offerSketch(overlapAsPostgresCounts(offer, query.held, query.related), false), aContext());
    // Only the work permit is not sketched: an EU citizen earns its full weight, so the bound is the score.
    expect(bound).toBe(scoreMatch(candidate, offer, aContext()).score);
  });

  it('asks PostgreSQL for the related skills in both directions, the best level per language, and sponsorship when a visa is needed', () => {
    const candidate = aCandidate({
      skillUris: [PYTHON],
      languages: [
        { code: 'DE ', level: 'B1' },
        { code: 'de', level: 'C1' },
      ],
      workPermit: 'needs_visa',
    });
    const query = overlapQueryFor(
      candidate,
      aContext({
        relatedSkills: new Map([
          [PYTHON, [SQL, PYTHON]],
          [GIT, [PYTHON]],
          [JAVA, [KOTLIN]],
        ]),
      }),
    );
    expect(query.held).toEqual([PYTHON]);
    expect([...query.related].sort()).toEqual([GIT, SQL].sort());
    expect(query.languageRanks).toEqual({ de: 5 });
    expect(query.needsVisaSponsorship).toBe(true);
  });
});
