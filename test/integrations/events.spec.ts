import { EventsService } from '../../src/events/events.service';
import { grantCredits } from '../support/credits';
import { alumnusRow, importAlumni, newAlumnus, sessionFor } from '../support/alumni-factories';
import { newAssociation, newOrg, OrgFixture } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/** Integration events: recorded with the change, routed to the right receivers, read back in order. */
describe('events and the event feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { BACKGROUND_JOBS: 'false' } });
  });
  afterAll(() => t.close());

  async function feed(key: string, query: Record<string, string> = {}) {
    const res = await t.http().get('/v1/events').query(query).set(bearer(key)).expect(200);
    return res.body as { data: Array<{ id: string; type: string; data: Record<string, unknown> }>; nextCursor: string; hasMore: boolean };
  }

  async function fundedOrg(): Promise<OrgFixture> {
    const org = await newOrg(t);
    await grantCredits(t, org.id, { credits: 20 }).expect(201);
    return org;
  }

  it('tells every org that unlocked a person, and no other, to delete the data on withdrawal and on erasure', async () => {
    const association = await newAssociation(t, { recruiterAccess: 'open' });
    const [a, b, c] = [await fundedOrg(), await fundedOrg(), await fundedOrg()];
    const withdrawing = await newAlumnus(t, association, 'all');
    const erased = await newAlumnus(t, association, 'all');
    for (const org of [a, b]) await t.http().post(`/v1/profiles/${withdrawing.id}/unlock`).set(bearer(org.key)).expect(201);
    await t.http().post(`/v1/profiles/${erased.id}/unlock`).set(bearer(a.key)).expect(201);

    const session = await sessionFor(t, association, withdrawing.id, withdrawing.row.email as string);
    await t.http().delete('/v1/me/consent').set(bearer(session)).expect(200);
    const erasedSession = await sessionFor(t, association, erased.id, erased.row.email as string);
    await t.http().delete('/v1/me').set(bearer(erasedSession)).expect(204);

    const notices = async (org: OrgFixture) =>
      (await feed(org.key, { types: 'alumnus.consent_withdrawn,alumnus.erased' })).data.map((e) => [e.type, e.data.alumnusId]);
    expect(await notices(a)).toEqual([
      ['alumnus.consent_withdrawn', withdrawing.id],
      ['alumnus.erased', erased.id],
    ]);
    expect(await notices(b)).toEqual([['alumnus.consent_withdrawn', withdrawing.id]]);
    expect(await notices(c)).toEqual([]);

    const all = await feed(a.key);
    expect(all.data.map((e) => e.type)).toEqual(['profile.unlocked', 'profile.unlocked', 'alumnus.consent_withdrawn', 'alumnus.erased']);
    // No personal data: the notice names the person by id only.
    const serialized = JSON.stringify(all.data);
    for (const row of [withdrawing.row, erased.row]) {
      for (const field of ['email', 'firstName', 'lastName']) expect(serialized).not.toContain(String(row[field]));
    }
    expect(all.data[2].data).toEqual({ alumnusId: withdrawing.id, unlockId: expect.any(String), action: 'delete_unlocked_data' });

    const associationFeed = await feed(association.key, { types: 'alumnus.consent_changed' });
    expect(associationFeed.data.map((e) => e.data)).toEqual([
      { alumnusId: withdrawing.id, searchable: false, unlockable: false, contactable: false },
    ]);
    // A recruiter key never reads an association's events, nor the reverse.
    expect((await feed(c.key)).data).toEqual([]);
  });

  it('reports consent changed by an import, in the batch transaction, once per alumnus whose consent changed', async () => {
    const association = await newAssociation(t, { recruiterAccess: 'open' });
    const [a, b, c] = [await fundedOrg(), await fundedOrg(), await fundedOrg()];
    const before = new Date(Date.now() - 86_400_000);
    const rows = {
      withdrawing: alumnusRow({}, 'all', before),
      widening: alumnusRow({}, 'searchable', before),
      reproven: alumnusRow({}, 'all', before),
      noConsent: alumnusRow(),
    };
    expect(await importAlumni(t, association, Object.values(rows))).toMatchObject({ created: 4 });
    const idOf = async (row: Record<string, unknown>): Promise<string> =>
      (
        await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = $2`, [association.id, row.externalId])
      )[0].id;
    const ids = {
      withdrawing: await idOf(rows.withdrawing),
      widening: await idOf(rows.widening),
      reproven: await idOf(rows.reproven),
      noConsent: await idOf(rows.noConsent),
    };
    for (const org of [a, b]) await t.http().post(`/v1/profiles/${ids.withdrawing}/unlock`).set(bearer(org.key)).expect(201);
    await t.http().post(`/v1/profiles/${ids.reproven}/unlock`).set(bearer(a.key)).expect(201);
    const changes = async () => (await feed(association.key, { types: 'alumnus.consent_changed' })).data.map((e) => e.data);
    const notices = async (org: OrgFixture) => (await feed(org.key, { types: 'alumnus.consent_withdrawn' })).data.map((e) => e.data);
    // New alumni have no earlier consent to change: their import is reported by import.completed.
    expect(await changes()).toEqual([]);

    // The same file again: nothing is written, nothing is reported.
    expect(await importAlumni(t, association, Object.values(rows))).toMatchObject({ unchanged: 4 });
    expect(await changes()).toEqual([]);

    const now = new Date().toISOString();
    const proof = (row: Record<string, unknown>, consent: [boolean, boolean, boolean]) => ({
      ...row,
      consentSearchable: consent[0],
      consentUnlockable: consent[1],
      consentContactable: consent[2],
      consentCollectedAt: now,
      consentProofReference: `${String(row.consentProofReference ?? 'form')}-renewed`,
      consentTermsVersion: 'assoc-2026',
    });
    const second = [
      proof(rows.withdrawing, [false, false, false]),
      proof(rows.widening, [true, true, true]),
      // A newer proof of the same consent: a consent event, but no change to report.
      proof(rows.reproven, [true, true, true]),
      { ...rows.noConsent, headline: 'Staff engineer' },
    ];
    expect(await importAlumni(t, association, second)).toMatchObject({ updated: 4, failed: [] });
    const reported = await changes();
    expect(reported).toHaveLength(2);
    expect(reported).toEqual(
      expect.arrayContaining([
        { alumnusId: ids.withdrawing, searchable: false, unlockable: false, contactable: false },
        { alumnusId: ids.widening, searchable: true, unlockable: true, contactable: true },
      ]),
    );
    // The recruiter-facing notice goes to every org that unlocked the withdrawing alumnus, and no other.
    const notice = { alumnusId: ids.withdrawing, unlockId: expect.any(String), action: 'delete_unlocked_data' };
    expect(await notices(a)).toEqual([notice]);
    expect(await notices(b)).toEqual([notice]);
    expect(await notices(c)).toEqual([]);
    // Written by the transaction that appended the consent events (the import batch's).
    const sameTransaction = await t.dataSource.query(
      `SELECT e.type, xid(e.tx_id) = ce.xmin AS same
         FROM events e JOIN consent_events ce ON ce.alumnus_id = (e.data->>'alumnusId')::uuid AND ce.terms_version = 'assoc-2026'
        WHERE e.type IN ('alumnus.consent_changed', 'alumnus.consent_withdrawn') AND (e.data->>'alumnusId')::uuid = $1
        ORDER BY e.type, e.seq`,
      [ids.withdrawing],
    );
    expect(sameTransaction).toEqual([
      { type: 'alumnus.consent_changed', same: true },
      { type: 'alumnus.consent_withdrawn', same: true },
      { type: 'alumnus.consent_withdrawn', same: true },
    ]);

    // The changed file again: unchanged, and no event.
    expect(await importAlumni(t, association, second)).toMatchObject({ unchanged: 4 });
    expect(await changes()).toHaveLength(2);
    expect(await notices(a)).toHaveLength(1);
  });

  it('records nothing when the transaction that records the event is rolled back', async () => {
    const org = await newOrg(t);
    const events = t.app.get(EventsService);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await events.record(manager, [{ type: 'wallet.frozen', to: { orgId: org.id }, data: { purchaseId: org.id } }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await feed(org.key)).data).toEqual([]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM events WHERE org_id = $1`, [org.id]);
    expect(count).toBe(0);
  });

  it('rejects unknown event types and forged cursors', async () => {
    const org = await newOrg(t);
    const bad = await t.http().get('/v1/events').query({ types: 'profile.unlocked,nope' }).set(bearer(org.key)).expect(400);
    expect(bad.body.code).toBe('validation_failed');
    await t.http().get('/v1/events').query({ cursor: 'garbage' }).set(bearer(org.key)).expect(400);
  });

  it('pages through 10,000 events written by concurrent transactions with no gap and no repeat', async () => {
    const org = await newOrg(t);
    const events = t.app.get(EventsService);
    const written: string[] = [];
    let writing = true;
    // Transactions of varied sizes commit out of id order: some hold their rows open a while.
    const writer = async (w: number) => {
      for (let i = 0; i < 26; i++) {
        const size = 10 + ((w * 7 + i * 13) % 31);
        const ids = await t.dataSource.transaction(async (manager) => {
          const recorded = await events.record(
            manager,
            Array.from({ length: size }, () => ({ type: 'wallet.frozen' as const, to: { orgId: org.id }, data: { purchaseId: org.id } })),
          );
          if ((w + i) % 3 === 0) await manager.query(`SELECT pg_sleep(0.02)`);
          return recorded;
        });
        written.push(...ids);
      }
    };
    const writers = Promise.all(Array.from({ length: 16 }, (_, w) => writer(w))).finally(() => (writing = false));

    const read: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const stillWriting = writing;
      const page = await feed(org.key, cursor ? { cursor, limit: '100' } : { limit: '100' });
      read.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
      if (!page.hasMore && !stillWriting) break;
    }
    await writers;
    expect(written.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(read).size).toBe(read.length);
    expect(read.length).toBe(written.length);
    expect(new Set(read)).toEqual(new Set(written));
  });
});
