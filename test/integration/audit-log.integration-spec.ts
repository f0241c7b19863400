import { DataSource } from 'typeorm';
import { AuditLogService } from '../../src/audit-log/audit-log.service';
import { verifiedEmployer } from '../factories/employers';
import { useTestApp } from '../utils/test-app';

describe('audit log: append-only in the database, anonymisation the one change allowed', () => {
  const t = useTestApp({ staff: true });

  it('the database refuses to delete, truncate or rewrite audit entries; only anonymisation passes', async () => {
    const employer = await verifiedEmployer(t, t.staff);
    await expect(t.sql('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    await expect(t.sql(`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(t.sql(`UPDATE audit_log SET reason = 'rewritten', anonymised_at = now()`)).rejects.toThrow(/append-only/);
    const audit = t.app.get(AuditLogService);
    const changed = await t.app.get(DataSource).transaction((m) => audit.anonymiseEntity(m, 'employer', employer.employerId));
    expect(changed).toBe(1);
    const rows = await t.sql<{ entity_id: string; before: unknown; anonymised_at: Date | null }>(
      `SELECT entity_id, before, anonymised_at FROM audit_log WHERE action = 'employer.verify' AND anonymised_at IS NOT NULL`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].entity_id).not.toBe(employer.employerId);
    expect(rows[0].before).toEqual({ verificationStatus: 'pending' });
  });
});
