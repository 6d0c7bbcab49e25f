import { ContactsService } from '../src/contacts/contacts.service';
import { newAlumnus, sessionFor } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';

const BODY = {
  jobTitle: 'Data engineer',
  message: 'Hello, would you like to talk?',
  salaryMinMinor: 5_000_000,
  salaryMaxMinor: 6_500_000,
  currency: 'eur',
};

describe('contact requests', () => {
  let t: TestApp;
  let contacts: ContactsService;
  let association: AssociationFixture;

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false', LOT_EXPIRY_INTERVAL_SECONDS: '0' } });
    contacts = t.app.get(ContactsService);
    // 75 % share, a contact costs 2 credits.
    association = await newAssociation(t, { recruiterAccess: 'open' });
    await t.dataSource.query(`UPDATE associations SET revenue_share_bps = 7500, contact_price_credits = 2 WHERE id = $1`, [association.id]);
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(() => t.close());

  /** An org holding 10 credits bought for 10.00 € (100 cents per credit). */
  async function fundedOrg(credits = 10, paid = 1000): Promise<OrgFixture> {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits, amountPaidMinor: paid }).expect(201);
    return org;
  }
  async function contactableAlumnus(fields: Record<string, unknown> = {}) {
    const a = await newAlumnus(t, association, 'all', { program: 'MSc Finance', graduationYear: 2015, ...fields });
    const session = await sessionFor(t, association, a.id, a.row.email as string);
    return { ...a, session };
  }
  const send = (org: OrgFixture, alumnusId: string, body: Record<string, unknown> = BODY, key?: string) => {
    const req = t.http().post(`/v1/profiles/${alumnusId}/contact-requests`).set(bearer(org.key));
    if (key) req.set('idempotency-key', key);
    return req.send(body);
  };
  const wallet = async (org: OrgFixture) => (await t.http().get('/v1/wallet').set(bearer(org.key)).expect(200)).body;
  const revenueFor = (id: string) =>
    t.dataSource.query(
      `SELECT kind, credits::int, gross_minor::int AS gross, association_share_minor::int AS share, platform_share_minor::int AS platform,
              revenue_share_bps, program, graduation_year FROM revenue_entries WHERE reference = $1`,
      [`contact:${id}`],
    );

  it('holds the contact price at send; accept consumes it, recognises revenue and shares the email with that org only', async () => {
    const org = await fundedOrg();
    const other = await fundedOrg();
    const a = await contactableAlumnus();
    const res = await send(org, a.id).expect(201);
    expect(res.body).toMatchObject({ creditsHeld: 2, balance: 8, heldCredits: 2 });
    expect(res.body.contactRequest).toMatchObject({ status: 'open', credits: 2, alumnusEmail: null, ...BODY });
    const id = res.body.contactRequest.id;
    expect(await wallet(org)).toMatchObject({ balance: 8, heldCredits: 2 });

    const mine = await t.http().get('/v1/me/contact-requests').set(bearer(a.session)).expect(200);
    expect(mine.body.data).toHaveLength(1);
    expect(mine.body.data[0]).toMatchObject({ id, orgId: org.id, status: 'open', jobTitle: BODY.jobTitle });
    expect(mine.body.data[0].orgName).toMatch(/^Org /);

    const accepted = await t.http().post(`/v1/me/contact-requests/${id}/accept`).set(bearer(a.session)).expect(200);
    expect(accepted.body).toMatchObject({ id, status: 'accepted' });
    expect(await wallet(org)).toMatchObject({ balance: 8, heldCredits: 0 });
    expect(await revenueFor(id)).toEqual([
      {
        kind: 'contact',
        credits: 2,
        gross: 200,
        share: 150,
        platform: 50,
        revenue_share_bps: 7500,
        program: 'MSc Finance',
        graduation_year: 2015,
      },
    ]);

    const orgView = await t.http().get('/v1/contact-requests').set(bearer(org.key)).expect(200);
    expect(orgView.body.data[0]).toMatchObject({ id, status: 'accepted', alumnusEmail: a.row.email });
    const otherView = await t.http().get('/v1/contact-requests').set(bearer(other.key)).expect(200);
    expect(otherView.body.data).toEqual([]);

    // Repeating is idempotent; declining an accepted request is refused.
    await t.http().post(`/v1/me/contact-requests/${id}/accept`).set(bearer(a.session)).expect(200);
    const late = await t.http().post(`/v1/me/contact-requests/${id}/decline`).set(bearer(a.session)).expect(409);
    expect(late.body.code).toBe('contact_request_not_open');
    expect(await revenueFor(id)).toHaveLength(1);

    // Once the alumnus blocks the org, the org no longer sees the email it was given.
    await t.http().post(`/v1/me/blocked-orgs/${org.id}`).set(bearer(a.session)).expect(204);
    const blockedView = await t.http().get('/v1/contact-requests').set(bearer(org.key)).expect(200);
    expect(blockedView.body.data[0]).toMatchObject({ id, status: 'accepted', alumnusEmail: null });
    expect(JSON.stringify(blockedView.body)).not.toContain(String(a.row.email));
    await t.http().delete(`/v1/me/blocked-orgs/${org.id}`).set(bearer(a.session)).expect(204);
    expect((await t.http().get('/v1/contact-requests').set(bearer(org.key)).expect(200)).body.data[0].alumnusEmail).toBe(a.row.email);

    // The alumnus's export holds the request, its message and who sent it.
    const exported = await t.http().get('/v1/me/export').set(bearer(a.session)).expect(200);
    expect(exported.body.contactRequests).toEqual([
      expect.objectContaining({
        id,
        orgId: org.id,
        status: 'accepted',
        message: BODY.message,
        jobTitle: BODY.jobTitle,
        salaryMaxMinor: 6_500_000,
      }),
    ]);
    expect(exported.body.contactRequests[0].decidedAt).not.toBeNull();

    // The alumnus's access log names the org and what the association earned.
    const log = await t.http().get('/v1/me/access-log').set(bearer(a.session)).expect(200);
    expect(log.body.data[0]).toMatchObject({
      kind: 'contact_request',
      orgId: org.id,
      associationEarnedMinor: 150,
      associationEarnedCurrency: 'eur',
    });
  });

  it('decline releases the held credits and recognises nothing', async () => {
    const org = await fundedOrg();
    const a = await contactableAlumnus();
    const id = (await send(org, a.id).expect(201)).body.contactRequest.id;
    const res = await t.http().post(`/v1/me/contact-requests/${id}/decline`).set(bearer(a.session)).expect(200);
    expect(res.body.status).toBe('declined');
    expect(await wallet(org)).toMatchObject({ balance: 10, heldCredits: 0 });
    expect(await revenueFor(id)).toEqual([]);
    const orgView = await t.http().get('/v1/contact-requests').set(bearer(org.key)).expect(200);
    expect(orgView.body.data[0]).toMatchObject({ status: 'declined', alumnusEmail: null });
    // Declined: a new request may be sent.
    await send(org, a.id).expect(201);
  });

  it('expiry after CONTACT_REQUEST_TTL_DAYS releases the credits; accepting afterwards is refused', async () => {
    const org = await fundedOrg();
    const a = await contactableAlumnus();
    const id = (await send(org, a.id).expect(201)).body.contactRequest.id;
    const [{ days }] = await t.dataSource.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days FROM contact_requests WHERE id = $1`,
      [id],
    );
    expect(days).toBe(14);
    expect(await contacts.expireDue()).toBe(0);
    await t.dataSource.query(`UPDATE contact_requests SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    const refused = await t.http().post(`/v1/me/contact-requests/${id}/accept`).set(bearer(a.session)).expect(409);
    expect(refused.body.code).toBe('contact_request_not_open');
    expect(await contacts.expireDue()).toBe(1);
    expect(await contacts.expireDue()).toBe(0);
    expect(await wallet(org)).toMatchObject({ balance: 10, heldCredits: 0 });
    const [{ status }] = await t.dataSource.query(`SELECT status FROM contact_requests WHERE id = $1`, [id]);
    expect(status).toBe('expired');
    expect(await revenueFor(id)).toEqual([]);
  });

  it('20 concurrent accepts and an expiry run end in exactly one outcome', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const org = await fundedOrg();
      const a = await contactableAlumnus();
      const id = (await send(org, a.id).expect(201)).body.contactRequest.id;
      // Round 0 answers well before the deadline, round 3 after it; rounds 1 and 2 race it.
      const deadlineMs = [10_000, 300, 300, -1_000][round];
      await t.dataSource.query(
        `UPDATE contact_requests SET expires_at = now() + make_interval(secs => $2::double precision / 1000) WHERE id = $1`,
        [id, deadlineMs],
      );
      await new Promise((r) => setTimeout(r, [0, 280, 300, 0][round]));
      const [accepts, expired] = await Promise.all([
        Promise.all(Array.from({ length: 20 }, () => t.http().post(`/v1/me/contact-requests/${id}/accept`).set(bearer(a.session)))),
        new Promise((r) => setTimeout(r, 50)).then(() => contacts.expireDue()),
      ]);
      // The job skips a request whose row an accept holds (SKIP LOCKED); its next run settles it.
      const expiredLater = await contacts.expireDue();
      const [{ status }] = await t.dataSource.query(`SELECT status FROM contact_requests WHERE id = $1`, [id]);
      const ok = accepts.filter((r) => r.status === 200);
      expect(accepts.every((r) => r.status === 200 || (r.status === 409 && r.body.code === 'contact_request_not_open'))).toBe(true);
      const w = await wallet(org);
      const revenue = await revenueFor(id);
      if (status === 'accepted') {
        expect(ok.length).toBeGreaterThan(0);
        expect([expired, expiredLater]).toEqual([0, 0]);
        expect(w).toMatchObject({ balance: 8, heldCredits: 0 });
        expect(revenue).toHaveLength(1);
      } else {
        expect(status).toBe('expired');
        expect((expired as number) + expiredLater).toBe(1);
        expect(ok).toHaveLength(0);
        expect(w).toMatchObject({ balance: 10, heldCredits: 0 });
        expect(revenue).toHaveLength(0);
      }
      const holds = await t.dataSource.query(`SELECT status FROM credit_holds WHERE reference = $1`, [`contact:${id}`]);
      expect(holds).toEqual([{ status: status === 'accepted' ? 'consumed' : 'released' }]);
      outcomes.push(status);
    }
    expect(outcomes[0]).toBe('accepted');
    expect(outcomes[3]).toBe('expired');
  });

  it('allows one open request per org and alumnus, even under concurrency, and honours Idempotency-Key', async () => {
    const org = await fundedOrg();
    const a = await contactableAlumnus();
    const results = await Promise.all(Array.from({ length: 8 }, () => send(org, a.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201)) expect([r.status, r.body.code]).toEqual([409, 'contact_request_open']);
    expect(await wallet(org)).toMatchObject({ balance: 8, heldCredits: 2 });

    const b = await contactableAlumnus();
    const first = await send(org, b.id, BODY, 'contact-key-1').expect(201);
    const again = await send(org, b.id, BODY, 'contact-key-1').expect(201);
    expect(again.body).toEqual(first.body);
    const reused = await send(org, b.id, { ...BODY, jobTitle: 'Other' }, 'contact-key-1').expect(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect(await wallet(org)).toMatchObject({ balance: 6, heldCredits: 4 });
  });

  it('requires contact consent at send (403 not_contactable; 404 when not visible) and again at accept', async () => {
    const org = await fundedOrg();
    const preview = await newAlumnus(t, association, 'unlockable');
    expect((await send(org, preview.id).expect(403)).body.code).toBe('not_contactable');
    const hidden = await newAlumnus(t, association, 'none');
    expect((await send(org, hidden.id).expect(404)).body.code).toBe('not_found');
    await send(org, '00000000-0000-4000-8000-000000000000').expect(404);

    const a = await contactableAlumnus();
    const id = (await send(org, a.id).expect(201)).body.contactRequest.id;
    await t
      .http()
      .put('/v1/me/consent')
      .set(bearer(a.session))
      .send({ searchable: true, unlockable: true, contactable: false, termsVersion: '2026-01' })
      .expect(200);
    const refused = await t.http().post(`/v1/me/contact-requests/${id}/accept`).set(bearer(a.session)).expect(403);
    expect(refused.body.code).toBe('not_contactable');
    expect(await wallet(org)).toMatchObject({ balance: 8, heldCredits: 2 });
    // Declining still works and returns the credits.
    await t.http().post(`/v1/me/contact-requests/${id}/decline`).set(bearer(a.session)).expect(200);
    expect(await wallet(org)).toMatchObject({ balance: 10, heldCredits: 0 });
  });

  it('validates the body, the credits and who may call', async () => {
    const org = await fundedOrg(1, 100);
    const a = await contactableAlumnus();
    const bad = await send(org, a.id, { jobTitle: '', message: 'x'.repeat(5001), salaryMinMinor: 1.5 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['jobTitle', 'message', 'salaryMinMinor']);
    await send(org, a.id, { ...BODY, salaryMinMinor: 10, salaryMaxMinor: 5 }).expect(400);
    await send(org, a.id, { ...BODY, extra: true }).expect(400);
    expect((await send(org, a.id).expect(402)).body.code).toBe('insufficient_credits');
    expect(await t.dataSource.query(`SELECT 1 FROM contact_requests WHERE alumnus_id = $1`, [a.id])).toEqual([]);

    await t.http().post(`/v1/profiles/${a.id}/contact-requests`).set(bearer(association.key)).send(BODY).expect(403);
    await t.http().get('/v1/contact-requests').set(bearer(a.session)).expect(403);
    await t.http().get('/v1/me/contact-requests').set(bearer(org.key)).expect(403);
    // Someone else's request is 404 for an alumnus.
    const funded = await fundedOrg();
    const id = (await send(funded, a.id).expect(201)).body.contactRequest.id;
    const b = await contactableAlumnus();
    await t.http().post(`/v1/me/contact-requests/${id}/accept`).set(bearer(b.session)).expect(404);
    await t.http().post(`/v1/me/contact-requests/${id}/decline`).set(bearer(a.session)).expect(200);
  });

  it('enforces the alumnus monthly cap on open and accepted requests', async () => {
    const a = await contactableAlumnus();
    const me = await t.http().patch('/v1/me').set(bearer(a.session)).send({ maxContactRequestsPerMonth: 2 }).expect(200);
    expect(me.body.maxContactRequestsPerMonth).toBe(2);
    const [o1, o2, o3, o4] = await Promise.all([fundedOrg(), fundedOrg(), fundedOrg(), fundedOrg()]);
    const r1 = (await send(o1, a.id).expect(201)).body.contactRequest.id;
    await send(o2, a.id).expect(201);
    expect((await send(o3, a.id).expect(409)).body.code).toBe('contact_cap_reached');
    // A declined request no longer counts.
    await t.http().post(`/v1/me/contact-requests/${r1}/decline`).set(bearer(a.session)).expect(200);
    const racing = await Promise.all([send(o3, a.id), send(o4, a.id)]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    await t.http().patch('/v1/me').set(bearer(a.session)).send({ maxContactRequestsPerMonth: null }).expect(200);
    await send(o1, a.id).expect(201);
    await t.http().patch('/v1/me').set(bearer(a.session)).send({ maxContactRequestsPerMonth: -1 }).expect(400);
  });

  it('lists with cursor pagination', async () => {
    const org = await fundedOrg(20, 2000);
    for (let i = 0; i < 3; i++) await send(org, (await contactableAlumnus()).id).expect(201);
    const page1 = await t.http().get('/v1/contact-requests?limit=2').set(bearer(org.key)).expect(200);
    expect(page1.body.data).toHaveLength(2);
    const page2 = await t.http().get(`/v1/contact-requests?limit=2&cursor=${page1.body.nextCursor}`).set(bearer(org.key)).expect(200);
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
  });
});
