import { IMPORT_COLUMNS } from '../src/alumni/alumni-import.service';
import { SearchProjection } from '../src/search/search-projection.service';
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
    expect(first.body.failed[0]).toEqual({
      row: 100,
      externalId: 'big-99',
      errors: [{ field: 'email', message: 'must be an email address' }],
    });
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
    const second = await post(a)
      .set('content-type', 'text/csv')
      .send(toCsv(rows, IMPORT_COLUMNS as string[]))
      .expect(200);
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
      (
        await t.dataSource.query(
          `SELECT consent_searchable AS s, consent_unlockable AS u FROM alumni WHERE association_id = $1 AND external_id = $2`,
          [a.id, externalId],
        )
      )[0];
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
    expect(res.failed).toEqual([
      { row: 2, externalId: row.externalId, errors: [{ field: 'externalId', message: 'appears twice in this import' }] },
    ]);
    await post(a).send({ not: 'an array' }).expect(400);
    await t.http().post(`/v1/associations/${b.id}/alumni/import`).set(bearer(a.key)).send([alumnusRow()]).expect(404);
  });
  /** The association's search documents and dictionary, in a comparable form. */
  const projection = async (associationId: string) => ({
    documents: await t.dataSource.query(
      `SELECT d.alumnus_id, d.association_id, d.blocked_org_ids, d.headline, d.industry, d.seniority, d.years_of_experience,
              d.city, d.country, d.skills, d.languages, d.program, d.degree_level, d.graduation_year, d.open_to_work,
              d.last_confirmed_at, d.search_text::text AS search_text
         FROM search_documents d WHERE d.association_id = $1 ORDER BY d.alumnus_id`,
      [associationId],
    ),
    missingWords: (
      await t.dataSource.query(
        `SELECT DISTINCT w FROM search_documents d, unnest(tsvector_to_array(d.search_text)) AS w
          WHERE d.association_id = $1 AND NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w)`,
        [associationId],
      )
    ).length,
  });

  it('keeps the search projection equal to a full refresh through first import, changes and re-import', async () => {
    const a = await newAssociation(t);
    const rows = generateAlumni(3_500, { prefix: 'proj', invalidEvery: 0, consentShare: 0.7 });
    expect(await importAlumni(t, a, rows)).toEqual({ created: 3_500, updated: 0, unchanged: 0, failed: [] });
    const alumniIds = (await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1`, [a.id])).map(
      (r: { id: string }) => r.id,
    );

    // Changes that move documents in and out of the index, change indexed fields, or change only unindexed ones.
    rows[1].headline = 'Chef de projet données';
    rows[2].skills = ['Rust', 'Go'];
    rows[3].bio = 'Only the bio changed: the document stays as it is.';
    const consented = rows.findIndex((r, i) => i > 3 && r.consentSearchable === true);
    Object.assign(rows[consented], { headline: 'Ingénieure', city: 'Nantes' });
    const updated = await importAlumni(t, a, rows);
    expect(updated).toEqual({ created: 0, updated: 4, unchanged: 3_496, failed: [] });
    const afterImport = await projection(a.id);
    expect(afterImport.documents.length).toBeGreaterThan(2_000);
    expect(afterImport.missingWords).toBe(0);

    // A full refresh rebuilds every document from the rows: it must find nothing to change.
    await t.dataSource.transaction((manager) => t.app.get(SearchProjection).refresh(manager, alumniIds));
    expect(await projection(a.id)).toEqual(afterImport);

    const again = await importAlumni(t, a, rows);
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 3_500, failed: [] });
    expect(await projection(a.id)).toEqual(afterImport);
  }, 60_000);

  it('refuses the second occurrence of an externalId in another batch and writes the first one whole', async () => {
    const a = await newAssociation(t);
    const rows = generateAlumni(2_600, { prefix: 'twice', invalidEvery: 0 });
    // Row 2,501 (third batch) repeats row 11 (first batch) with other values.
    rows[2_500] = { ...rows[10], headline: 'Second occurrence' };
    const result = await importAlumni(t, a, rows);
    expect(result).toEqual({
      created: 2_599,
      updated: 0,
      unchanged: 0,
      failed: [{ row: 2_501, externalId: 'twice-10', errors: [{ field: 'externalId', message: 'appears twice in this import' }] }],
    });
    const [stored] = await t.dataSource.query(`SELECT headline FROM alumni WHERE association_id = $1 AND external_id = 'twice-10'`, [a.id]);
    expect(stored.headline).toBe(rows[10].headline);
  }, 60_000);

  it('leaves no half-written row when the database refuses a row mid-import: no alumnus, consent or document for it', async () => {
    const a = await newAssociation(t);
    const rows = Array.from({ length: 2_200 }, (_, i) =>
      alumnusRow({ externalId: `mid-${i}`, headline: i === 1_500 ? 'Refused by the index' : 'Data engineer' }, 'searchable'),
    );
    // The search projection refuses one document: its row was already inserted and its consent
    // appended in the same transaction, so only a rollback keeps them out.
    await t.dataSource.query(`
      CREATE FUNCTION test_refuse_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.headline = 'Refused by the index' THEN RAISE EXCEPTION 'refused'; END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER test_refuse_document BEFORE INSERT OR UPDATE ON search_documents FOR EACH ROW EXECUTE FUNCTION test_refuse_document()`,
    );
    try {
      const result = await importAlumni(t, a, rows);
      expect(result).toEqual({
        created: 2_199,
        updated: 0,
        unchanged: 0,
        failed: [{ row: 1_501, externalId: 'mid-1500', errors: [{ field: 'row', message: 'refused by the database' }] }],
      });
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_refuse_document ON search_documents`);
      await t.dataSource.query(`DROP FUNCTION test_refuse_document()`);
    }
    const [counts] = await t.dataSource.query(
      `SELECT count(*)::int AS alumni,
              count(*) FILTER (WHERE a.external_id = 'mid-1500')::int AS refused,
              (SELECT count(*)::int FROM consent_events e JOIN alumni x ON x.id = e.alumnus_id WHERE x.association_id = $1) AS events,
              (SELECT count(*)::int FROM consent_evidence v JOIN alumni x ON x.id = v.alumnus_id WHERE x.association_id = $1) AS evidence,
              (SELECT count(*)::int FROM search_documents d WHERE d.association_id = $1) AS documents
         FROM alumni a WHERE a.association_id = $1`,
      [a.id],
    );
    expect(counts).toEqual({ alumni: 2_199, refused: 0, events: 2_199, evidence: 2_199, documents: 2_199 });
  }, 60_000);

  it('runs two imports of overlapping rows into one association at once without a deadlock or a lost row', async () => {
    const a = await newAssociation(t);
    const rows = generateAlumni(4_000, { prefix: 'both', invalidEvery: 0 });
    const reversed = [...rows].reverse().map((r) => ({ ...r, headline: 'From the second import' }));
    const [first, second] = await Promise.all([importAlumni(t, a, rows), importAlumni(t, a, reversed)]);
    expect(first.failed).toEqual([]);
    expect(second.failed).toEqual([]);
    // Every row is created by one import and then updated or left alone by the other.
    expect(first.created + second.created).toBe(4_000);
    expect(first.created + first.updated + first.unchanged).toBe(4_000);
    expect(second.created + second.updated + second.unchanged).toBe(4_000);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM alumni WHERE association_id = $1`, [a.id]);
    expect(count).toBe(4_000);
    const ids = (await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1`, [a.id])).map((r: { id: string }) => r.id);
    const before = await projection(a.id);
    await t.dataSource.transaction((manager) => t.app.get(SearchProjection).refresh(manager, ids));
    expect(await projection(a.id)).toEqual(before);
  }, 120_000);
});
