import { AppConfig, ConfigError } from '../src/config/app-config';
import { importAlumni, newAlumnus, sessionFor } from './support/alumni-factories';
import { newAssociation } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('alumni administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
  });
  afterAll(() => t.close());

  it('erases an alumnus on DELETE and answers 404 afterwards', async () => {
    const a = await newAssociation(t);
    const alumnus = await newAlumnus(t, a, 'all');
    await t.http().delete(`/v1/associations/${a.id}/alumni/${alumnus.id}`).set(bearer(a.key)).expect(204);
    await t.http().get(`/v1/associations/${a.id}/alumni/${alumnus.id}`).set(bearer(a.key)).expect(404);
    await t.http().delete(`/v1/associations/${a.id}/alumni/${alumnus.id}`).set(bearer(a.key)).expect(404);
    const [row] = await t.dataSource.query(`SELECT email, external_id, erased_at FROM alumni WHERE id = $1`, [alumnus.id]);
    expect(row.email).toBeNull();
    expect(row.external_id).toBeNull();
    expect(row.erased_at).not.toBeNull();
  });

  it('patches a profile, refuses a taken externalId with 409 and lets the next import rewrite the row', async () => {
    const a = await newAssociation(t);
    const first = await newAlumnus(t, a, 'none');
    const second = await newAlumnus(t, a, 'none');
    const res = await t
      .http()
      .patch(`/v1/associations/${a.id}/alumni/${first.id}`)
      .set(bearer(a.key))
      .send({ externalId: second.row.externalId })
      .expect(409);
    expect(res.body.code).toBe('conflict');
    const bad = await t
      .http()
      .patch(`/v1/associations/${a.id}/alumni/${first.id}`)
      .set(bearer(a.key))
      .send({ country: 'France', consentSearchable: true })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['consentSearchable', 'country']);
    await t
      .http()
      .patch(`/v1/associations/${a.id}/alumni/${first.id}`)
      .set(bearer(a.key))
      .send({ city: 'Nantes', phone: null })
      .expect(200);
    // The same source row is now different from what is stored: the import rewrites it.
    const again = await importAlumni(t, a, [first.row, second.row]);
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [row] = await t.dataSource.query(`SELECT city FROM alumni WHERE id = $1`, [first.id]);
    expect(row.city).toBe(first.row.city);
  });

  it("keeps an alumnus's own edits when the association re-imports an unchanged row", async () => {
    const a = await newAssociation(t);
    const alumnus = await newAlumnus(t, a, 'none');
    const session = await sessionFor(t, a, alumnus.id, alumnus.row.email as string);
    await t
      .http()
      .patch('/v1/me')
      .set(bearer(session))
      .send({ headline: 'Fondatrice', skills: ['Rust'] })
      .expect(200);
    expect(await importAlumni(t, a, [alumnus.row])).toMatchObject({ unchanged: 1 });
    const me = await t.http().get('/v1/me').set(bearer(session)).expect(200);
    expect(me.body).toMatchObject({ headline: 'Fondatrice', skills: ['Rust'] });
    expect(me.body.lastConfirmedAt).not.toBeNull();
  });

  it('requires the right scopes and kinds', async () => {
    const a = await newAssociation(t);
    const readOnly = await t
      .http()
      .post(`/v1/associations/${a.id}/api-keys`)
      .set(bearer(a.key))
      .send({ name: 'reader', scopes: ['alumni:read'] })
      .expect(201);
    await t.http().get(`/v1/associations/${a.id}/alumni`).set(bearer(readOnly.body.secret)).expect(200);
    const denied = await t.http().post(`/v1/associations/${a.id}/alumni/import`).set(bearer(readOnly.body.secret)).send([]).expect(403);
    expect(denied.body.code).toBe('insufficient_scope');
    await t.http().get(`/v1/associations/${a.id}/alumni`).expect(401);
    await t.http().get('/v1/me').set(bearer(a.key)).expect(403);
    await t
      .http()
      .get('/v1/me')
      .set(bearer(`pas_ses_${'x'.repeat(43)}`))
      .expect(401);
  });

  it('accepts text/csv with a charset and a BOM, and refuses other media types with 415', async () => {
    const a = await newAssociation(t);
    const csv = '\uFEFFexternalId,firstName,lastName,email,skills\r\nb1,Chloé,Bernard,chloe@alumni.example,Excel;SQL\r\n';
    const res = await t
      .http()
      .post(`/v1/associations/${a.id}/alumni/import`)
      .set(bearer(a.key))
      .set('content-type', 'text/csv; charset=utf-8')
      .send(csv)
      .expect(200);
    expect(res.body).toEqual({ created: 1, updated: 0, unchanged: 0, failed: [] });
    const [row] = await t.dataSource.query(`SELECT first_name, skills FROM alumni WHERE association_id = $1`, [a.id]);
    expect(row).toEqual({ first_name: 'Chloé', skills: ['Excel', 'SQL'] });
    const numeric = await importAlumni(t, a, [{ externalId: 4217, firstName: 'Noé', lastName: 'Petit', email: 'noe@alumni.example' }]);
    expect(numeric.created).toBe(1);
    const [{ external_id }] = await t.dataSource.query(`SELECT external_id FROM alumni WHERE email = 'noe@alumni.example'`);
    expect(external_id).toBe('4217');
    const xml = await t
      .http()
      .post(`/v1/associations/${a.id}/alumni/import`)
      .set(bearer(a.key))
      .set('content-type', 'application/xml')
      .send('<alumni/>')
      .expect(415);
    expect(xml.body.code).toBe('unsupported_media_type');
  });

  it('stops reading a CSV at a syntax error and keeps the rows read before it', async () => {
    const a = await newAssociation(t);
    // Enough rows before the error that the parser has handed some of them over before it meets it
    // (rows of the same input chunk as the error are dropped with it, by the parser).
    const before = Array.from(
      { length: 3000 },
      (_, i) => `c${String(i).padStart(5, '0')},Anne,Morel${'x'.repeat(60)},anne${i}@alumni.example`,
    );
    const csv = [
      'externalId,firstName,lastName,email',
      ...before,
      'zz-broken,"Brok,en,x@alumni.example',
      'zz-after,Paul,Roux,paul@alumni.example',
    ].join('\n');
    const res = await t
      .http()
      .post(`/v1/associations/${a.id}/alumni/import`)
      .set(bearer(a.key))
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(res.body.created).toBeGreaterThan(0);
    // What was kept is exactly the first rows, in order; nothing at or after the error.
    const kept: Array<{ external_id: string }> = await t.dataSource.query(
      `SELECT external_id FROM alumni WHERE association_id = $1 ORDER BY external_id`,
      [a.id],
    );
    expect(kept.map((r) => r.external_id)).toEqual(before.slice(0, res.body.created).map((line) => line.split(',')[0]));
    expect(res.body.failed).toHaveLength(1);
    expect(res.body.failed[0].errors[0].message).toMatch(/Quote Not Closed.*the rest of the file was not read/);
  });
});

describe('CONSENT_LAPSE_MONTHS', () => {
  it('defaults to 24 and accepts 1 to 120', () => {
    expect(AppConfig.fromEnv({}).consentLapseMonths).toBe(24);
    expect(AppConfig.fromEnv({ CONSENT_LAPSE_MONTHS: '12' }).consentLapseMonths).toBe(12);
    expect(() => AppConfig.fromEnv({ CONSENT_LAPSE_MONTHS: '0' })).toThrow(ConfigError);
    expect(() => AppConfig.fromEnv({ CONSENT_LAPSE_MONTHS: 'two years' })).toThrow(/CONSENT_LAPSE_MONTHS/);
  });
});

describe('profile field sets for other features', () => {
  it('keep identity out of previews and contact details out of unlocked profiles', async () => {
    const { PREVIEW_KEYS, UNLOCKED_KEYS } = await import('../src/alumni/profile-fields');
    for (const key of ['firstName', 'lastName', 'email', 'phone', 'currentCompany', 'linkedinUrl', 'bio']) {
      expect(PREVIEW_KEYS).not.toContain(key);
    }
    expect(PREVIEW_KEYS).toEqual(expect.arrayContaining(['headline', 'skills', 'program', 'graduationYear', 'city']));
    expect(UNLOCKED_KEYS).not.toContain('email');
    expect(UNLOCKED_KEYS).not.toContain('phone');
    expect(UNLOCKED_KEYS).toEqual(expect.arrayContaining(['firstName', 'lastName', 'linkedinUrl', 'currentCompany', 'bio']));
  });
});
