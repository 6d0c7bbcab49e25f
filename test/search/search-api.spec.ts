import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { ReconfirmationService } from '../../src/alumni/reconfirmation.service';
import { SearchImpressions } from '../../src/search/search-impressions.service';
import { newAlumnus, sessionFor } from '../support/alumni-factories';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const FORBIDDEN = ['firstName', 'lastName', 'email', 'phone', 'currentCompany', 'linkedinUrl', 'bio', 'externalId'];

describe('GET /v1/search', () => {
  let t: TestApp;
  let association: AssociationFixture;
  let org: OrgFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
    association = await newAssociation(t, { recruiterAccess: 'open' });
    org = await newOrg(t);
  });
  afterAll(() => t.close());

  const search = (query: Record<string, unknown>, key = org.key) => t.http().get('/v1/search').query(query).set(bearer(key));
  /** Ids found for a word, and the city facet's count for `city`. */
  async function found(word: string, city: string, key = org.key): Promise<{ ids: string[]; cityCount: number }> {
    const res = await search({ q: word, facets: 'city,associationId' }, key).expect(200);
    return { ids: res.body.data.map((p: { alumnusId: string }) => p.alumnusId), cityCount: res.body.facets.city?.[city] ?? 0 };
  }
  /** A consenting alumnus whose headline holds a word no other test uses. */
  async function tagged(assoc = association, consent: 'searchable' | 'all' = 'all') {
    // Random letters: typo tolerance and prefix matching would link sequential ids.
    const word = `tag${Array.from(randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
    const city = `City${word}`;
    const a = await newAlumnus(t, assoc, consent, { headline: `Engineer ${word}`, city });
    return { ...a, word, city };
  }

  it('finds a consenting alumnus, returns previews only, and counts one impression per search', async () => {
    const a = await tagged();
    const res = await search({ q: a.word, facets: ['city', 'skills'] }).expect(200);
    expect(res.body).toMatchObject({ estimatedTotal: 1, totalCapped: false, nextCursor: null });
    expect(res.body.data).toHaveLength(1);
    const [preview] = res.body.data;
    expect(preview).toMatchObject({ alumnusId: a.id, associationId: association.id, city: a.city, level: 'preview' });
    for (const field of FORBIDDEN) expect(preview).not.toHaveProperty(field);
    expect(JSON.stringify(res.body)).not.toContain('Durand');
    expect(res.body.facets.city).toEqual({ [a.city]: 1 });
    await search({ q: a.word }).expect(200);
    // Impressions are buffered off the request path and written every second; flush now.
    await t.app.get(SearchImpressions).flush();
    const [row] = await t.dataSource.query(`SELECT count FROM search_impressions WHERE alumnus_id = $1`, [a.id]);
    expect(row.count).toBe(2);
  });

  it('consent withdrawal removes the alumnus from hits and facets on the next request; consent brings it back', async () => {
    const a = await tagged();
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    await t.http().delete('/v1/me/consent').set(bearer(session)).expect(200);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(session))
      .send({ searchable: true, unlockable: false, contactable: false, termsVersion: '2026-01' })
      .expect(200);
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });
  });

  it('a lapsed consent is hidden at once, the lapse job drops the document, reconfirming brings it back', async () => {
    const old = await newAlumnus(t, association, 'all', { headline: 'Lapsed oldconsentword' }, new Date(Date.now() - 3 * 365 * 86_400_000));
    expect((await found('oldconsentword', 'Lyon')).ids).toEqual([]);
    const a = await tagged();
    // Time passes: the consent and the indexed reference both become older than 24 months.
    await t.dataSource.query(`UPDATE alumni SET consent_given_at = now() - interval '25 months' WHERE id = $1`, [a.id]);
    await t.dataSource.query(`UPDATE search_documents SET last_confirmed_at = now() - interval '25 months' WHERE alumnus_id = $1`, [a.id]);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });
    expect(await t.app.get(ReconfirmationService).removeLapsedFromSearch()).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query(`SELECT 1 FROM search_documents WHERE alumnus_id = $1`, [a.id])).toHaveLength(0);
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    await t.http().patch('/v1/me').set(bearer(session)).send({ openToWork: true }).expect(200);
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });
    expect(old.id).toBeDefined();
  });

  it('an alumnus-level block hides the alumnus from that org only; unblocking shows it again', async () => {
    const a = await tagged();
    const other = await newOrg(t);
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    await t.http().post(`/v1/me/blocked-orgs/${org.id}`).set(bearer(session)).expect(204);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });
    expect(await found(a.word, a.city, other.key)).toEqual({ ids: [a.id], cityCount: 1 });
    await t.http().delete(`/v1/me/blocked-orgs/${org.id}`).set(bearer(session)).expect(204);
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });
  });

  it('re-checks every hit against the database even when the projection has not seen a change', async () => {
    const a = await tagged();
    // A block written behind the projection's back: the document still says "not blocked".
    await t.dataSource.query(`INSERT INTO alumnus_blocked_orgs (alumnus_id, org_id) VALUES ($1, $2)`, [a.id, org.id]);
    const text = await search({ q: a.word }).expect(200);
    expect(text.body.data).toEqual([]);
    const filtered = await search({ cities: a.city, sort: 'lastConfirmedAt' }).expect(200);
    expect(filtered.body.data).toEqual([]);
    const dated = await search({ q: a.word, sort: 'graduationYear' }).expect(200);
    expect(dated.body.data).toEqual([]);
    await t.dataSource.query(`DELETE FROM alumnus_blocked_orgs WHERE alumnus_id = $1`, [a.id]);
    expect((await search({ cities: a.city }).expect(200)).body.data.map((p: { alumnusId: string }) => p.alumnusId)).toEqual([a.id]);
  });

  it('a buffered impression of an alumnus erased before the flush is not written', async () => {
    const a = await tagged();
    await search({ q: a.word }).expect(200);
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    await t.http().delete('/v1/me').set(bearer(session)).expect(204);
    await t.app.get(SearchImpressions).flush();
    expect(await t.dataSource.query(`SELECT 1 FROM search_impressions WHERE alumnus_id = $1`, [a.id])).toHaveLength(0);
  });

  it('an association block, a closed association and an unapproved org see nothing; lifting the cause restores it', async () => {
    const assoc = await newAssociation(t, { recruiterAccess: 'open' });
    const a = await tagged(assoc);
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });

    await t.http().post(`/v1/associations/${assoc.id}/blocked-orgs`).set(bearer(assoc.key)).send({ orgId: org.id }).expect(201);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });
    await t.http().delete(`/v1/associations/${assoc.id}/blocked-orgs/${org.id}`).set(bearer(assoc.key)).expect(204);
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });

    await t.http().patch(`/v1/associations/${assoc.id}`).set(bearer(assoc.key)).send({ recruiterAccess: 'closed' }).expect(200);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });

    await t.http().patch(`/v1/associations/${assoc.id}`).set(bearer(assoc.key)).send({ recruiterAccess: 'approval' }).expect(200);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });
    const request = await t.http().post(`/v1/associations/${assoc.id}/access-requests`).set(bearer(org.key)).send({}).expect(201);
    expect(await found(a.word, a.city)).toEqual({ ids: [], cityCount: 0 });
    await t.http().post(`/v1/associations/${assoc.id}/access-requests/${request.body.id}/approve`).set(bearer(assoc.key)).expect(200);
    expect(await found(a.word, a.city)).toEqual({ ids: [a.id], cityCount: 1 });
  });

  it('admin edits and erasure reach the index in the same transaction', async () => {
    const a = await tagged();
    const renamed = `${a.word}x`;
    await t
      .http()
      .patch(`/v1/associations/${association.id}/alumni/${a.id}`)
      .set(bearer(association.key))
      .send({ headline: `Chef ${renamed}` })
      .expect(200);
    expect((await found(renamed, a.city)).ids).toEqual([a.id]);
    await t.http().delete(`/v1/associations/${association.id}/alumni/${a.id}`).set(bearer(association.key)).expect(204);
    expect(await found(renamed, a.city)).toEqual({ ids: [], cityCount: 0 });
    expect(await t.dataSource.query(`SELECT 1 FROM search_documents WHERE alumnus_id = $1`, [a.id])).toHaveLength(0);
    expect(await t.dataSource.query(`SELECT 1 FROM search_words WHERE word = $1`, [renamed])).toHaveLength(0);
  });

  it('ignores accents and case, and tolerates a typo', async () => {
    const assoc = await newAssociation(t, { recruiterAccess: 'open' });
    const ecole = await newAlumnus(t, assoc, 'searchable', { headline: 'Directrice École Polytechnique', skills: ['JavaScript'] });
    const sg = await newAlumnus(t, assoc, 'searchable', { headline: 'Analyste Société Générale' });
    const scoped = (q: string) =>
      search({ q, associationIds: assoc.id })
        .expect(200)
        .then((r) => r.body.data.map((p: { alumnusId: string }) => p.alumnusId));
    expect(await scoped('ecole')).toEqual([ecole.id]);
    expect(await scoped('ÉCOLE')).toEqual([ecole.id]);
    expect(await scoped('societe generale')).toEqual([sg.id]);
    expect(await scoped('javscript')).toEqual([ecole.id]);
  });

  it('filters, sorts and pages with a cursor', async () => {
    const assoc = await newAssociation(t, { recruiterAccess: 'open' });
    const ids: string[] = [];
    for (const year of [2010, 2015, 2020])
      ids.push((await newAlumnus(t, assoc, 'searchable', { graduationYear: year, openToWork: year > 2012 })).id);
    const first = await search({
      associationIds: assoc.id,
      sort: 'graduationYear',
      limit: 2,
      graduationYearMin: 2011,
      openToWork: 'true',
      facets: 'graduationYear',
    }).expect(200);
    expect(first.body.data.map((p: { alumnusId: string }) => p.alumnusId)).toEqual([ids[2], ids[1]]);
    expect(first.body.facets.graduationYear).toEqual({ '2015': 1, '2020': 1 });
    expect(first.body.nextCursor).toBeNull();
    const paged = await search({ associationIds: [assoc.id], sort: 'graduationYear', limit: 1 }).expect(200);
    expect(paged.body.data[0].alumnusId).toBe(ids[2]);
    const next = await search({ associationIds: [assoc.id], sort: 'graduationYear', limit: 1, cursor: paged.body.nextCursor }).expect(200);
    expect(next.body.data[0].alumnusId).toBe(ids[1]);
  });

  it('refuses invalid parameters with a 400 naming the parameter', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ limit: ['1', '2'] }, 'limit'],
      [{ sort: 'foo' }, 'sort'],
      [{ sort: ['relevance', 'graduationYear'] }, 'sort'],
      [{ graduationYearMin: 'abc' }, 'graduationYearMin'],
      [{ graduationYearMax: '1800' }, 'graduationYearMax'],
      [{ facets: 'firstName' }, 'facets'],
      [{ q: 'x'.repeat(201) }, 'q'],
      [{ q: ['a', 'b'] }, 'q'],
      [{ openToWork: 'yes' }, 'openToWork'],
      [{ skills: Array.from({ length: 21 }, (_, i) => `s${i}`).join(',') }, 'skills'],
      [{ cities: 'x'.repeat(101) }, 'cities'],
      [{ associationIds: "1' OR '1'='1" }, 'associationIds'],
      [{ cursor: "'; DROP TABLE alumni; --" }, 'cursor'],
      [{ email: 'a@b.c' }, 'email'],
    ];
    for (const [query, field] of cases) {
      const res = await search(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // SQL in free text and filter values is only ever a value.
    const injected = await search({ q: "'; DROP TABLE alumni; --", cities: "Lyon' OR 1=1 --" }).expect(200);
    expect(injected.body.data).toEqual([]);
    await search({}).expect(200);
  });

  it('never answers 5xx to random strings in any parameter', async () => {
    const params = [
      'q',
      'associationIds',
      'programs',
      'degreeLevels',
      'graduationYearMin',
      'graduationYearMax',
      'skills',
      'industries',
      'countries',
      'cities',
      'seniorities',
      'languages',
      'openToWork',
      'sort',
      'limit',
      'cursor',
      'facets',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...params),
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 }), fc.array(fc.string(), { maxLength: 3 })),
        async (param, value) => {
          const res = await search({ [param]: value });
          expect([200, 400]).toContain(res.status);
          if (res.status === 400) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(param);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('needs a recruiter key with search:read', async () => {
    await t.http().get('/v1/search').expect(401);
    await t.http().get('/v1/search').set(bearer(association.key)).expect(403);
  });
});
