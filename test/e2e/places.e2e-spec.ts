import { candidateWithProfile, profileBody } from '../factories/candidates';
import { verifiedEmployer } from '../factories/employers';
import { publishedOffer } from '../factories/offers';
import { registerUser } from '../factories/users';
import { useTestApp } from '../utils/test-app';

interface Place {
  ags: string;
  name: string;
  district: string;
  borders: string[];
}

describe('Saxon places: autocomplete, preferred cities, districts in matching', () => {
  const t = useTestApp({ staff: true });

  describe('GET /api/v1/places (public)', () => {
    it('lists Freiberg for "frei", with its district Mittelsachsen and the Czech border', async () => {
      const res = await t.http().get('/api/v1/places').query({ q: 'frei' });
      expect(res.status).toBe(200);
      const items = res.body.items as Place[];
      expect(items[0]).toMatchObject({ ags: '14522180', name: 'Freiberg', district: 'Mittelsachsen', borders: ['CZ'] });
      expect(items.map((p) => p.name)).toContain('Freital');
    });

    it('tolerates a typo, finds by AGS, and answers nothing for nothing', async () => {
      const typo = await t.http().get('/api/v1/places').query({ q: 'Görlits', limit: 3 });
      expect(typo.body.items[0]).toMatchObject({ name: 'Görlitz', district: 'Görlitz', borders: ['PL', 'CZ'] });
      expect(typo.body.items.length).toBeLessThanOrEqual(3);
      const byAgs = await t.http().get('/api/v1/places').query({ q: '14628270' });
      expect(byAgs.body.items).toEqual([expect.objectContaining({ name: 'Pirna', district: 'Sächsische Schweiz-Osterzgebirge' })]);
      expect((await t.http().get('/api/v1/places')).body).toEqual({ items: [] });
      expect((await t.http().get('/api/v1/places').query({ q: 'Wroclaw' })).body).toEqual({ items: [] });
    });

    it.each([
      [{ q: 'frei', limit: 0 }, 'limit'],
      [{ q: 'frei', limit: 'many' }, 'limit'],
      [{ q: 'x'.repeat(101) }, 'q'],
      [{ q: 'frei', district: 'Görlitz' }, 'district'],
    ])('%j → 400 naming %s', async (query, field) => {
      const res = await t.http().get('/api/v1/places').query(query);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain(field);
    });
  });

  describe('preferredCities on the profile', () => {
    it('a city that is not Saxon ("Wroclaw") is a 400 naming preferredCities, on PUT and PATCH', async () => {
      const user = await registerUser(t, 'candidate');
      const put = await t
        .http()
        .put('/api/v1/candidates/me')
        .set(user.auth)
        .send(profileBody({ preferredCities: ['Dresden', 'Wroclaw'] }));
      expect(put.status).toBe(400);
      expect(JSON.stringify(put.body.message)).toMatch(/preferredCities.*Wroclaw/);
      expect((await t.http().get('/api/v1/candidates/me').set(user.auth)).status).toBe(404);

      const { user: other, profile } = await candidateWithProfile(t);
      const patch = await t
        .http()
        .patch('/api/v1/candidates/me')
        .set(other.auth)
        .send({ version: profile.version, preferredCities: ['Praha'] });
      expect(patch.status).toBe(400);
      expect(JSON.stringify(patch.body.message)).toContain('preferredCities');
    });

    it('resolves a name, an AGS and a typo to the official municipalities, once each', async () => {
      const { user, profile } = await candidateWithProfile(t, { preferredCities: ['Pirna', '14626110', 'Drseden', 'dresden'] });
      expect(profile.preferredCities).toEqual(['Pirna', 'Görlitz', 'Dresden']);
      const again = await t.http().get('/api/v1/candidates/me').set(user.auth);
      expect(again.body.preferredCities).toEqual(['Pirna', 'Görlitz', 'Dresden']);
    });

    it('a profile stored before the official data (names as typed, no AGS) still matches, and an unknown name only earns nothing', async () => {
      const employer = await verifiedEmployer(t, t.staff);
      const offer = await publishedOffer(t, employer, t.staff, { city: 'Meißen', languages: [] });
      const { profile } = await candidateWithProfile(t, { preferredCities: ['Dresden'] });
      await t.sql(`UPDATE candidate_profiles SET preferred_cities = '["Radebeul", "Atlantis"]', preferred_city_ags = '[]' WHERE id = $1`, [
        profile.id,
      ]);
      const res = await t.http().get(`/api/v1/job-offers/${offer.id}/matches`).set(employer.auth);
      expect(res.status).toBe(200);
      const mine = (res.body.items as { candidate: { id: string }; explanation: { location: Record<string, unknown> } }[]).find(
        (i) => i.candidate.id === profile.id,
      );
      expect(mine?.explanation.location).toMatchObject({ rule: 'same_district', offerDistrict: 'Meißen', candidateCity: 'Radebeul' });
    });
  });

  describe('districts and borders in matching', () => {
    it('a Freiberg offer is in a Czech border district for a commuter living in Czechia, not for one living in Poland', async () => {
      const employer = await verifiedEmployer(t, t.staff);
      const offer = await publishedOffer(t, employer, t.staff, { city: 'Freiberg', postalCode: '09599', languages: [] });
      const commuter = { preferredCities: ['Leipzig'], crossBorderCommuter: true, openToRemote: false };
      const czech = await candidateWithProfile(t, { ...commuter, firstName: 'Jana', residenceCountry: 'CZ' });
      const polish = await candidateWithProfile(t, { ...commuter, firstName: 'Zofia', residenceCountry: 'PL' });
      const res = await t.http().get(`/api/v1/job-offers/${offer.id}/matches`).set(employer.auth);
      expect(res.status).toBe(200);
      const location = (id: string) =>
        (res.body.items as { candidate: { id: string }; explanation: { location: Record<string, unknown> } }[]).find(
          (i) => i.candidate.id === id,
        )?.explanation.location;
      expect(location(czech.profile.id)).toMatchObject({ rule: 'border_commuter', offerDistrict: 'Mittelsachsen', share: 5 });
      expect(location(polish.profile.id)).toMatchObject({ rule: 'none', offerDistrict: 'Mittelsachsen', share: 0 });

      const own = await t.http().get('/api/v1/candidates/me/matches').set(czech.user.auth);
      const item = (own.body.items as { jobOffer: { id: string }; explanation: { location: { rule: string } } }[]).find(
        (i) => i.jobOffer.id === offer.id,
      );
      expect(item?.explanation.location.rule).toBe('border_commuter');
    });

    it('the postcode decides the district: an offer at 01662 is in Meißen whatever its city line says', async () => {
      const employer = await verifiedEmployer(t, t.staff);
      const offer = await publishedOffer(t, employer, t.staff, { city: 'Werk Meißen-Nord', postalCode: '01662', languages: [] });
      const { profile } = await candidateWithProfile(t, { preferredCities: ['Coswig'], openToRemote: false });
      const res = await t.http().get(`/api/v1/job-offers/${offer.id}/matches`).set(employer.auth);
      const mine = (res.body.items as { candidate: { id: string }; explanation: { location: Record<string, unknown> } }[]).find(
        (i) => i.candidate.id === profile.id,
      );
      expect(mine?.explanation.location).toMatchObject({ rule: 'same_district', offerDistrict: 'Meißen', candidateCity: 'Coswig' });
    });
  });
});
