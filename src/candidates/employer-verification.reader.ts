import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const UNDEFINED_TABLE = '42P01';

export type EmployerVerificationStatus = 'pending' | 'verified' | 'rejected';

/**
 * Reads an employer's verification status straight from the `employers`
 * table (owned by the employers module), so this module does not depend on
 * it. No organisation yet — or no employers table at all — means "not verified".
 */
@Injectable()
export class EmployerVerificationReader {
  constructor(private readonly dataSource: DataSource) {}

  async statusOf(employerUserId: string): Promise<EmployerVerificationStatus | null> {
    try {
      const rows: { status: EmployerVerificationStatus }[] = await this.dataSource.query(
        `SELECT verification_status AS status FROM employers WHERE user_id = $1`,
        [employerUserId],
      );
      return rows[0]?.status ?? null;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNDEFINED_TABLE) return null;
      throw error;
    }
  }

  async isVerified(employerUserId: string): Promise<boolean> {
    return (await this.statusOf(employerUserId)) === 'verified';
  }
}
