import { IMPORT_COLUMNS } from '../src/alumni/alumni-import.service';
import { generateAlumni, toCsv } from '../src/demo/alumni-generator';
import { alumnusRow, importAlumni } from './support/alumni-factories';
import { AssociationFixture, newAssociation } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('alumni import', () => {
  let t: TestApp;
  let association: AssociationFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    association = await newAssociation(t, { recruiterAccess: 'open' });
  });
  afterAll(() => t.close());

  const post = (a: AssociationFixture) => t.http().post(`/v1/associations/${a.id}/alumni/import`).set(bearer(a.key));

  it('imports 50,000 JSON rows with 1% invalid, reports each bad row, and finds all unchanged on re-import', async () => {
    const rows = generateAlumni(50_000, { prefix: 'big', invalidEvery: 100 });
    const started = Date.now();
    const first = await post(association).send(rows).expect(200);
    const seconds = (Date.now() - started) / 1000;
    expect(first.body.created).toBe(49_500);
    expect(first.body.updated).toBe(0);
    expect(first.body.unchanged).toBe(0);
    expect(first.body.failed).toHaveLength(500);
    expect(first.body.failed[0]).toEqual({ row: 100, externalId: 'big-99', errors: [{ field: 'email', message: 'must be an email address' }] });
    expect(first.body.failed.map((f: { row: number }) => f.row)).toEqual(Array.from({ length: 500 }, (_, i) => (i + 1) * 100));
    const fields = new Set(first.body.failed.flatMap((f: { errors: { field: string }[] }) => f.errors.map((e) => e.field)));
    expect([...fields].sort()).toEqual(['consentSearchable', 'country', 'email', 'graduationYear', 'lastName']);

    const [{ count, consented }] = await t.dataSource.query(
      `SELECT count(*)::int AS count, count(*) FILTER (WHERE consent_searchable)::int AS consented FROM alumni WHERE association_id = $1`,
      [association.id],
    );
    expect(count).toBe(49_500);
    const expectedConsented = rows.filter((r, i) => r.consentSearchable === true && i % 100 !== 99).length;
    expect(consented).toBe(expectedConsented);
    const [{ events }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM consent_events e JOIN alumni a ON a.id = e.alumnus_id WHERE a.association_id = $1`,
      [association.id],
    );
    expect(events).toBe(expectedConsented);

    const again = await post(association).send(rows).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 49_500 });
    expect(again.body.failed).toHaveLength(500);
    const [{ events: eventsAfter }] = await t.dataSource.query(
      `SELECT count(*)::int AS events FROM consent_events e JOIN alumni a ON a.id = e.alumnus_id WHERE a.association_id = $1`,
      [association.id],
    );
    expect(eventsAfter).toBe(events);
    process.stdout.write(`50,000-row JSON import took ${seconds.toFixed(1)} s\n`);
  }, 180_000);

  it('imports CSV, streamed, with lists separated by semicolons, and updates changed rows', async () => {
    const a = await newAssociation(t);
    const rows = generateAlumni(2_500, { prefix: 'csv', invalidEvery: 0 });
    const csv = toCsv(rows, IMPORT_COLUMNS as string[]);
    const first = await post(a).set('content-type', 'text/csv').send(csv).expect(200);
    expect(first.body).toEqual({ created: 2_500, updated: 0, unchanged: 0, failed: [] });
    const [stored] = await t.dataSource.query(`SELECT * FROM alumni WHERE association_id = $1 AND external_id = 'csv-7'`, [a.id]);
    expect(stored.skills).toEqual(rows[7].skills);
    expect(stored.first_name).toBe(rows[7].firstName);
    expect(stored.bio).toBe(rows[7].bio);

    rows[3].headline = 'Directrice générale';
    rows[4].skills = ['Rust'];
    const second = await post(a).set('content-type', 'text/csv').send(toCsv(rows, IMPORT_COLUMNS as string[])).expect(200);
    expect(second.body).toEqual({ created: 0, updated: 2, unchanged: 2_498, failed: [] });
  });

  it('rejects a CSV header with unknown or missing columns as a whole', async () => {
    const res = await post(association).set('content-type', 'text/csv').send('externalId,firstName,shoeSize\nx,y,42\n').expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'shoeSize', message: 'unknown column' },
        { field: 'lastName', message: 'required column is missing' },
      ]),
    );
  });

  it('reports bad CSV rows by data row number and keeps the good ones', async () => {
    const a = await newAssociation(t);
    const csv = [
      'externalId,firstName,lastName,email,graduationYear',
      'r1,Zoé,Martin,zoe@example.org,2019',
      'r2,Noé,Petit,noe@example.org,later',
      'r3,Anaïs,"Le Gall, de",anais@example.org',
      'r4,Tom,Hardy,tom@example.org,2001',
    ].join('\n');
    const res = await post(a).set('content-type', 'text/csv').send(csv).expect(200);
    expect(res.body.created).toBe(2);
    expect(res.body.failed).toEqual([
      { row: 2, externalId: 'r2', errors: [{ field: 'graduationYear', message: 'must be an integer' }] },
      { row: 3, externalId: 'r3', errors: [{ field: 'row', message: 'wrong number of columns' }] },
    ]);
  });

  it('accepts imported consent only with complete proof, and never lets an old proof override a later choice', async () => {
    const a = await newAssociation(t);
    const noProof = alumnusRow({ consentSearchable: true, consentUnlockable: true });
    const partial = alumnusRow({ consentSearchable: true, consentCollectedAt: '2026-01-01T00:00:00Z' });
    const proven = alumnusRow({}, 'all', new Date('2026-02-01T00:00:00Z'));
    const result = await importAlumni(t, a, [noProof, partial, proven]);
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(result.failed).toEqual([
      {
        row: 2,
        externalId: partial.externalId,
        errors: [
          { field: 'consentTermsVersion', message: 'is required with the other consent proof fields' },
          { field: 'consentProofReference', message: 'is required with the other consent proof fields' },
        ],
      },
    ]);
    const consent = async (externalId: unknown) =>
      (await t.dataSource.query(`SELECT consent_searchable AS s, consent_unlockable AS u FROM alumni WHERE association_id = $1 AND external_id = $2`, [a.id, externalId]))[0];
    expect(await consent(noProof.externalId)).toEqual({ s: false, u: false });
    expect(await consent(proven.externalId)).toEqual({ s: true, u: true });
    const [evidence] = await t.dataSource.query(
      `SELECT v.proof_reference, e.source, e.terms_version FROM consent_evidence v JOIN consent_events e ON e.id = v.consent_event_id
         JOIN alumni a ON a.id = v.alumnus_id WHERE a.external_id = $1`,
      [proven.externalId],
    );
    expect(evidence).toEqual({ proof_reference: proven.consentProofReference, source: 'association_import', terms_version: 'assoc-2025' });

    // The alumnus withdraws (a later self-service event); re-importing the old proof with other data must not re-grant.
    const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE external_id = $1`, [proven.externalId]);
    await t.dataSource.query(
      `INSERT INTO consent_events (alumnus_id, searchable, unlockable, contactable, source, given_at) VALUES ($1, false, false, false, 'self_service', now())`,
      [id],
    );
    const again = await importAlumni(t, a, [{ ...proven, headline: 'Changed' }]);
    expect(again).toMatchObject({ updated: 1 });
    expect(await consent(proven.externalId)).toEqual({ s: false, u: false });
  });

  it('rejects duplicate externalIds within one import, non-arrays, and other associations', async () => {
    const a = await newAssociation(t);
    const b = await newAssociation(t);
    const row = alumnusRow();
    const res = await importAlumni(t, a, [row, { ...row, firstName: 'Autre' }]);
    expect(res).toMatchObject({ created: 1 });
    expect(res.failed).toEqual([{ row: 2, externalId: row.externalId, errors: [{ field: 'externalId', message: 'appears twice in this import' }] }]);
    await post(a).send({ not: 'an array' }).expect(400);
    await t.http().post(`/v1/associations/${b.id}/alumni/import`).set(bearer(a.key)).send([alumnusRow()]).expect(404);
  });
});
