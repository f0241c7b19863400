/** Name of the job offers' Meilisearch index (and the `resource` of their outbox rows). */
export const JOB_OFFERS_INDEX = 'job_offers';
