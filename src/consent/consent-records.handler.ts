import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CANDIDATE_DATA, CandidateDataHandler, CONTACT_CONSENT, ContactConsentHandler } from '../candidates/candidate-data.hooks';
import { ConsentRepository } from './consent.repository';

/**
 * What the candidates feature needs to know of consent records, without
 * importing this folder: whether an employer may see contact data, and the
 * records' part in the candidate's export and erasure.
 */
@Injectable()
@CANDIDATE_DATA.handler()
@CONTACT_CONSENT.handler()
export class ConsentRecordsHandler implements CandidateDataHandler, ContactConsentHandler {
  constructor(private readonly consent: ConsentRepository) {}

  /** Yes once the candidate accepted one of the employer's invitations or applied to one of its offers. */
  async consentedProfiles(employerUserId: string, candidateProfileIds: string[]): Promise<Set<string>> {
    return new Set(await this.consent.profilesConsentedTo(employerUserId, candidateProfileIds));
  }

  exportSections(profileId: string): Promise<Record<string, unknown[]>> {
    return this.consent.recordsOfCandidate(profileId);
  }

  eraseCandidate(manager: EntityManager, profileId: string): Promise<void> {
    return this.consent.anonymiseCandidate(manager, profileId);
  }
}
