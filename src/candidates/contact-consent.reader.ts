import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Has the candidate shared contact data with this employer? Yes once they
 * accepted one of its invitations or applied to one of its offers.
 */
@Injectable()
export class ContactConsentReader {
  constructor(private readonly dataSource: DataSource) {}

  async hasConsent(candidateProfileId: string, employerUserId: string): Promise<boolean> {
    return (await this.consentedProfiles(employerUserId, [candidateProfileId])).has(candidateProfileId);
  }

  /** Of these profiles, the ones that shared contact data with this employer account (one query, same rule as hasConsent). */
  async consentedProfiles(employerUserId: string, candidateProfileIds: string[]): Promise<Set<string>> {
    if (!candidateProfileIds.length) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM unnest($1::uuid[]) AS p(id)
        WHERE EXISTS (SELECT 1 FROM invitations
                       WHERE candidate_profile_id = p.id AND employer_user_id = $2 AND status = 'accepted')
           OR EXISTS (SELECT 1 FROM applications
                       WHERE candidate_profile_id = p.id AND employer_user_id = $2)`,
      [candidateProfileIds, employerUserId],
    );
    return new Set(rows.map((r) => r.id));
  }
}
