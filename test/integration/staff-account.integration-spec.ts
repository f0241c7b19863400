import { AuthService } from '../../src/auth/auth.service';
import { uniqueEmail } from '../factories/users';
import { useTestApp } from '../utils/test-app';

describe('the configured staff account (STAFF_EMAIL, STAFF_PASSWORD)', () => {
  const email = uniqueEmail('agency');
  const env = { STAFF_EMAIL: email, STAFF_PASSWORD: 'agency staff password 1' };
  const t = useTestApp({ env });

  it('creates the configured staff account once and keeps it on the next start', async () => {
    const login = await t.http().post('/api/v1/auth/login').send({ email, password: env.STAFF_PASSWORD }).expect(200);
    expect(login.body.user.role).toBe('staff');
    await t.app.get(AuthService).ensureStaffAccount(); // what the next start does
    const rows = await t.sql('SELECT id FROM users WHERE email = $1', [email]);
    expect(rows).toHaveLength(1);
  });
});
