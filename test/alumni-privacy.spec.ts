import { createHash } from 'node:crypto';
import { AccessService } from '../src/access/access.service';
import { AlumniAuthService } from '../src/alumni/alumni-auth.service';
import { importAlumni, latestMagicLinkToken, sessionFor } from './support/alumni-factories';
import { newAssociation, newOrg } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** Every text-like value of every table in the public schema, as one string per column value. */
async function dumpDatabase(t: TestApp): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await t.dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
      WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'USER-DEFINED', 'bytea', 'inet', 'citext')`,
  );
  expect(columns.length).toBeGreaterThan(20);
  const values: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = await t.dataSource.query(`SELECT "${column_name}"::text AS v FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`);
    for (const row of rows) values.push(`${table_name}.${column_name}=${row.v}`);
  }
  return values;
}

describe('alumni privacy: export, erasure and isolation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
  });
  afterAll(() => t.close());

  it('exports every personal value before erasure and leaves none of them anywhere in the database after', async () => {
    const association = await newAssociation(t, { recruiterAccess: 'open' });
    const org = await newOrg(t, { name: 'Cabinet Dupont Recrutement' });
    const m = `zq${Date.now().toString(36)}`;
    const markers = {
      externalId: `${m}-extid`,
      firstName: `${m}Firstname`,
      lastName: `${m}Lastname`,
      email: `${m}.mail@alumni.example`,
      phone: '+33 6 97 53 19 08',
      linkedinUrl: `https://www.linkedin.com/in/${m}-linkedin`,
      currentCompany: `${m} Company`,
      headline: `${m} headline`,
      industry: `${m} industry`,
      city: `${m}ville`,
      skills: [`${m}skill`],
      languages: [`${m}language`],
      program: `${m} program`,
      bio: `${m} biography`,
    };
    const proof = `${m}-proof-reference`;
    const userAgent = `${m}-user-agent/1.0`;
    const result = await importAlumni(t, association, [
      {
        ...markers,
        seniority: 'senior',
        yearsOfExperience: 11,
        country: 'FR',
        degreeLevel: 'master',
        graduationYear: 2014,
        openToWork: true,
        consentSearchable: true,
        consentUnlockable: true,
        consentContactable: false,
        consentCollectedAt: '2026-03-01T10:00:00Z',
        consentTermsVersion: 'assoc-v3',
        consentProofReference: proof,
      },
    ]);
    expect(result.created).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE external_id = $1`, [markers.externalId]);

    const session = await sessionFor(t, association, id, markers.email);
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .set('user-agent', userAgent)
      .send({
        searchable: true,
        unlockable: true,
        contactable: true,
        termsVersion: '2026-01',
      })
      .expect(200);
    await t.http().post(`/v1/me/blocked-orgs/${org.id}`).set(bearer(session)).expect(204);
    await t.app.get(AccessService).recordAccess(org.id, id, 'preview_view');
    await t.http().post(`/v1/associations/${association.id}/alumni/${id}/invitations`).set(bearer(association.key)).expect(202);

    const log = await t.http().get('/v1/me/access-log').set(bearer(session)).expect(200);
    expect(log.body.data).toEqual([
      expect.objectContaining({ kind: 'preview_view', orgId: org.id, orgName: 'Cabinet Dupont Recrutement' }),
    ]);

    const exported = await t.http().get('/v1/me/export').set(bearer(session)).expect(200);
    const text = JSON.stringify(exported.body);
    for (const value of [...Object.values(markers).flat(), proof, userAgent]) expect(text).toContain(value);
    expect(exported.body.consentHistory.map((e: { source: string }) => e.source)).toEqual(['association_import', 'self_service']);
    expect(exported.body.blockedOrgs).toEqual([expect.objectContaining({ orgId: org.id })]);
    expect(exported.body.mails.length).toBeGreaterThanOrEqual(2);

    const before = (await dumpDatabase(t)).join('\n');
    expect(before).toContain(markers.email);
    expect(before).toContain(userAgent);

    await t.http().delete('/v1/me').set(bearer(session)).expect(204);

    const after = await dumpDatabase(t);
    const phoneDigits = markers.phone.replace(/\D/g, '');
    const leaks = after.filter(
      (line) =>
        line.toLowerCase().includes(m) || line.replace(/\D/g, '').includes(phoneDigits) || line.includes(proof) || line.includes(userAgent),
    );
    expect(leaks).toEqual([]);

    // The tombstone keeps no personal field; the consent history stays, without evidence.
    const [row] = await t.dataSource.query(`SELECT * FROM alumni WHERE id = $1`, [id]);
    expect(row).toMatchObject({
      external_id: null,
      first_name: null,
      email: null,
      phone: null,
      seniority: null,
      years_of_experience: null,
      country: null,
      graduation_year: null,
      skills: [],
      open_to_work: false,
      consent_searchable: false,
    });
    expect(row.erased_at).not.toBeNull();
    const events = await t.dataSource.query(`SELECT source FROM consent_events WHERE alumnus_id = $1 ORDER BY id`, [id]);
    expect(events.map((e: { source: string }) => e.source)).toEqual(['association_import', 'self_service', 'erasure']);
    const [{ evidence }] = await t.dataSource.query(`SELECT count(*)::int AS evidence FROM consent_evidence WHERE alumnus_id = $1`, [id]);
    expect(evidence).toBe(0);
    const [{ links }] = await t.dataSource.query(`SELECT count(*)::int AS links FROM alumni_magic_links WHERE alumnus_id = $1`, [id]);
    expect(links).toBe(0);
    const [{ live }] = await t.dataSource.query(
      `SELECT count(*)::int AS live FROM alumni_sessions WHERE alumnus_id = $1 AND revoked_at IS NULL`,
      [id],
    );
    expect(live).toBe(0);

    // The session is dead, the admin sees nothing, and a new magic link request finds no one.
    await t.http().get('/v1/me').set(bearer(session)).expect(401);
    await t.http().get(`/v1/associations/${association.id}/alumni/${id}`).set(bearer(association.key)).expect(404);
  });

  it('does not import an erased alumnus again under the same externalId, in that association', async () => {
    const a = await newAssociation(t);
    const b = await newAssociation(t);
    const person = { externalId: 'gone-1', firstName: 'Margaux', lastName: 'Lefort', email: 'margaux.lefort@alumni.example' };
    expect((await importAlumni(t, a, [person])).created).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = 'gone-1'`, [a.id]);
    await t.http().delete(`/v1/associations/${a.id}/alumni/${id}`).set(bearer(a.key)).expect(204);

    const again = await importAlumni(t, a, [person, { ...person, externalId: 'kept-1', email: 'other.person@alumni.example' }]);
    expect(again).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(again.failed).toEqual([
      {
        row: 1,
        externalId: 'gone-1',
        errors: [{ field: 'externalId', message: 'belongs to an alumnus who erased their data; it is not imported again' }],
      },
    ]);
    const rows = await t.dataSource.query(
      `SELECT external_id, erased_at IS NOT NULL AS erased FROM alumni WHERE association_id = $1 ORDER BY external_id NULLS FIRST`,
      [a.id],
    );
    expect(rows).toEqual([
      { external_id: null, erased: true },
      { external_id: 'kept-1', erased: false },
    ]);
    // CSV goes through the same check; another association's roster is not affected.
    const csv = 'externalId,firstName,lastName,email\ngone-1,Margaux,Lefort,margaux.lefort@alumni.example\n';
    const viaCsv = await t
      .http()
      .post(`/v1/associations/${a.id}/alumni/import`)
      .set(bearer(a.key))
      .set('content-type', 'text/csv')
      .send(csv)
      .expect(200);
    expect(viaCsv.body).toMatchObject({ created: 0, failed: [{ externalId: 'gone-1' }] });
    expect((await importAlumni(t, b, [person])).created).toBe(1);
    // What is kept is a digest of the association's id for the person, not the id itself.
    const kept = await t.dataSource.query(
      `SELECT encode(external_id_sha256, 'hex') AS digest FROM erased_external_ids WHERE association_id = $1`,
      [a.id],
    );
    expect(kept).toEqual([{ digest: createHash('sha256').update('gone-1').digest('hex') }]);
  });

  it('makes an erasure wait for an import batch that is writing into the association', async () => {
    const a = await newAssociation(t);
    expect(
      (await importAlumni(t, a, [{ externalId: 'race-1', firstName: 'Noé', lastName: 'Garnier', email: 'noe.garnier@alumni.example' }]))
        .created,
    ).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1`, [a.id]);
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // What an import batch holds while it writes: one of the association's lanes.
      await runner.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-import:' || $1 || ':' || 1))`, [a.id]);
      const erasing = t
        .http()
        .delete(`/v1/associations/${a.id}/alumni/${id}`)
        .set(bearer(a.key))
        .then((r) => r.status);
      const waited = await waitFor(async () => {
        const rows = await t.dataSource.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event = 'advisory' AND query LIKE '%alumni-import%'`,
        );
        return rows.length > 0;
      });
      expect(waited).toBe(true);
      const [{ erased }] = await t.dataSource.query(`SELECT erased_at IS NOT NULL AS erased FROM alumni WHERE id = $1`, [id]);
      expect(erased).toBe(false);
      await runner.commitTransaction();
      expect(await erasing).toBe(204);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it("answers 404 to another association's admin on every alumni route", async () => {
    const a = await newAssociation(t);
    const b = await newAssociation(t);
    const result = await importAlumni(t, a, [
      { externalId: 'iso-1', firstName: 'Zoé', lastName: 'Marchand', email: 'zoe.marchand@alumni.example' },
    ]);
    expect(result.created).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1`, [a.id]);

    // Addressing association A with B's key: the association itself is not found.
    await t.http().get(`/v1/associations/${a.id}/alumni`).set(bearer(b.key)).expect(404);
    await t.http().get(`/v1/associations/${a.id}/alumni/${id}`).set(bearer(b.key)).expect(404);
    // Addressing A's alumnus through B's own association: the alumnus is not found.
    await t.http().get(`/v1/associations/${b.id}/alumni/${id}`).set(bearer(b.key)).expect(404);
    await t.http().patch(`/v1/associations/${b.id}/alumni/${id}`).set(bearer(b.key)).send({ headline: 'hacked' }).expect(404);
    await t.http().delete(`/v1/associations/${b.id}/alumni/${id}`).set(bearer(b.key)).expect(404);
    await t.http().post(`/v1/associations/${b.id}/alumni/${id}/invitations`).set(bearer(b.key)).expect(404);
    await t.http().get(`/v1/associations/${b.id}/alumni/${id}/consent-events`).set(bearer(b.key)).expect(404);
    const listB = await t.http().get(`/v1/associations/${b.id}/alumni`).set(bearer(b.key)).expect(200);
    expect(listB.body.data).toEqual([]);

    const own = await t.http().get(`/v1/associations/${a.id}/alumni/${id}`).set(bearer(a.key)).expect(200);
    expect(own.body).toMatchObject({ id, firstName: 'Zoé', headline: null, consent: { searchable: false, lapsed: false } });
    const patched = await t
      .http()
      .patch(`/v1/associations/${a.id}/alumni/${id}`)
      .set(bearer(a.key))
      .send({ headline: 'Ingénieure' })
      .expect(200);
    expect(patched.body.headline).toBe('Ingénieure');
    const list = await t.http().get(`/v1/associations/${a.id}/alumni`).set(bearer(a.key)).expect(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([id]);
  });

  it('keeps an alumnus session to its own data', async () => {
    const a = await newAssociation(t);
    await importAlumni(t, a, [
      { externalId: 'me-1', firstName: 'Inès', lastName: 'Roux', email: 'ines.roux@alumni.example' },
      { externalId: 'me-2', firstName: 'Théo', lastName: 'Blanc', email: 'theo.blanc@alumni.example' },
    ]);
    const rows = await t.dataSource.query(`SELECT id, external_id FROM alumni WHERE association_id = $1 ORDER BY external_id`, [a.id]);
    const ines = await sessionFor(t, a, rows[0].id, 'ines.roux@alumni.example');
    const me = await t.http().get('/v1/me').set(bearer(ines)).expect(200);
    expect(me.body).toMatchObject({ id: rows[0].id, firstName: 'Inès' });
    const exported = await t.http().get('/v1/me/export').set(bearer(ines)).expect(200);
    expect(JSON.stringify(exported.body)).not.toContain('theo.blanc');
    // Association routes are not for alumni sessions.
    const denied = await t.http().get(`/v1/associations/${a.id}/alumni/${rows[1].id}`).set(bearer(ines)).expect(403);
    expect(denied.body.code).toBe('forbidden');
    // Editing oneself cannot touch the email or anyone else.
    await t.http().patch('/v1/me').set(bearer(ines)).send({ email: 'other@example.org' }).expect(400);
    await t.http().patch('/v1/me').set(bearer(ines)).send({ headline: 'Avocate' }).expect(200);
    const [theo] = await t.dataSource.query(`SELECT headline FROM alumni WHERE id = $1`, [rows[1].id]);
    expect(theo.headline).toBeNull();
    // Signing out kills the token.
    await t.http().delete('/v1/me/session').set(bearer(ines)).expect(204);
    await t.http().get('/v1/me').set(bearer(ines)).expect(401);
  });

  it('uses magic links once, within 15 minutes, and answers unknown addresses exactly like known ones', async () => {
    const a = await newAssociation(t);
    await importAlumni(t, a, [{ externalId: 'ml-1', firstName: 'Loïc', lastName: 'Perrin', email: 'loic.perrin@alumni.example' }]);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1`, [a.id]);
    const [{ before }] = await t.dataSource.query(`SELECT count(*)::int AS before FROM mail_outbox`);

    const known = await t
      .http()
      .post('/v1/alumni/magic-links')
      .send({ associationSlug: a.slug, email: 'Loic.Perrin@alumni.example' })
      .expect(202);
    const unknown = await t
      .http()
      .post('/v1/alumni/magic-links')
      .send({ associationSlug: a.slug, email: 'nobody@alumni.example' })
      .expect(202);
    const wrongSlug = await t
      .http()
      .post('/v1/alumni/magic-links')
      .send({ associationSlug: 'no-such-assoc', email: 'loic.perrin@alumni.example' })
      .expect(202);
    for (const res of [known, unknown, wrongSlug]) {
      expect(res.body).toEqual({});
      expect(res.text).toBe('');
    }
    await t.app.get(AlumniAuthService).settled();
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM mail_outbox`);
    expect(after - before).toBe(1);

    const token = await latestMagicLinkToken(t, id);
    expect(token).toMatch(/^pas_mlk_[A-Za-z0-9_-]{43}$/);
    const [{ stored }] = await t.dataSource.query(`SELECT count(*)::int AS stored FROM alumni_magic_links WHERE alumnus_id = $1`, [id]);
    expect(stored).toBe(1);
    const hashes = await t.dataSource.query(`SELECT token_hash::text AS h FROM alumni_magic_links`);
    expect(JSON.stringify(hashes)).not.toContain(token.slice(8));

    const session = await t.http().post('/v1/alumni/sessions').send({ token }).expect(201);
    expect(session.body.sessionToken).toMatch(/^pas_ses_[A-Za-z0-9_-]{43}$/);
    expect(new Date(session.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const replay = await t.http().post('/v1/alumni/sessions').send({ token }).expect(401);
    expect(replay.body.code).toBe('invalid_magic_link');

    // Expired links do not open a session either.
    await t.http().post('/v1/alumni/magic-links').send({ associationSlug: a.slug, email: 'loic.perrin@alumni.example' }).expect(202);
    const second = await latestMagicLinkToken(t, id);
    await t.dataSource.query(
      `UPDATE alumni_magic_links SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND alumnus_id = $1`,
      [id],
    );
    await t.http().post('/v1/alumni/sessions').send({ token: second }).expect(401);
    await t.http().post('/v1/alumni/sessions').send({ token: 'pas_mlk_short' }).expect(400);

    // Concurrent exchanges of one fresh link: exactly one session.
    await t.http().post('/v1/alumni/magic-links').send({ associationSlug: a.slug, email: 'loic.perrin@alumni.example' }).expect(202);
    const third = await latestMagicLinkToken(t, id);
    const results = await Promise.all(Array.from({ length: 5 }, () => t.http().post('/v1/alumni/sessions').send({ token: third })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 401, 401, 401, 401]);

    // Nothing secret or personal reached the logs.
    const logs = t.logs.join('\n');
    expect(logs).not.toMatch(/pas_(mlk|ses)_[A-Za-z0-9_-]{20,}/);
    expect(logs).not.toContain('loic.perrin');
    expect(logs).not.toContain(session.body.sessionToken);
  });
});

describe('alumni entities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
  });
  afterAll(() => t.close());

  it('map the alumni and consent tables for other features', async () => {
    const { AlumnusEntity } = await import('../src/alumni/alumnus.entity');
    const { ConsentEventEntity } = await import('../src/alumni/consent-event.entity');
    const association = await newAssociation(t);
    await importAlumni(t, association, [
      {
        externalId: 'e-1',
        firstName: 'Amélie',
        lastName: 'Faure',
        email: 'amelie@alumni.example',
        skills: ['SQL'],
        consentSearchable: true,
        consentCollectedAt: '2026-05-01T00:00:00Z',
        consentTermsVersion: 'v1',
        consentProofReference: 'p',
      },
    ]);
    const alumnus = await t.dataSource.getRepository(AlumnusEntity).findOneByOrFail({ associationId: association.id });
    expect(alumnus).toMatchObject({ firstName: 'Amélie', skills: ['SQL'], consentSearchable: true, openToWork: false });
    const events = await t.dataSource.getRepository(ConsentEventEntity).findBy({ alumnusId: alumnus.id });
    expect(events).toEqual([expect.objectContaining({ source: 'association_import', searchable: true, termsVersion: 'v1' })]);
  });
});

/** Polls `check` every 20 ms for up to 5 s; true once it holds. */
async function waitFor(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 250; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
