import type { Faker } from '@faker-js/faker';
import { CreateJobOfferDto } from '../../job-offers/dto/job-offer.dto';
import { JobOffersService } from '../../job-offers/job-offers.service';
import { FREE_TEXT_SKILLS, type DemoOccupation } from './demo-data';
import { weightedCity, type LabelLang, type SeedContext } from './seed-context';
import type { SeededEmployer } from './seed-employers';

/** Job offers: most published; some drafts, waiting for review, closed. Unverified employers only draft. */
export async function seedOffers(
  seed: SeedContext,
  employers: SeededEmployer[],
  count: number,
): Promise<{ counts: Record<string, number> }> {
  const offersService = seed.app.get(JobOffersService);
  const { faker } = seed;
  const counts: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const employer = employers[i % employers.length];
    const occupation = employer.occupations[Math.floor(i / employers.length) % 2];
    const german = i % 3 !== 2;
    const lang: LabelLang = german ? 'de' : 'en';
    const skills = faker.helpers.shuffle(occupation.skills.filter((s) => s[lang])).map((s) => s[lang]!);
    const place = faker.number.int(3) === 0 ? weightedCity(faker) : { city: employer.city, postalCode: employer.postalCode };
    const salary = jitterSalary(faker, occupation.salary);
    const languages = [
      { code: 'de', minLevel: occupation.key === 'software' && !german ? 'A1' : occupation.germanLevel },
      ...(occupation.degree !== 'vocational' || !german ? [{ code: 'en', minLevel: faker.helpers.arrayElement(['B1', 'B2']) }] : []),
    ];
    const body = await seed.validated(CreateJobOfferDto, {
      title: german ? occupation.titleDe : occupation.titleEn,
      description: german
        ? `Wir suchen zur Verstärkung unseres Teams in ${place.city} eine/n ${occupation.labels.de ?? occupation.titleDe}. Ihre Aufgaben: ${skills.slice(0, 3).join(', ')}. Wir bieten ein unbefristetes Arbeitsverhältnis, Unterstützung beim Deutschkurs und bei der Anerkennung Ihres Abschlusses.`
        : `Join our team in ${place.city}, Saxony, as ${occupation.labels.en ?? occupation.titleEn}. You will: ${skills.slice(0, 3).join(', ')}. We support German courses, relocation and the recognition of your qualification.`,
      occupation: german ? (occupation.labels.de ?? occupation.uri) : (occupation.labels.en ?? occupation.uri),
      requiredSkills: skills.slice(0, faker.number.int({ min: 3, max: 5 })),
      optionalSkills: [...skills.slice(5, 6 + faker.number.int(1)), ...(faker.number.int(4) === 0 ? [faker.helpers.arrayElement(FREE_TEXT_SKILLS)] : [])],
      languages,
      city: place.city,
      postalCode: place.postalCode,
      workplace: occupation.key === 'software' || occupation.key === 'data' ? faker.helpers.arrayElement(['hybrid', 'remote', 'onsite']) : 'onsite',
      contractType: faker.number.int(9) === 0 ? 'fixed_term' : occupation.degree === 'vocational' && faker.number.int(9) === 0 ? 'apprenticeship' : 'permanent',
      salary: { ...salary, currency: 'EUR', period: occupation.salary.period },
      visaSponsorship: faker.number.int(9) < 4,
      relocationSupport: faker.number.int(9) < 3,
      minDegree: occupation.degree,
      startDate: `2027-${String(faker.number.int({ min: 1, max: 9 })).padStart(2, '0')}-01`,
    });
    const created = await offersService.create(employer.user, body);
    let status = 'draft';
    const roll = i % 10;
    if (employer.status === 'verified' && roll !== 7) {
      await offersService.submit(employer.user, created.id);
      status = 'pending_review';
      if (roll !== 8) {
        await offersService.decide(seed.staff, created.id, 'approve', undefined);
        status = 'published';
        if (roll === 9) {
          await offersService.close(employer.user, created.id);
          status = 'closed';
        }
      }
    }
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return { counts };
}

function jitterSalary(faker: Faker, s: DemoOccupation['salary']): { min: number; max: number } {
  const factor = 0.9 + faker.number.int(20) / 100;
  const round = s.period === 'hour' ? (n: number) => Math.round(n * 2) / 2 : s.period === 'month' ? (n: number) => Math.round(n / 50) * 50 : (n: number) => Math.round(n / 500) * 500;
  const min = round(s.min * factor);
  return { min, max: Math.max(min, round(s.max * factor)) };
}
