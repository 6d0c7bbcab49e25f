import { newAssociation, newOrg } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('associations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const valid = () => ({ name: 'Alumni Sciences Po', slug: `sciences-po-${Math.random().toString(36).slice(2, 8)}` });

  it('refuses a request without a key with 401 problem+json', async () => {
    const res = await t.http().post('/v1/associations').send(valid()).expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ status: 401, code: 'unauthenticated', type: '/problems/unauthenticated' });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('refuses a recruiter key with 403', async () => {
    const org = await newOrg(t);
    const res = await t.http().post('/v1/associations').set(bearer(org.key)).send(valid()).expect(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('refuses an unknown or forged key with 401', async () => {
    const forged = `pas_adm_${'a'.repeat(16)}_${'b'.repeat(43)}`;
    const res = await t.http().get('/v1/associations').set(bearer(forged)).expect(401);
    expect(res.body.code).toBe('invalid_credentials');
    const tampered = t.adminKey.slice(0, -1) + (t.adminKey.endsWith('A') ? 'B' : 'A');
    await t.http().get('/v1/associations').set(bearer(tampered)).expect(401);
  });

  it('rejects an unknown field with 400 naming it', async () => {
    const res = await t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .send({ ...valid(), planet: 'mars' })
      .expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual([{ field: 'planet', message: 'unknown field' }]);
  });

  it('lists every invalid field', async () => {
    const res = await t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .send({ name: 'x', slug: 'Not A Slug', revenueShareBps: 10001, recruiterAccess: 'sometimes', timeZone: 'Mars/Olympus' })
      .expect(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect([...new Set(fields)]).toEqual(['name', 'recruiterAccess', 'revenueShareBps', 'slug', 'timeZone']);
  });

  it('rejects malformed JSON with 400 malformed_body', async () => {
    const res = await t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .set('content-type', 'application/json')
      .send('{"name": "broken')
      .expect(400);
    expect(res.body.code).toBe('malformed_body');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('treats an empty JSON body as no body: 400 naming the required fields, not malformed_body', async () => {
    const res = await t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .set('content-type', 'application/json')
      .send('')
      .expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['name', 'slug']));
  });

  it('refuses prototype poisoning in JSON bodies', async () => {
    const res = await t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .set('content-type', 'application/json')
      .send('{"name":"x","slug":"proto-x","__proto__":{"admin":true}}')
      .expect(400);
    expect(res.body.code).toBe('malformed_body');
  });

  it('creates an association with its first key shown once', async () => {
    const body = valid();
    const res = await t.http().post('/v1/associations').set(bearer(t.adminKey)).send(body).expect(201);
    expect(res.body.association).toMatchObject({
      ...body,
      revenueShareBps: 8000,
      unlockPriceCredits: 1,
      contactPriceCredits: 2,
      recruiterAccess: 'approval',
    });
    const secret: string = res.body.apiKey.secret;
    expect(secret).toMatch(/^pas_asc_[a-z0-9]{16}_[A-Za-z0-9_-]{43}$/);
    const keyId = res.body.apiKey.key.id;
    expect(secret.startsWith(`pas_asc_${keyId}_`)).toBe(true);

    // The new key works and is bound to its association.
    const own = await t.http().get(`/v1/associations/${res.body.association.id}`).set(bearer(secret)).expect(200);
    expect(own.body.slug).toBe(body.slug);

    // Listing keys never shows a secret or its hash.
    const list = await t.http().get(`/v1/associations/${res.body.association.id}/api-keys`).set(bearer(secret)).expect(200);
    expect(list.body.data).toHaveLength(1);
    const listed = JSON.stringify(list.body);
    expect(listed).not.toContain(secret.slice(26));
    expect(listed).not.toMatch(/secret/i);
    expect(list.body.data[0]).toMatchObject({ id: keyId, kind: 'asc' });

    // The database holds only a hash.
    const rows = await t.dataSource.query(`SELECT secret_hash FROM api_keys WHERE key_id = $1`, [keyId]);
    expect(rows[0].secret_hash).toHaveLength(32);
    expect(rows[0].secret_hash.toString('utf8')).not.toContain(secret.slice(26));
  });

  it('answers 409 slug_taken for a duplicate slug', async () => {
    const body = valid();
    await t.http().post('/v1/associations').set(bearer(t.adminKey)).send(body).expect(201);
    const res = await t.http().post('/v1/associations').set(bearer(t.adminKey)).send(body).expect(409);
    expect(res.body.code).toBe('slug_taken');
  });

  it("hides another association's resources behind 404", async () => {
    const a = await newAssociation(t);
    const b = await newAssociation(t);
    await t.http().get(`/v1/associations/${b.id}`).set(bearer(a.key)).expect(404);
    await t.http().patch(`/v1/associations/${b.id}`).set(bearer(a.key)).send({ unlockPriceCredits: 5 }).expect(404);
    await t.http().get(`/v1/associations/${b.id}/api-keys`).set(bearer(a.key)).expect(404);
    await t.http().post(`/v1/associations/${b.id}/api-keys`).set(bearer(a.key)).send({ name: 'x' }).expect(404);
    const unchanged = await t.http().get(`/v1/associations/${b.id}`).set(bearer(b.key)).expect(200);
    expect(unchanged.body.unlockPriceCredits).toBe(1);
  });

  it('lets an association change its pricing and policy but not its share', async () => {
    const a = await newAssociation(t);
    const ok = await t
      .http()
      .patch(`/v1/associations/${a.id}`)
      .set(bearer(a.key))
      .send({ unlockPriceCredits: 3, contactPriceCredits: 4, recruiterAccess: 'open' })
      .expect(200);
    expect(ok.body).toMatchObject({ unlockPriceCredits: 3, contactPriceCredits: 4, recruiterAccess: 'open' });
    const denied = await t.http().patch(`/v1/associations/${a.id}`).set(bearer(a.key)).send({ revenueShareBps: 9999 }).expect(403);
    expect(denied.body.code).toBe('admin_only_field');
    const byAdmin = await t.http().patch(`/v1/associations/${a.id}`).set(bearer(t.adminKey)).send({ revenueShareBps: 7000 }).expect(200);
    expect(byAdmin.body.revenueShareBps).toBe(7000);
  });

  it('answers 404 for an unknown association and 400 for a malformed id', async () => {
    await t.http().get('/v1/associations/00000000-0000-4000-8000-000000000000').set(bearer(t.adminKey)).expect(404);
    const res = await t.http().get('/v1/associations/not-a-uuid').set(bearer(t.adminKey)).expect(400);
    expect(res.body.code).toBe('validation_failed');
  });

  it('pages through associations with a cursor and bounds the limit', async () => {
    for (let i = 0; i < 3; i++) await newAssociation(t);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await t
        .http()
        .get('/v1/associations')
        .query(cursor ? { limit: 2, cursor } : { limit: 2 })
        .set(bearer(t.adminKey))
        .expect(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      for (const a of res.body.data) {
        expect(seen.has(a.id)).toBe(false);
        seen.add(a.id);
      }
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM associations`);
    expect(seen.size).toBe(count);

    for (const limit of ['0', '101', '-1', 'abc', '1.5']) {
      const res = await t.http().get('/v1/associations').query({ limit }).set(bearer(t.adminKey)).expect(400);
      expect(res.body.errors[0].field).toBe('limit');
    }
    const bad = await t.http().get('/v1/associations').query({ cursor: 'garbage' }).set(bearer(t.adminKey)).expect(400);
    expect(bad.body.code).toBe('invalid_cursor');
  });
});
