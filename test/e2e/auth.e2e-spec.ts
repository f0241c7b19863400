import { Controller, Get, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHmac, randomUUID } from 'node:crypto';
import { Public } from '../../src/auth/decorators/public.decorator';
import { Roles } from '../../src/auth/decorators/roles.decorator';
import { useTestApp } from '../utils/test-app';
import { registerUser, staffUser, uniqueEmail } from '../factories/users';

/** A staff-only route, to exercise the roles guard the way feature routes use it (not part of the API's document). */
@ApiExcludeController()
@Controller('probe')
class StaffProbeController {
  @Roles('staff')
  @Get('staff-only')
  staffOnly() {
    return { ok: true };
  }

  /** A bug: an error no one meant to throw. */
  @Public()
  @Get('bug')
  bug(): never {
    throw new Error('secret internals of the bug');
  }
}
@Module({ controllers: [StaffProbeController] })
class StaffProbeModule {}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('auth: register, login, me, roles', () => {
  const t = useTestApp({ imports: [StaffProbeModule] });

  it('registers a candidate and answers with the user and an access token', async () => {
    const email = uniqueEmail('Olena');
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough password', role: 'candidate' })
      .expect(201);
    expect(res.body.user).toEqual({
      id: expect.any(String),
      email: email.toLowerCase(),
      role: 'candidate',
      emailVerified: false,
      language: 'en',
      notifications: { email: true },
    });
    expect(res.body.accessToken).toEqual(expect.any(String));
    const me = await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('stores passwords as argon2id with at least 19 MiB and 2 iterations', async () => {
    const user = await registerUser(t, 'employer');
    const [row] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [user.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    const m = row.password_hash.match(/[$,]m=(\d+)/)![1];
    const tCost = row.password_hash.match(/[$,]t=(\d+)/)![1];
    expect(Number(m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(tCost)).toBeGreaterThanOrEqual(2);
    expect(row.password_hash).not.toContain(user.password);
  });

  it('refuses a taken e-mail with 409, whatever its case', async () => {
    const user = await registerUser(t, 'candidate');
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: user.email.toUpperCase(), password: 'another long password', role: 'employer' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(res.body.code).toBe('auth.email_taken');
  });

  it('does not let anyone sign up as staff', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: uniqueEmail(), password: 'a long enough password', role: 'staff' });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([expect.stringContaining('role')]);
  });

  it('logs in with the right password and gives the same 401 for a wrong password and an unknown e-mail', async () => {
    const user = await registerUser(t, 'candidate');
    const ok = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(ok.body.user).toMatchObject({ id: user.id, email: user.email, role: 'candidate' });
    const wrong = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'not the password!' }).expect(401);
    const unknown = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: uniqueEmail('nobody'), password: 'not the password!' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid e-mail or password',
      code: 'auth.invalid_credentials',
    });
  });

  it('requires a valid token for /me', async () => {
    const missing = await t.http().get('/api/v1/auth/me').expect(401);
    expect(missing.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Missing, invalid or expired access token',
      code: 'auth.unauthenticated',
    });
    await t.http().get('/api/v1/auth/me').set('Authorization', 'Bearer not-a-jwt').expect(401);
    await t.http().get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
  });

  it('refuses tokens with alg "none", another algorithm, a forged signature, an expiry in the past or no token id', async () => {
    const user = await registerUser(t, 'candidate');
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, role: 'staff', gen: 0, jti: randomUUID(), iat: now, exp: now + 600 };
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    const sign = (header: object, body: object, secret: string, alg: 'sha256' | 'sha512') => {
      const unsigned = `${b64(header)}.${b64(body)}`;
      return `${unsigned}.${createHmac(alg, secret).update(unsigned).digest('base64url')}`;
    };
    const secret = t.config.jwtSecret;
    const hs512 = sign({ alg: 'HS512', typ: 'JWT' }, claims, secret, 'sha512');
    const forged = sign({ alg: 'HS256', typ: 'JWT' }, claims, 'some other secret that is long enough', 'sha256');
    const expired = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'candidate', exp: now - 10 }, secret, 'sha256');
    const valid = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, role: 'candidate' }, secret, 'sha256');
    // Without a generation and an id (as issued before sign-out existed), a token cannot be signed out: refused.
    const { gen: _gen, jti: _jti, ...legacyClaims } = { ...claims, role: 'candidate' };
    const legacy = sign({ alg: 'HS256', typ: 'JWT' }, legacyClaims, secret, 'sha256');
    for (const token of [none, hs512, forged, expired, legacy]) {
      await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    }
    // The same construction with the right secret and algorithm works, so the refusals above are about alg/signature/expiry.
    await t.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${valid}`).expect(200);
  });

  it('issues tokens that expire', async () => {
    const user = await registerUser(t, 'candidate');
    const [, payload] = user.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(t.config.jwtExpiresInSeconds);
    expect(JSON.parse(Buffer.from(user.token.split('.')[0], 'base64url').toString()).alg).toBe('HS256');
  });

  it('lets only staff through a staff-only route (403 for other roles, 401 without a token)', async () => {
    const candidate = await registerUser(t, 'candidate');
    const employer = await registerUser(t, 'employer');
    const staff = await staffUser(t);
    await t.http().get('/api/v1/probe/staff-only').expect(401);
    const refused = await t.http().get('/api/v1/probe/staff-only').set(candidate.auth).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: 'auth.forbidden_role', message: 'This action is only for staff accounts' });
    await t.http().get('/api/v1/probe/staff-only').set(employer.auth).expect(403);
    await t.http().get('/api/v1/probe/staff-only').set(staff.auth).expect(200, { ok: true });
  });

  it('answers an unexpected error with 500, code internal and an error id, never the internals', async () => {
    const res = await t.http().get('/api/v1/probe/bug').expect(500);
    expect(res.body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: expect.stringContaining('error id'),
      code: 'internal',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(JSON.stringify(res.body)).not.toContain('secret internals');
  });
});

describe('validation of input', () => {
  const t = useTestApp();

  it('refuses a common password at sign-up, naming the field, and creates no account', async () => {
    const email = uniqueEmail('common');
    const res = await t.http().post('/api/v1/auth/register').send({ email, password: 'qwerty123456', role: 'candidate' }).expect(400);
    expect(res.body).toMatchObject({
      code: 'validation.failed',
      message: ['password is one of the most common passwords; choose one that is harder to guess'],
    });
    expect(await t.sql(`SELECT 1 FROM users WHERE email = $1`, [email])).toEqual([]);
  });

  it('names every invalid field and rejects unknown ones', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/register')
      .send({ email: 'not-an-email', password: 'short', role: 'pirate', admin: true })
      .expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.error).toBe('Bad Request');
    const message = (res.body.message as string[]).join('\n');
    for (const field of ['email', 'password', 'role', 'admin']) expect(message).toContain(field);
    expect(res.body.code).toBe('validation.failed');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": "a@b.c", ').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Request body is not valid JSON',
      code: 'request.malformed_json',
    });
  });

  it('answers a body over the size limit with 413 request.too_large', async () => {
    const body = JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(200_000) });
    const res = await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(body).expect(413);
    expect(res.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Request body is too large',
      code: 'request.too_large',
    });
  });

  it('answers wrong types with 400 naming the field', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: ['x'], password: 42 })
      .expect(400);
    expect((res.body.message as string[]).join(' ')).toMatch(/email/);
    expect((res.body.message as string[]).join(' ')).toMatch(/password/);
  });

  it('answers an unknown route with 404', async () => {
    const res = await t.http().get('/api/v1/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'route.not_found' });
  });
});

describe('rate limiting of login and register', () => {
  const t = useTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', AUTH_CLIENT_RATE_LIMIT_PER_MINUTE: '12' } });

  const login = (email: string, password = 'whatever password') => t.http().post('/api/v1/auth/login').send({ email, password });

  it('answers 429 once one account gets too many login attempts from a client; other accounts still sign in', async () => {
    const victim = uniqueEmail('victim');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await login(victim)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await login(victim);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'rate_limited' });
    const other = await registerUser(t, 'candidate');
    expect((await login(other.email, other.password)).status).toBe(200);
  });

  it('answers 429 once one client exceeds its overall limit, whatever the accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15 && !statuses.includes(429); i++) statuses.push((await login(uniqueEmail())).status);
    expect(statuses[statuses.length - 1]).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(
      (await t.http().post('/api/v1/auth/register').send({ email: uniqueEmail(), password: 'a long enough password', role: 'candidate' }))
        .status,
    ).toBe(429);
  });
});
