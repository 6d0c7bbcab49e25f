import Stripe from 'stripe';
import { revenueCsv } from '../../src/revenue/revenue-csv';
import { RevenueReportDto } from '../../src/revenue/dto/revenue.dto';
import { FakeStripe } from '../fakes/fake-stripe';
import { alumnusRow, importAlumni } from '../support/alumni-factories';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const WEBHOOK_SECRET = 'whsec_bad_input';
const signer = new Stripe('sk_test_signer');

/** Inputs that used to reach PostgreSQL or the stack unchecked and answered 500 (or stored garbage). */
describe('bad input is refused with a 4xx problem, never a 500', () => {
  let t: TestApp;
  let fake: FakeStripe;
  let association: AssociationFixture;
  let org: OrgFixture;

  beforeAll(async () => {
    fake = new FakeStripe();
    const url = await fake.start();
    t = await createTestApp({
      env: { STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_URL: url, BACKGROUND_JOBS: 'false' },
    });
    association = await newAssociation(t, { recruiterAccess: 'open' });
    org = await newOrg(t);
  });
  afterAll(async () => {
    if (process.env.DEBUG_LOGS) for (const l of t.logs) if (l.includes('unhandled')) process.stdout.write(l.slice(0, 3000) + '\n');
    await t.close();
    await fake.stop();
  });

  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;

  describe('NUL and unpaired surrogates', () => {
    it('refuses NUL in a body field, naming the field, and stores nothing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM associations`);
      const res = await t
        .http()
        .post('/v1/associations')
        .set(bearer(t.adminKey))
        .send({ name: 'Nul\u0000led', slug: 'nul-assoc' })
        .expect(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors).toEqual([{ field: 'name', message: 'must not contain NUL (U+0000) characters' }]);
      expect(await count(`SELECT count(*)::int AS n FROM associations`)).toBe(before);
    });

    it('refuses NUL in a query string (search q) and in a nested import field', async () => {
      const search = await t.http().get('/v1/search').query({ q: 'data\u0000engineer' }).set(bearer(org.key)).expect(400);
      expect(search.body.errors).toEqual([{ field: 'q', message: 'must not contain NUL (U+0000) characters' }]);
      const rows = [alumnusRow(), alumnusRow({ program: 'MSc\u0000' })];
      const imported = await t
        .http()
        .post(`/v1/associations/${association.id}/alumni/import`)
        .set(bearer(association.key))
        .send(rows)
        .expect(400);
      expect(imported.body.errors).toEqual([{ field: '[1].program', message: 'must not contain NUL (U+0000) characters' }]);
    });

    it('refuses a NUL cell of a CSV import as a failed row, storing the others', async () => {
      const csv =
        'externalId,firstName,lastName,email,graduationYear\r\ncsv-nul-1,Ana,Lima,ana@x.example,2019\r\ncsv-nul-2,Bo\u0000b,Ray,bob@x.example,2019\r\n';
      const res = await t
        .http()
        .post(`/v1/associations/${association.id}/alumni/import`)
        .set(bearer(association.key))
        .set('content-type', 'text/csv')
        .send(csv)
        .expect(200);
      expect(res.body.created).toBe(1);
      expect(res.body.failed).toEqual([
        { row: 2, externalId: 'csv-nul-2', errors: [{ field: 'firstName', message: 'must not contain NUL (U+0000) characters' }] },
      ]);
    });

    it('refuses an unpaired surrogate instead of storing U+FFFD', async () => {
      const body = '{"name":"Lone \\ud800 surrogate","slug":"lone-surrogate"}';
      const res = await t
        .http()
        .post('/v1/associations')
        .set(bearer(t.adminKey))
        .set('content-type', 'application/json')
        .send(body)
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'name', message: 'must be valid Unicode text (no unpaired surrogates)' }]);
    });
  });

  describe('body shape before parsing', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it('refuses a deeply nested body on an unauthenticated route with 400, and /health still answers', async () => {
      const deep = `{"associationSlug":"x","email":${nested(1500)}}`;
      const res = await t.http().post('/v1/alumni/magic-links').set('content-type', 'application/json').send(deep).expect(400);
      expect(res.body.code).toBe('body_too_deep');
      await t.http().get('/health').expect(200);
    });

    it('refuses deep nesting on authenticated routes too (default depth 16), and brackets inside strings do not count', async () => {
      const res = await t
        .http()
        .patch(`/v1/associations/${association.id}`)
        .set(bearer(t.adminKey))
        .set('content-type', 'application/json')
        .send(`{"name":${nested(17)}}`)
        .expect(400);
      expect(res.body.code).toBe('body_too_deep');
      const ok = await t
        .http()
        .patch(`/v1/associations/${association.id}`)
        .set(bearer(t.adminKey))
        .send({ name: `[[[[${'{'.repeat(40)}"\\` });
      expect(ok.status).toBe(200);
    });

    it('caps the body size of unauthenticated routes (413)', async () => {
      const res = await t
        .http()
        .post('/v1/alumni/magic-links')
        .send({ associationSlug: 'x', email: `${'a'.repeat(5000)}@x.example` })
        .expect(413);
      expect(res.body.code).toBe('payload_too_large');
    });

    it('refuses invalid UTF-8 in a JSON body (400) instead of storing U+FFFD', async () => {
      const body = Buffer.concat([Buffer.from('{"name":"Bad '), Buffer.from([0xff, 0xfe]), Buffer.from(' bytes","slug":"bad-utf8"}')]);
      const res = await t
        .http()
        .post('/v1/associations')
        .set(bearer(t.adminKey))
        .set('content-type', 'application/json')
        .serialize((raw: Buffer) => raw as unknown as string)
        .send(body)
        .expect(400);
      expect(res.body).toMatchObject({ code: 'malformed_body', detail: 'The body is not valid UTF-8' });
      expect(await count(`SELECT count(*)::int AS n FROM associations WHERE slug = 'bad-utf8'`)).toBe(0);
    });

    it('accepts only the content types a route documents (415 for urlencoded)', async () => {
      const res = await t
        .http()
        .post('/v1/associations')
        .set(bearer(t.adminKey))
        .type('form')
        .send('name=Form&slug=form-assoc')
        .expect(415);
      expect(res.body.code).toBe('unsupported_media_type');
      await t.http().post('/v1/alumni/magic-links').type('form').send('associationSlug=x&email=a@b.example').expect(415);
      // The import documents text/csv as well as JSON.
      await t
        .http()
        .post(`/v1/associations/${association.id}/alumni/import`)
        .set(bearer(association.key))
        .set('content-type', 'text/plain')
        .send('externalId\r\n1\r\n')
        .expect(415);
    });
  });

  it('imports: a bad or nonexistent consentCollectedAt fails its row (with its number) and the good rows are stored', async () => {
    const a = await newAssociation(t);
    const good1 = alumnusRow({}, 'searchable', new Date('2025-06-01T10:00:00Z'));
    const year0: Record<string, unknown> = { ...alumnusRow({}, 'searchable'), consentCollectedAt: '0000-01-01' };
    const feb30: Record<string, unknown> = { ...alumnusRow({}, 'searchable'), consentCollectedAt: '2026-02-30' };
    const hour25: Record<string, unknown> = { ...alumnusRow({}, 'searchable'), consentCollectedAt: '2026-01-10T25:00:00Z' };
    const dateOnly: Record<string, unknown> = { ...alumnusRow({}, 'searchable'), consentCollectedAt: '2024-02-29' };
    const result = await importAlumni(t, a, [good1, year0, feb30, hour25, dateOnly]);
    expect(result.created).toBe(2);
    const message = 'must be an ISO 8601 date or date-time (a real day, year 1900 or later)';
    expect(result.failed).toEqual(
      [2, 3, 4].map((row, i) => ({
        row,
        externalId: [year0, feb30, hour25][i].externalId,
        errors: [{ field: 'consentCollectedAt', message }],
      })),
    );
    const stored = await t.dataSource.query(
      `SELECT e.given_at FROM consent_events e JOIN alumni al ON al.id = e.alumnus_id WHERE al.external_id = $1`,
      [dateOnly.externalId],
    );
    expect(stored.map((r: { given_at: Date }) => r.given_at.toISOString())).toEqual(['2024-02-29T00:00:00.000Z']);
  });

  it('revenue: out-of-bounds dates are a 400 naming the field', async () => {
    const res = await t
      .http()
      .get(`/v1/associations/${association.id}/revenue?from=0000-01-01&to=0000-01-31`)
      .set(bearer(association.key))
      .expect(400);
    expect(res.body.errors[0].field).toBe('from');
    await t.http().get(`/v1/platform/revenue?from=2026-01-01&to=9999-12-31`).set(bearer(t.adminKey)).expect(400);
  });

  describe('Stripe webhook', () => {
    const deliver = (payload: string, timestamp?: number) =>
      t
        .http()
        .post('/v1/webhooks/stripe')
        .set('content-type', 'application/json')
        .set('stripe-signature', signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp }))
        .send(payload);
    const event = (fields: Record<string, unknown>) =>
      JSON.stringify({
        id: `evt_${Math.random().toString(36).slice(2)}`,
        object: 'event',
        type: 'checkout.session.completed',
        data: { object: { id: 'cs_x' } },
        ...fields,
      });

    it('refuses signed events with data: null or without an id (400), storing nothing', async () => {
      const before = await count(`SELECT count(*)::int AS n FROM stripe_events`);
      const noData = await deliver(event({ data: null })).expect(400);
      expect(noData.body.code).toBe('webhook_event_invalid');
      const noId = await deliver(event({ id: undefined })).expect(400);
      expect(noId.body.code).toBe('webhook_event_invalid');
      expect(await count(`SELECT count(*)::int AS n FROM stripe_events`)).toBe(before);
    });

    it('applies the timestamp tolerance in both directions', async () => {
      const now = Math.floor(Date.now() / 1000);
      expect((await deliver(event({ type: 'ping.unknown' }), now + 3600).expect(400)).body.code).toBe('webhook_signature_invalid');
      expect((await deliver(event({ type: 'ping.unknown' }), now - 3600).expect(400)).body.code).toBe('webhook_signature_invalid');
      await deliver(event({ type: 'ping.unknown' }), now + 30).expect(200);
    });
  });
});

describe('CSV exports', () => {
  const report = (groups: string[]): RevenueReportDto =>
    ({
      rows: groups.map((group) => ({
        period: '2026-01-01',
        group,
        currency: 'eur',
        gross: 1,
        associationShare: 1,
        platformShare: 0,
        unlocks: 1,
        acceptedContacts: 0,
        refundAdjustments: 0,
      })),
    }) as unknown as RevenueReportDto;

  it('neutralises formulas after leading spaces, tabs and no-break spaces (OWASP rule on the trimmed value)', () => {
    const groups = ['=1+1', ' =HYPERLINK("x")', '\t+1', '\u00A0-2', ' \u00A0@SUM(A1)', '\rcmd', 'MSc -Data', '2019'];
    const lines = revenueCsv(report(groups)).split('\r\n').slice(1, -1);
    const cells = lines.map((line) => line.split(',')[1]);
    expect(cells).toEqual([`'=1+1`, `"' =HYPERLINK(""x"")"`, `'\t+1`, `'\u00A0-2`, `' \u00A0@SUM(A1)`, `"'\rcmd"`, 'MSc -Data', '2019']);
  });
});
