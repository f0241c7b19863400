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
    const rows: { consent: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM invitations
                       WHERE candidate_profile_id = $1 AND employer_user_id = $2 AND status = 'accepted')
           OR EXISTS (SELECT 1 FROM applications
                       WHERE candidate_profile_id = $1 AND employer_user_id = $2) AS consent`,
      [candidateProfileId, employerUserId],
    );
    return rows[0]?.consent === true;
  }
}
