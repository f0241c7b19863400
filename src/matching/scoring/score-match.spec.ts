import type { CandidateFacts, LanguageLevel, MatchScore, OfferFacts } from './match-facts';
import { MATCH_FACTORS, MATCH_WEIGHTS } from './match-weights';
import { aCandidate, aContext, anOffer, DOCKER, GIT, JAVA, KOTLIN, PYTHON, SOFTWARE_DEVELOPER, SQL } from './scoring.fixtures';
import { scoreMatch } from './score-match';

const score = (c: Partial<CandidateFacts> = {}, o: Partial<OfferFacts> = {}, today = '2026-03-01'): MatchScore =>
  scoreMatch(aCandidate(c), anOffer(o), aContext({ today }));

const sumOfShares = (s: MatchScore) => MATCH_FACTORS.reduce((sum, f) => sum + Math.round(s.explanation[f].share * 10), 0);

describe('scoreMatch', () => {
  describe('weights', () => {
    it('add up to 100, one constant for all factors', () => {
      expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
      expect([...MATCH_FACTORS].sort()).toEqual(Object.keys(MATCH_WEIGHTS).sort());
    });

    it('gives a pair that fits on every factor 100 points, each factor its full weight', () => {
      const s = score();
      expect(s).toMatchObject({ score: 100, eligible: true, exclusions: [] });
      for (const f of MATCH_FACTORS) expect(s.explanation[f]).toMatchObject({ share: MATCH_WEIGHTS[f], weight: MATCH_WEIGHTS[f] });
    });
  });

  describe('skills', () => {
    const fourRequired = {
      requiredSkills: [PYTHON, SQL, GIT, DOCKER].map((escoUri, i) => ({ escoUri, label: ['Python', 'SQL', 'Git', 'Docker'][i] })),
      optionalSkills: [],
    };

    it.each([
      ['every required skill', [PYTHON, SQL, GIT, DOCKER], 45, 4],
      ['three of four', [PYTHON, SQL, GIT], 36.6, 3], // 45 × (0.75 × 3/4 + 0.25)
      ['half', [PYTHON, SQL], 28.1, 2], // 45 × (0.75 × 2/4 + 0.25) = 28.125
      ['none', [], 11.3, 0], // the optional quarter stays full: nothing optional is missing
    ])('%s → %s points', (_name, skillUris, share, matched) => {
      const s = score({ skillUris }, fourRequired);
      expect(s.explanation.skills).toMatchObject({ share, weight: 45, matchedEssential: matched, essentialTotal: 4 });
      expect(s.explanation.skills.missing).toHaveLength(4 - matched);
    });

    it('ranks a candidate holding every required skill above one holding half, all else equal', () => {
      const all = score({ skillUris: [PYTHON, SQL] });
      const half = score({ skillUris: [PYTHON, GIT, DOCKER] });
      expect(all.score).toBeGreaterThan(half.score);
      expect(half.explanation.skills).toMatchObject({
        matched: ['Python', 'Git', 'Docker'],
        missing: ['SQL'],
        matchedEssential: 1,
        matchedOptional: 2,
      });
    });

    it('counts required skills three times as much as optional ones (75/25 of the weight)', () => {
      expect(score({ skillUris: [PYTHON, SQL] }).explanation.skills.share).toBe(33.8); // all required, no optional
      expect(score({ skillUris: [GIT, DOCKER] }).explanation.skills.share).toBe(11.3); // all optional, no required
    });

    it('gives the full share when the offer lists no skills at all', () => {
      expect(score({ skillUris: [] }, { requiredSkills: [], optionalSkills: [] }).explanation.skills).toMatchObject({
        share: 45,
        essentialTotal: 0,
        optionalTotal: 0,
      });
    });

    it('matches a skill without ESCO URI by its normalised free-text label', () => {
      const offer = { requiredSkills: [{ escoUri: null, label: 'Gabelstapler-Führerschein' }], optionalSkills: [] };
      for (const typed of ['gabelstapler-führerschein', 'GABELSTAPLER FÜHRERSCHEIN', 'Gabelstapler Fuhrerschein']) {
        expect(score({ freeTextSkills: [typed] }, offer).explanation.skills).toMatchObject({
          matched: ['Gabelstapler-Führerschein'],
          share: 45,
        });
      }
      expect(score({ freeTextSkills: ['gabelstaplerfuhrerschein'] }, offer).explanation.skills.missing).toEqual([
        'Gabelstapler-Führerschein',
      ]);
    });

    it('never matches a skill with an ESCO URI by the candidate’s free text alone', () => {
      const s = score(
        { skillUris: [], freeTextSkills: ['python'] },
        { requiredSkills: [{ escoUri: PYTHON, label: 'Python' }], optionalSkills: [] },
      );
      expect(s.explanation.skills.missing).toEqual(['Python']);
    });

    it('gives a related skill half credit, in either direction of the map', () => {
      const offer = { requiredSkills: [{ escoUri: KOTLIN, label: 'Kotlin' }], optionalSkills: [] };
      const candidate = { skillUris: [JAVA] };
      const forward = scoreMatch(aCandidate(candidate), anOffer(offer), aContext({ relatedSkills: new Map([[KOTLIN, [JAVA]]]) }));
      const backward = scoreMatch(aCandidate(candidate), anOffer(offer), aContext({ relatedSkills: new Map([[JAVA, [KOTLIN]]]) }));
      const without = scoreMatch(aCandidate(candidate), anOffer(offer), aContext());
      for (const s of [forward, backward]) {
        expect(s.explanation.skills).toMatchObject({
          share: 28.1,
          matchedEssential: 0,
          relatedEssential: 1,
          related: [{ label: 'Kotlin', viaSkillUri: JAVA }],
          missing: [],
        });
      }
      expect(without.explanation.skills).toMatchObject({ share: 11.3, missing: ['Kotlin'] }); // 45 × 0.25
      const held = score({ skillUris: [KOTLIN] }, offer);
      expect(held.explanation.skills.share).toBeGreaterThan(forward.explanation.skills.share);
    });

    it('counts a skill listed as both required and optional once, as required', () => {
      const s = score(
        { skillUris: [PYTHON] },
        { requiredSkills: [{ escoUri: PYTHON, label: 'Python' }], optionalSkills: [{ escoUri: PYTHON, label: 'Python' }] },
      );
      expect(s.explanation.skills).toMatchObject({ essentialTotal: 1, optionalTotal: 0, share: 45 });
    });
  });

  describe('occupation', () => {
    it.each([
      ['a desired occupation', {}, {}, 10, 'desired'],
      ['same ISCO unit group', { desiredOccupationUris: ['http://data.europa.eu/esco/occupation/other'] }, {}, 6, 'same_isco_unit_group'],
      ['same ISCO minor group', { desiredOccupationUris: ['x'], desiredOccupationIscoCodes: ['2519'] }, {}, 3, 'same_isco_minor_group'],
      ['another occupation', { desiredOccupationUris: ['x'], desiredOccupationIscoCodes: ['5120'] }, {}, 0, 'none'],
      ['no ISCO codes given for the candidate', { desiredOccupationUris: ['x'], desiredOccupationIscoCodes: undefined }, {}, 0, 'none'],
      ['candidate names none', { desiredOccupationUris: [], desiredOccupationIscoCodes: [] }, {}, 5, 'unknown'],
      ['offer names none', {}, { occupationUri: null, occupationIscoCode: null }, 5, 'unknown'],
    ] as const)('%s → %s points', (_n, c, o, share, rule) => {
      expect(score(c as Partial<CandidateFacts>, o as Partial<OfferFacts>).explanation.occupation).toMatchObject({
        share,
        weight: 10,
        rule,
      });
    });
  });

  describe('languages', () => {
    const needsGermanB2 = { languages: [{ code: 'de', minLevel: 'B2' as LanguageLevel }] };
    it.each<[string, LanguageLevel | null, boolean, number, number | null]>([
      ['one level below', 'B1', false, 0, -1],
      ['exactly the level', 'B2', true, 12, 0], // base 80 %
      ['one level above', 'C1', true, 13.5, 1], // + half the 20 % bonus
      ['two levels above', 'C2', true, 15, 2],
      ['native (counts above C2)', 'native', true, 15, 3],
      ['not spoken at all', null, false, 0, null],
    ])('%s: %s → eligible %s, %s points', (_n, level, eligible, share, levelsAbove) => {
      const languages = level
        ? [
            { code: 'en', level: 'C2' as LanguageLevel },
            { code: 'de', level },
          ]
        : [{ code: 'en', level: 'C2' as LanguageLevel }];
      const s = score({ languages }, needsGermanB2);
      expect(s.eligible).toBe(eligible);
      expect(s.explanation.languages.share).toBe(share);
      const check = { code: 'de', minLevel: 'B2', level, levelsAbove };
      expect(eligible ? s.explanation.languages.met : s.explanation.languages.unmet).toEqual([check]);
      if (!eligible) expect(s.exclusions).toEqual([expect.stringMatching(/^Requires de at B2 or better/)]);
    });

    it('excludes when any one of several requirements fails, and averages the rest', () => {
      const s = score(
        {
          languages: [
            { code: 'de', level: 'native' },
            { code: 'pl', level: 'A2' },
          ],
        },
        {
          languages: [
            { code: 'de', minLevel: 'B2' },
            { code: 'pl', minLevel: 'B1' },
          ],
        },
      );
      expect(s.eligible).toBe(false);
      expect(s.explanation.languages).toMatchObject({ share: 7.5, unmet: [{ code: 'pl', level: 'A2' }] }); // (0.8 + 0.2) / 2 × 15
    });

    it('compares language codes case-insensitively and takes the best level listed', () => {
      const s = score(
        {
          languages: [
            { code: 'DE', level: 'A2' },
            { code: 'de', level: 'C1' },
          ],
        },
        { languages: [{ code: 'de', minLevel: 'C1' }] },
      );
      expect(s).toMatchObject({ eligible: true, explanation: { languages: { share: 12 } } });
    });

    it('gives the full share when the offer requires no language', () => {
      expect(score({ languages: [] }, { languages: [] }).explanation.languages).toMatchObject({ share: 15, met: [], unmet: [] });
    });
  });

  describe('location', () => {
    it.each<[string, Partial<CandidateFacts>, Partial<OfferFacts>, number, string]>([
      ['same city', { preferredCities: ['Görlitz'] }, { city: 'Görlitz' }, 10, 'same_city'],
      ['same city, other spelling', { preferredCities: ['GOERLITZ'] }, { city: 'Görlitz' }, 10, 'same_city'],
      ['same city via its qualifier', { preferredCities: ['Frankenberg'] }, { city: 'Frankenberg/Sa.' }, 10, 'same_city'],
      ['same city outside Saxony', { preferredCities: ['Berlin'] }, { city: 'berlin' }, 10, 'same_city'],
      ['same district (Radebeul, LK Meißen)', { preferredCities: ['Radebeul'] }, { city: 'Meißen' }, 6, 'same_district'],
      ['another district', { preferredCities: ['Radebeul'] }, { city: 'Pirna' }, 0, 'none'],
      ['Dresden is a district of its own', { preferredCities: ['Dresden'] }, { city: 'Freital' }, 0, 'none'],
      [
        'cross-border commuter, border district',
        { preferredCities: ['Dresden'], crossBorderCommuter: true },
        { city: 'Zittau' },
        5,
        'border_commuter',
      ],
      [
        'cross-border commuter, inland district',
        { preferredCities: ['Dresden'], crossBorderCommuter: true },
        { city: 'Leipzig' },
        0,
        'none',
      ],
      ['not a commuter, border district', { preferredCities: ['Dresden'] }, { city: 'Zittau' }, 0, 'none'],
      [
        'commuter living in Czechia, Freiberg (Mittelsachsen borders Czechia)',
        { preferredCities: ['Dresden'], crossBorderCommuter: true, residenceCountry: 'CZ' },
        { city: 'Freiberg' },
        5,
        'border_commuter',
      ],
      [
        'commuter living in Poland, Freiberg (Mittelsachsen does not border Poland)',
        { preferredCities: ['Dresden'], crossBorderCommuter: true, residenceCountry: 'PL' },
        { city: 'Freiberg' },
        0,
        'none',
      ],
      [
        'commuter living in Poland, Zittau (Görlitz borders Poland)',
        { preferredCities: ['Dresden'], crossBorderCommuter: true, residenceCountry: 'pl' },
        { city: 'Zittau' },
        5,
        'border_commuter',
      ],
      [
        'the postcode decides the district (01662 is Meißen, whatever the city says)',
        { preferredCities: ['Radebeul'] },
        { city: 'Werk Nord', postalCode: '01662' },
        6,
        'same_district',
      ],
      ['a preferred city stored as its AGS', { preferredCities: ['14627140'] }, { city: 'Meißen' }, 10, 'same_city'],
      ['a typo in the offer’s city', { preferredCities: ['Dresden'] }, { city: 'Drseden' }, 10, 'same_city'],
      [
        'remote job, open to remote',
        { preferredCities: ['Dresden'], openToRemote: true },
        { city: 'Leipzig', workplace: 'remote' },
        10,
        'remote',
      ],
      ['remote job, not open to remote', { preferredCities: ['Dresden'] }, { city: 'Leipzig', workplace: 'remote' }, 0, 'none'],
      [
        'hybrid job, open to remote',
        { preferredCities: ['Dresden'], openToRemote: true },
        { city: 'Leipzig', workplace: 'hybrid' },
        5,
        'hybrid_remote',
      ],
      [
        'onsite job, open to remote',
        { preferredCities: ['Dresden'], openToRemote: true },
        { city: 'Leipzig', workplace: 'onsite' },
        0,
        'none',
      ],
      ['unknown city: no district credit, no error', { preferredCities: ['Radebeul'] }, { city: 'Kleinkleckersdorf' }, 0, 'none'],
      ['no preferred city', { preferredCities: [] }, { city: 'Plauen' }, 5, 'no_preference'],
    ])('%s → %s points', (_n, c, o, share, rule) => {
      expect(score(c, o).explanation.location).toMatchObject({ share, weight: 10, rule });
    });

    it('names the offer’s district and the city that counted', () => {
      expect(score({ preferredCities: ['Bautzen', 'Coswig'] }, { city: 'Riesa' }).explanation.location).toMatchObject({
        offerCity: 'Riesa',
        offerDistrict: 'Meißen',
        candidateCity: 'Coswig',
      });
    });
  });

  describe('availability', () => {
    it.each<[string, string | null, string | null, number, string, number | null]>([
      ['available on the start date', '2026-04-01', '2026-04-01', 8, 'on_time', 0],
      ['available before it', '2026-01-15', '2026-04-01', 8, 'on_time', 0],
      ['one month late (30 days)', '2026-05-01', '2026-04-01', 6.7, 'late', 30], // 8 × (1 − 30 / 30.4375 / 6)
      ['three months late', '2026-07-01', '2026-04-01', 4, 'late', 91],
      ['six months late or more', '2026-10-01', '2026-04-01', 0, 'late', 183],
      ['availability unknown', null, '2026-04-01', 4, 'unknown', null],
      ['no start date: compared with today', '2026-03-01', null, 8, 'on_time', 0],
      ['start date already past: compared with today', '2026-03-01', '2025-10-01', 8, 'on_time', 0],
    ])('%s → %s points', (_n, availableFrom, startDate, share, rule, daysLate) => {
      expect(score({ availableFrom }, { startDate }).explanation.availability).toMatchObject({ share, weight: 8, rule, daysLate });
    });

    it('counts one day late as late, with (just) less credit than on time', () => {
      const onTime = score({ availableFrom: '2026-04-01' }, { startDate: '2026-04-01' });
      const late = score({ availableFrom: '2026-04-02' }, { startDate: '2026-04-01' });
      expect(late.explanation.availability).toMatchObject({
        rule: 'late',
        daysLate: 1,
        startDate: '2026-04-01',
        availableFrom: '2026-04-02',
      });
      expect(late.explanation.availability.share).toBeLessThanOrEqual(onTime.explanation.availability.share);
      const dayLate = score({ availableFrom: '2026-04-02', skillUris: [PYTHON, SQL, GIT] }, { startDate: '2026-04-01' });
      const sameDay = score({ availableFrom: '2026-04-01', skillUris: [PYTHON, SQL, GIT] }, { startDate: '2026-04-01' });
      expect(dayLate.score).toBeLessThan(sameDay.score); // 94.33… vs 94.375 points before rounding
    });
  });

  describe('degree', () => {
    it.each<[string, CandidateFacts['degrees'], OfferFacts['minDegree'], number, string]>([
      ['equal to the minimum', [{ level: 'bachelor', field: 'x', graduationYear: 2020 }], 'bachelor', 7, 'meets'],
      ['above the minimum, any field', [{ level: 'phd', field: 'Musicology', graduationYear: 2020 }], 'master', 7, 'meets'],
      ['one level below', [{ level: 'bachelor', field: 'x', graduationYear: 2020 }], 'master', 4.2, 'below'],
      ['two levels below', [{ level: 'vocational', field: 'x', graduationYear: 2020 }], 'master', 1.4, 'below'],
      ['no degree listed, bachelor required', [], 'bachelor', 1.4, 'below'],
      ['no minimum required', [], null, 7, 'not_required'],
    ])('%s → %s points, never excluded', (_n, degrees, minDegree, share, rule) => {
      const s = score({ degrees }, { minDegree });
      expect(s.explanation.degree).toMatchObject({ share, weight: 7, rule });
      expect(s.eligible).toBe(true);
    });

    it('uses the highest degree listed', () => {
      const degrees = [
        { level: 'master' as const, field: 'x', graduationYear: 2018 },
        { level: 'vocational' as const, field: 'y', graduationYear: 2022 },
      ];
      expect(score({ degrees }, { minDegree: 'master' }).explanation.degree).toMatchObject({ highest: 'master', share: 7 });
    });
  });

  describe('work permit share', () => {
    const oldMaster = [{ level: 'master' as const, field: 'x', graduationYear: 2015 }];
    it.each<[string, Partial<CandidateFacts>, Partial<OfferFacts>, number, string, boolean]>([
      ['EU citizen', { workPermit: 'eu_citizen' }, { visaSponsorship: false }, 5, 'not_needed', true],
      ['holds a permit', { workPermit: 'has_permit' }, { visaSponsorship: false }, 5, 'not_needed', true],
      ['needs a visa, offer sponsors, Blue Card', { workPermit: 'needs_visa', degrees: oldMaster }, {}, 4, 'blue_card', true],
      [
        'needs a visa, reduced Blue Card',
        { workPermit: 'needs_visa', degrees: oldMaster },
        { salary: { min: 46000, max: 50000, currency: 'EUR', period: 'year' } },
        3.5,
        'blue_card_reduced',
        true,
      ],
      [
        'needs a visa, §18b',
        { workPermit: 'needs_visa', degrees: oldMaster },
        { salary: { min: 40000, max: 50000, currency: 'EUR', period: 'year' } },
        3,
        'section_18b',
        true,
      ],
      [
        'needs a visa, §18a',
        { workPermit: 'needs_visa', degrees: [{ level: 'vocational', field: 'x', graduationYear: 2015 }] },
        { minDegree: null },
        2.5,
        'section_18a',
        true,
      ],
      ['needs a visa, open questions', { workPermit: 'needs_visa', degrees: oldMaster }, { salary: null }, 1.5, 'open_questions', true],
      ['needs a visa, no sponsorship', { workPermit: 'needs_visa' }, { visaSponsorship: false }, 0, 'excluded', false],
    ])('%s → %s points', (_n, c, o, share, status, eligible) => {
      const s = score(c, o);
      expect(s.explanation.workPermit).toMatchObject({ share, weight: 5, status });
      expect(s.eligible).toBe(eligible);
      if (!eligible) expect(s.exclusions).toEqual(['The candidate needs a visa and the offer does not sponsor one']);
    });
  });

  describe('the total', () => {
    const variants: [string, Partial<CandidateFacts>, Partial<OfferFacts>][] = [
      ['baseline', {}, {}],
      [
        'thirds everywhere',
        { skillUris: [PYTHON], availableFrom: '2026-05-11', preferredCities: ['Radebeul'] },
        { city: 'Meißen', requiredSkills: [PYTHON, SQL, JAVA].map((escoUri) => ({ escoUri, label: escoUri })) },
      ],
      [
        'many remainders',
        { skillUris: [GIT], languages: [{ code: 'de', level: 'C1' }], availableFrom: '2026-04-17' },
        {
          languages: [
            { code: 'de', minLevel: 'B2' },
            { code: 'en', minLevel: 'A1' },
          ],
        },
      ],
      [
        'visa and degree',
        { workPermit: 'needs_visa', degrees: [{ level: 'bachelor', field: 'x', graduationYear: 2024 }] },
        { minDegree: 'phd', salary: { min: 22.5, max: 30, currency: 'EUR', period: 'hour' } },
      ],
      [
        'nothing fits',
        {
          skillUris: [],
          languages: [],
          preferredCities: ['Plauen'],
          availableFrom: '2027-12-01',
          degrees: [],
          workPermit: 'needs_visa',
          desiredOccupationUris: ['x'],
          desiredOccupationIscoCodes: [],
        },
        { visaSponsorship: false, minDegree: 'phd' },
      ],
    ];

    it.each(variants)('%s: the shares add up exactly to the score (in tenths)', (_n, c, o) => {
      const s = score(c, o);
      expect(sumOfShares(s)).toBe(Math.round(s.score * 10));
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(Math.round(s.score * 10) / 10).toBe(s.score);
      for (const f of MATCH_FACTORS) {
        expect(s.explanation[f].share).toBeGreaterThanOrEqual(0);
        expect(s.explanation[f].share).toBeLessThanOrEqual(s.explanation[f].weight);
      }
    });

    it('is deterministic and never reads the clock', () => {
      const now = jest.spyOn(Date, 'now').mockImplementation(() => {
        throw new Error('the scorer must not read the clock');
      });
      try {
        const c = aCandidate({ workPermit: 'needs_visa', availableFrom: '2026-06-01' });
        const o = anOffer({ occupationUri: SOFTWARE_DEVELOPER });
        expect(scoreMatch(c, o, aContext())).toEqual(scoreMatch(c, o, aContext()));
      } finally {
        now.mockRestore();
      }
    });

    it('refuses a malformed `today`, but treats a malformed availability date as unknown', () => {
      expect(() => scoreMatch(aCandidate(), anOffer(), aContext({ today: '01.03.2026' }))).toThrow(/ISO date/);
      expect(score({ availableFrom: '2026-02-30' }).explanation.availability.rule).toBe('unknown');
    });
  });
});
