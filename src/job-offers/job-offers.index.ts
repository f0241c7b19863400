import { Injectable } from '@nestjs/common';
import { IndexedResource, SearchIndexed } from '../search/indexing/indexed-resource';
import type { IndexDefinition } from '../search/search-engine.service';
import { TaxonomyRepository } from '../taxonomy/taxonomy.repository';
import type { JobOfferEntity } from './entities/job-offer.entity';
import { JobOfferDocument, toJobOfferDocument } from './job-offer-document';
import { JobOffersRepository } from './job-offers.repository';

/** Name of the job offers' Meilisearch index (and the `resource` of their outbox rows). */
export const JOB_OFFERS_INDEX = 'job_offers';

/** Published job offers in Meilisearch; any other status is absent (and removed). */
@SearchIndexed()
@Injectable()
export class JobOffersIndex implements IndexedResource<JobOfferDocument> {
  readonly definition: IndexDefinition = {
    name: JOB_OFFERS_INDEX,
    primaryKey: 'id',
    settings: {
      searchableAttributes: ['title', 'occupationLabels', 'skillLabels', 'employerName', 'city', 'description'],
      filterableAttributes: [
        'skillUris',
        'skillTextKeys',
        'skillFacet',
        'occupationUri',
        'city',
        'workplace',
        'contractType',
        'visaSponsorship',
        'salaryMinAnnualEur',
        'requiredLanguageCodes',
        'languageMinLevels',
      ],
      sortableAttributes: ['publishedAtTs', 'salaryMinAnnualEur'],
      typoTolerance: { enabled: true },
      faceting: { maxValuesPerFacet: 100 },
      pagination: { maxTotalHits: 10_000 },
    },
  };

  constructor(
    private readonly offers: JobOffersRepository,
    private readonly taxonomy: TaxonomyRepository,
  ) {}

  async documentsFor(ids: string[]): Promise<Map<string, JobOfferDocument>> {
    const docs = await this.toDocuments(await this.offers.findPublished(ids));
    return new Map(docs.map((d) => [d.id, d]));
  }

  async *allDocuments(batchSize: number): AsyncIterable<JobOfferDocument[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.offers.findPublishedPage(after, batchSize);
      if (!page.length) return;
      yield await this.toDocuments(page);
      after = page[page.length - 1].id;
    }
  }

  private async toDocuments(offers: JobOfferEntity[]): Promise<JobOfferDocument[]> {
    const uris = new Set<string>();
    for (const o of offers) {
      if (o.occupationUri) uris.add(o.occupationUri);
      for (const s of [...o.requiredSkills, ...o.optionalSkills]) if (s.escoUri) uris.add(s.escoUri);
    }
    const labels = await this.taxonomy.allLabels([...uris]);
    return offers.map((o) => toJobOfferDocument(o, (uri) => labels.get(uri) ?? []));
  }
}
