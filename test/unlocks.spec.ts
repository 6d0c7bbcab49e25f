import { alumnusRow, importAlumni, newAlumnus, sessionFor } from './support/alumni-factories';
import { grantCredits } from './support/credits';
import { AssociationFixture, newAssociation, newOrg, OrgFixture } from './support/factories';
import { expectLedgerInvariants } from './support/ledger-invariants';
import { bearer, createTestApp, TestApp } from './support/test-app';
import { waitForLockWaiter } from './support/locks';

describe('profile unlocks', () => {
  let t: TestApp;
  let association: AssociationFixture;
  beforeAll(async () => {
    t = await createTestApp();
    association = await newAssociation(t, { recruiterAccess: 'open', unlockPriceCredits: 1, revenueShareBps: 8000 });
  });
  afterEach(() => expectLedgerInvariants(t.dataSource));
  afterAll(() => t.close());

  const unlock = (org: OrgFixture, alumnusId: string, key?: string) => {
    const req = t.http().post(`/v1/profiles/${alumnusId}/unlock`).set(bearer(org.key));
    if (key) req.set('idempotency-key', key);
    return req.send();
  };
  const balance = async (org: OrgFixture) => (await t.http().get('/v1/wallet').set(bearer(org.key)).expect(200)).body.balance;
  /** Imports `count` unlockable alumni into the association and returns their ids. */
  const importUnlockable = async (count: number): Promise<string[]> => {
    const rows = Array.from({ length: count }, () => alumnusRow({}, 'unlockable'));
    expect((await importAlumni(t, association, rows)).created).toBe(count);
    const found = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = ANY($2)`, [
      association.id,
      rows.map((r) => r.externalId),
    ]);
    return found.map((r: { id: string }) => r.id);
  };

  it('charges the first unlock, returns the full profile without email or phone, and repeats for free', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 1000 }).expect(201);
    const { id, row } = await newAlumnus(t, association, 'unlockable', { phone: '+33 6 00 00 00 01', bio: 'Builds data platforms' });

    const first = await unlock(org, id).expect(201);
    expect(first.body).toMatchObject({ creditsCharged: 1, balance: 4, unlock: { alumnusId: id, creditsCharged: 1 } });
    expect(first.body.profile).toMatchObject({
      level: 'full',
      firstName: row.firstName,
      lastName: row.lastName,
      bio: 'Builds data platforms',
    });
    expect(JSON.stringify(first.body)).not.toContain(String(row.email));
    expect(JSON.stringify(first.body)).not.toContain('00 00 01');

    // Clients that send `Content-Type: application/json` with no body on this bodyless POST work too.
    const again = await t
      .http()
      .post(`/v1/profiles/${id}/unlock`)
      .set(bearer(org.key))
      .set('content-type', 'application/json')
      .send('')
      .expect(200);
    expect(again.body).toMatchObject({ creditsCharged: 0, balance: 4, unlock: { id: first.body.unlock.id } });

    // Org-wide: another key of the same org sees the full profile without paying.
    const other = await t.http().post('/v1/recruiter-orgs/me/api-keys').set(bearer(org.key)).send({ name: 'ATS' }).expect(201);
    const viaOther = await t.http().get(`/v1/profiles/${id}`).set(bearer(other.body.secret)).expect(200);
    expect(viaOther.body.level).toBe('full');
    expect(await balance(org)).toBe(4);

    // Revenue: 1 credit of a 5-for-1000 lot releases 200 cents, 80 % to the association.
    const revenue = await t.dataSource.query(`SELECT gross_minor, association_share_minor, kind FROM revenue_entries WHERE org_id = $1`, [
      org.id,
    ]);
    expect(revenue).toEqual([{ gross_minor: '200', association_share_minor: '160', kind: 'unlock' }]);
    const list = await t.http().get('/v1/unlocks').set(bearer(org.key)).expect(200);
    expect(list.body.data.map((u: { alumnusId: string }) => u.alumnusId)).toEqual([id]);
  });

  it('200 concurrent unlocks of distinct profiles against 37 credits: exactly 37 succeed, the rest 402', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 37, amountPaidMinor: 3700 }).expect(201);
    const ids = await importUnlockable(200);
    const results = await Promise.all(ids.map((id) => unlock(org, id)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(37);
    expect(statuses.filter((s) => s === 402)).toHaveLength(163);
    for (const r of results.filter((x) => x.status === 402)) expect(r.body.code).toBe('insufficient_credits');
    expect(await balance(org)).toBe(0);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM unlocks WHERE org_id = $1`, [org.id]);
    expect(count).toBe(37);
  }, 120_000);

  it('concurrent unlocks of several orgs, interleaved: each org gets exactly what it paid for', async () => {
    const orgs = await Promise.all([0, 1, 2].map(() => newOrg(t)));
    const credits = [5, 12, 0];
    for (const [i, org] of orgs.entries()) {
      if (credits[i] > 0) await grantCredits(t, org.id, { credits: credits[i], amountPaidMinor: credits[i] * 100 }).expect(201);
    }
    const ids = await importUnlockable(20);
    // Every org asks for all 20 profiles at once, interleaved, plus each first profile twice more.
    const calls = ids.flatMap((id) => orgs.map((org) => ({ org, id })));
    calls.push(
      ...orgs.flatMap((org) => [
        { org, id: ids[0] },
        { org, id: ids[0] },
      ]),
    );
    const results = await Promise.all(calls.map(({ org, id }) => unlock(org, id).then((r) => ({ org, id, r }))));
    for (const [i, org] of orgs.entries()) {
      const mine = results.filter((x) => x.org === org);
      const charged = mine.filter((x) => x.r.status === 201);
      expect(charged).toHaveLength(credits[i]);
      expect(new Set(charged.map((x) => x.id)).size).toBe(credits[i]);
      expect(mine.filter((x) => x.r.status === 402).every((x) => x.r.body.code === 'insufficient_credits')).toBe(true);
      // Repeats of a charged profile answer 200 with the same unlock; nothing else is charged.
      for (const repeat of mine.filter((x) => x.r.status === 200)) {
        expect(charged.some((x) => x.id === repeat.id && x.r.body.unlock.id === repeat.r.body.unlock.id)).toBe(true);
        expect(repeat.r.body.creditsCharged).toBe(0);
      }
      expect(await balance(org)).toBe(0);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM unlocks WHERE org_id = $1`, [org.id]);
      expect(count).toBe(credits[i]);
    }
  }, 120_000);

  it('50 concurrent unlocks of the same profile charge once', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');
    const results = await Promise.all(Array.from({ length: 50 }, () => unlock(org, id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(49);
    expect(new Set(results.map((r) => r.body.unlock.id)).size).toBe(1);
    expect(await balance(org)).toBe(9);
  }, 60_000);

  it('replays an Idempotency-Key and refuses it for another request with 422', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 3 }).expect(201);
    const a = await newAlumnus(t, association, 'unlockable');
    const b = await newAlumnus(t, association, 'unlockable');
    const first = await unlock(org, a.id, 'unlock-key-1').expect(201);
    const replay = await unlock(org, a.id, 'unlock-key-1').expect(201);
    expect(replay.body).toEqual(first.body);
    const reused = await unlock(org, b.id, 'unlock-key-1').expect(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect(await balance(org)).toBe(2);
  });

  it('keyed unlocks run in batches: 60 concurrent keys against 37 credits, then every key replays or retries', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 37, amountPaidMinor: 3700 }).expect(201);
    const ids = await importUnlockable(60);
    const keys = ids.map((_, i) => `batch-key-${i}`);
    const first = await Promise.all(ids.map((id, i) => unlock(org, id, keys[i])));
    const ok = first.flatMap((r, i) => (r.status === 201 ? [i] : []));
    const refused = first.flatMap((r, i) => (r.status === 402 ? [i] : []));
    expect(ok).toHaveLength(37);
    expect(refused).toHaveLength(23);
    expect(await balance(org)).toBe(0);
    // Stored: one key per charge, none for a refusal (a refused request stores nothing).
    const stored = await t.dataSource.query(`SELECT key, response_status FROM idempotency_keys WHERE principal = $1`, [`org:${org.id}`]);
    expect(stored.map((r: { key: string }) => r.key).sort()).toEqual(ok.map((i) => keys[i]).sort());
    expect(stored.every((r: { response_status: number }) => r.response_status === 201)).toBe(true);

    // Every key again, concurrently: the charged ones replay their answer, the refused ones run
    // again and are refused again; nothing is charged twice.
    const again = await Promise.all(ids.map((id, i) => unlock(org, id, keys[i])));
    for (const i of ok) {
      expect(again[i].status).toBe(201);
      expect(again[i].body).toEqual(first[i].body);
    }
    for (const i of refused) expect(again[i].status).toBe(402);
    // After a top-up the refused keys succeed, each charged once.
    await grantCredits(t, org.id, { credits: 30, amountPaidMinor: 3000 }).expect(201);
    const retried = await Promise.all(refused.map((i) => unlock(org, ids[i], keys[i])));
    expect(retried.map((r) => r.status)).toEqual(refused.map(() => 201));
    expect(await balance(org)).toBe(7);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM unlocks WHERE org_id = $1`, [org.id]);
    expect(count).toBe(60);
  }, 60_000);

  it('one Idempotency-Key sent concurrently: one charge, one answer; with other profiles: 422', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 10 }).expect(201);
    const ids = await importUnlockable(6);
    const same = await Promise.all(Array.from({ length: 12 }, () => unlock(org, ids[0], 'shared-key')));
    expect(same.map((r) => r.status)).toEqual(same.map(() => 201));
    for (const r of same) expect(r.body).toEqual(same[0].body);
    expect(await balance(org)).toBe(9);

    // The same key for five other profiles at once: the key belongs to the first request.
    const reused = await Promise.all(ids.slice(1).map((id) => unlock(org, id, 'shared-key')));
    expect(reused.map((r) => r.body.code)).toEqual(ids.slice(1).map(() => 'idempotency_key_reused'));
    const fresh = await Promise.all(ids.slice(1).map((id) => unlock(org, id, 'another-key')));
    expect(fresh.filter((r) => r.status === 201)).toHaveLength(1);
    expect(fresh.filter((r) => r.status === 422)).toHaveLength(4);
    expect(await balance(org)).toBe(8);
  });

  it('a keyed unlock waits at most 5 s for a key held by another transaction, then answers 409', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 2 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // The key's advisory lock, as a request in flight in another process holds it.
      await runner.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ' ' || $2, 1764950000))`, [`org:${org.id}`, 'held-key']);
      const started = Date.now();
      const busy = await unlock(org, id, 'held-key').expect(409);
      expect(busy.body.code).toBe('idempotency_key_in_progress');
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
      await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
    await unlock(org, id, 'held-key').expect(201);
    expect(await balance(org)).toBe(1);
  }, 30_000);

  it('a keyed unlock waiting for its key does not hold up other keyed unlocks of the org', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 2 }).expect(201);
    const [waiting, other] = await importUnlockable(2);
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT pg_advisory_xact_lock(hashtextextended($1 || ' ' || $2, 1764950000))`, [`org:${org.id}`, 'slow-key']);
      let slowAnswered = false;
      const slow = unlock(org, waiting, 'slow-key').then((r) => {
        slowAnswered = true;
        return r;
      });
      // The slow unlock waits for its key's lock; the quick one is answered while it still does.
      await waitForLockWaiter(t.dataSource);
      await unlock(org, other, 'quick-key').expect(201);
      expect(slowAnswered).toBe(false);
      await runner.rollbackTransaction();
      expect((await slow).status).toBe(201);
    } finally {
      await runner.release();
    }
    expect(await balance(org)).toBe(0);
  }, 30_000);

  it('answers 402, 403, 404 and 409 as documented', async () => {
    const org = await newOrg(t);
    const { id } = await newAlumnus(t, association, 'unlockable');
    expect((await unlock(org, id).expect(402)).body.code).toBe('insufficient_credits');

    const closed = await newAssociation(t, { recruiterAccess: 'closed' });
    const hidden = await newAlumnus(t, closed, 'unlockable');
    await grantCredits(t, org.id, { credits: 2 }).expect(201);
    expect((await unlock(org, hidden.id).expect(403)).body.code).toBe('association_access_denied');

    const noConsent = await newAlumnus(t, association, 'none');
    await unlock(org, noConsent.id).expect(404);
    await unlock(org, '00000000-0000-4000-8000-000000000000').expect(404);
    const previewOnly = await newAlumnus(t, association, 'searchable');
    expect((await unlock(org, previewOnly.id).expect(403)).body.code).toBe('not_unlockable');

    await t.dataSource.query(`UPDATE wallets SET frozen = true WHERE org_id = $1`, [org.id]);
    expect((await unlock(org, id).expect(409)).body.code).toBe('wallet_frozen');
    await t.dataSource.query(`UPDATE wallets SET frozen = false WHERE org_id = $1`, [org.id]);
    expect(await balance(org)).toBe(2);
  });

  it('decides again when the consent changes between the read and the charge, and charges nothing', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 3 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');
    // A consent change in progress: it holds the alumni row while the unlock reads and charges.
    const change = t.dataSource.createQueryRunner();
    await change.connect();
    await change.startTransaction();
    try {
      await change.query(`UPDATE alumni SET consent_unlockable = false WHERE id = $1`, [id]);
      const pending = unlock(org, id).then((r) => r);
      // Wait until the charge statement is queued behind the change's row lock.
      for (let i = 0; ; i++) {
        const waiting = await t.dataSource.query(
          `SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%unlock_profiles%'`,
        );
        if (waiting.length > 0) break;
        if (i > 200) throw new Error('the unlock never waited for the alumni row');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await change.commitTransaction();
      const answer = await pending;
      // Read again after the change: preview only, nothing charged.
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('not_unlockable');
    } finally {
      await change.release();
    }
    expect(await balance(org)).toBe(3);
    expect(await t.dataSource.query(`SELECT 1 FROM unlocks WHERE org_id = $1`, [org.id])).toHaveLength(0);
  });

  it('keeps unlocks per org: another org sees only the preview and pays its own unlock', async () => {
    const first = await newOrg(t);
    const second = await newOrg(t);
    await grantCredits(t, first.id, { credits: 1 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');
    await unlock(first, id).expect(201);
    const seen = await t.http().get(`/v1/profiles/${id}`).set(bearer(second.key)).expect(200);
    expect(seen.body.level).toBe('preview');
    expect(seen.body.firstName).toBeUndefined();
    expect(seen.body.lastName).toBeUndefined();
    const list = await t.http().get('/v1/unlocks').set(bearer(second.key)).expect(200);
    expect(list.body.data).toEqual([]);
  });

  it('answers 410 consent_withdrawn to the unlocking org after the alumnus withdraws', async () => {
    const org = await newOrg(t);
    const other = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1 }).expect(201);
    const { id, row } = await newAlumnus(t, association, 'unlockable');
    await unlock(org, id).expect(201);
    const session = await sessionFor(t, association, id, String(row.email));
    await t
      .http()
      .delete('/v1/me/consent')
      .set(bearer(session))
      .expect((r) => expect(r.status).toBeLessThan(300));
    expect((await t.http().get(`/v1/profiles/${id}`).set(bearer(org.key)).expect(410)).body.code).toBe('consent_withdrawn');
    await t.http().get(`/v1/profiles/${id}`).set(bearer(other.key)).expect(404);
    expect((await unlock(org, id).expect(410)).body.code).toBe('consent_withdrawn');
  });

  it('shows the alumnus which org unlocked them and what their association earned', async () => {
    const org = await newOrg(t, { name: 'Visible Recruiting' });
    await grantCredits(t, org.id, { credits: 5, amountPaidMinor: 1000 }).expect(201);
    const { id, row } = await newAlumnus(t, association, 'unlockable');
    await unlock(org, id).expect(201);
    const session = await sessionFor(t, association, id, String(row.email));
    const log = await t.http().get('/v1/me/access-log').set(bearer(session)).expect(200);
    const entry = log.body.data.find((e: { kind: string }) => e.kind === 'unlock');
    expect(entry).toMatchObject({ orgName: 'Visible Recruiting', associationEarnedMinor: 160 });
  });

  it('records profile views and unlocks in the alumnus access log', async () => {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 1 }).expect(201);
    const { id } = await newAlumnus(t, association, 'unlockable');
    await t.http().get(`/v1/profiles/${id}`).set(bearer(org.key)).expect(200);
    await unlock(org, id).expect(201);
    const kinds = await t.dataSource.query(`SELECT kind FROM access_log_entries WHERE alumnus_id = $1 ORDER BY created_at, kind`, [id]);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['preview_view', 'unlock']);
  });
});
