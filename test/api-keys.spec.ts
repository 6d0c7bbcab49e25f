import { newAssociation, newOrg, newOrgKey } from './support/factories';
import { bearer, createTestApp, TestApp } from './support/test-app';

describe('API keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives an org many keys, each working org-wide, none revealing a secret in listings', async () => {
    const org = await newOrg(t);
    const second = await newOrgKey(t, org, { name: 'Greenhouse', scopes: ['search:read'] });
    expect(second.body.key).toMatchObject({ kind: 'rec', orgId: org.id, scopes: ['search:read'], name: 'Greenhouse' });
    const me = await t.http().get('/v1/recruiter-orgs/me').set(bearer(second.key)).expect(200);
    expect(me.body.id).toBe(org.id);
    const list = await t.http().get('/v1/recruiter-orgs/me/api-keys').set(bearer(org.key)).expect(200);
    expect(list.body.data.map((k: { id: string }) => k.id).sort()).toEqual([org.keyId, second.keyId].sort());
    expect(JSON.stringify(list.body)).not.toContain(second.key.slice(25));
  });

  it('never lets a key create a key with more scopes than it holds', async () => {
    const org = await newOrg(t);
    const narrow = await newOrgKey(t, org, { scopes: ['search:read', 'keys:manage'] });
    const res = await t
      .http()
      .post('/v1/recruiter-orgs/me/api-keys')
      .set(bearer(narrow.key))
      .send({ name: 'escalate', scopes: ['search:read', 'credits:purchase'] })
      .expect(403);
    expect(res.body.code).toBe('scope_escalation');
    // Without explicit scopes the new key inherits exactly the creator's.
    const inherited = await t.http().post('/v1/recruiter-orgs/me/api-keys').set(bearer(narrow.key)).send({ name: 'child' }).expect(201);
    expect(inherited.body.key.scopes.sort()).toEqual(['keys:manage', 'search:read']);
    // Scopes of another principal kind are refused outright.
    const foreign = await t
      .http()
      .post('/v1/recruiter-orgs/me/api-keys')
      .set(bearer(org.key))
      .send({ name: 'x', scopes: ['alumni:read'] })
      .expect(400);
    expect(foreign.body.errors[0].field).toBe('scopes');
  });

  it('enforces scopes on routes', async () => {
    const org = await newOrg(t);
    const readOnly = await newOrgKey(t, org, { scopes: ['search:read'] });
    const res = await t.http().get('/v1/recruiter-orgs/me/api-keys').set(bearer(readOnly.key)).expect(403);
    expect(res.body).toMatchObject({ code: 'insufficient_scope', missingScopes: ['keys:manage'] });
  });

  it('revokes a key at once, idempotently, and only within its owner', async () => {
    const org = await newOrg(t);
    const other = await newOrg(t);
    const victim = await newOrgKey(t, org);
    await t.http().delete(`/v1/api-keys/${victim.keyId}`).set(bearer(other.key)).expect(404);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(victim.key)).expect(200);
    await t.http().delete(`/v1/api-keys/${victim.keyId}`).set(bearer(org.key)).expect(204);
    await t.http().delete(`/v1/api-keys/${victim.keyId}`).set(bearer(org.key)).expect(204);
    const denied = await t.http().get('/v1/recruiter-orgs/me').set(bearer(victim.key)).expect(401);
    expect(denied.body.code).toBe('invalid_credentials');
    const list = await t.http().get('/v1/recruiter-orgs/me/api-keys').set(bearer(org.key)).expect(200);
    expect(list.body.data.find((k: { id: string }) => k.id === victim.keyId).revokedAt).not.toBeNull();
  });

  it("keeps associations and orgs out of each other's keys", async () => {
    const association = await newAssociation(t);
    const org = await newOrg(t);
    await t.http().delete(`/v1/api-keys/${org.keyId}`).set(bearer(association.key)).expect(404);
    await t.http().post(`/v1/api-keys/${org.keyId}/rotate`).set(bearer(association.key)).send({}).expect(404);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
  });

  it('refuses expired keys and accepts only future expiry dates', async () => {
    const org = await newOrg(t);
    await t
      .http()
      .post('/v1/recruiter-orgs/me/api-keys')
      .set(bearer(org.key))
      .send({ name: 'past', expiresAt: '2020-01-01T00:00:00.000Z' })
      .expect(400);
    // The key is used (and so cached) before it expires: the cached row must not outlive it. The
    // clock then moves past the expiry but stays within the cache time (5 s), so the refusal can
    // only come from the expiry check on the cached row.
    const expiresAt = Date.now() + 2000;
    const soon = await newOrgKey(t, org, { expiresAt: new Date(expiresAt).toISOString() });
    await withClock(async (moveTo) => {
      await t.http().get('/v1/recruiter-orgs/me').set(bearer(soon.key)).expect(200);
      moveTo(expiresAt - 500);
      await t.http().get('/v1/recruiter-orgs/me').set(bearer(soon.key)).expect(200);
      moveTo(expiresAt);
      await t.http().get('/v1/recruiter-orgs/me').set(bearer(soon.key)).expect(401);
    });
  });

  it('rotates a key: the new one works, the old one lapses after the grace period', async () => {
    const org = await newOrg(t);
    const old = await newOrgKey(t, org, { scopes: ['search:read', 'keys:manage'] });
    const rotated = await t.http().post(`/v1/api-keys/${old.keyId}/rotate`).set(bearer(old.key)).send({ graceSeconds: 0 }).expect(201);
    expect(rotated.body.key.scopes.sort()).toEqual(['keys:manage', 'search:read']);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(rotated.body.secret)).expect(200);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(old.key)).expect(401);

    const graceful = await newOrgKey(t, org);
    const next = await t.http().post(`/v1/api-keys/${graceful.keyId}/rotate`).set(bearer(org.key)).send({}).expect(201);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(graceful.key)).expect(200);
    const [row] = await t.dataSource.query(`SELECT expires_at FROM api_keys WHERE key_id = $1`, [graceful.keyId]);
    expect(new Date(row.expires_at).getTime()).toBeGreaterThan(Date.now() + 86_000_000);
    expect(next.body.secret).not.toBe(graceful.key);
  });

  it('records lastUsedAt', async () => {
    const org = await newOrg(t);
    const key = await newOrgKey(t, org);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await new Promise((r) => setTimeout(r, 100));
    const [row] = await t.dataSource.query(`SELECT last_used_at FROM api_keys WHERE key_id = $1`, [key.keyId]);
    expect(row.last_used_at).not.toBeNull();
  });

  it("stops a suspended org's keys", async () => {
    const org = await newOrg(t);
    await t.dataSource.query(`UPDATE recruiter_orgs SET status = 'suspended' WHERE id = $1`, [org.id]);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(401);
  });

  it('rejects malformed bearer values without touching the database path', async () => {
    for (const value of ['Bearer', 'Bearer ' + 'x'.repeat(5000), 'Basic abc', 'Bearer pas_rec_short_x']) {
      const res = await t.http().get('/v1/recruiter-orgs/me').set('authorization', value);
      expect([401]).toContain(res.status);
    }
  });
});

/**
 * Runs `body` with Date under Jest's control, advancing with real time (timers and I/O stay
 * real); `moveTo(ms)` sets the clock to that epoch time. The API runs in this process, so its
 * expiry and cache checks read this clock.
 */
async function withClock(body: (moveTo: (ms: number) => void) => Promise<void>): Promise<void> {
  jest.useFakeTimers({
    now: Date.now(),
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
  try {
    await body((ms) => jest.setSystemTime(ms));
  } finally {
    jest.useRealTimers();
  }
}

describe('API key verification cache (API_KEY_CACHE_SECONDS=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { API_KEY_CACHE_SECONDS: '1' } });
  });
  afterAll(() => t.close());

  it('sees a revocation made by another process within the cache time', async () => {
    const org = await newOrg(t);
    const key = await newOrgKey(t, org);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    // Another API process revokes the key: this process has no way to know but the row's age.
    await t.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE key_id = $1`, [key.keyId]);
    await withClock(async (moveTo) => {
      moveTo(Date.now() + 1100);
      const res = await t.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(401);
      expect(res.body.code).toBe('invalid_credentials');
    });
  });

  it("sees an org's suspension within the cache time", async () => {
    const org = await newOrg(t);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
    await t.dataSource.query(`UPDATE recruiter_orgs SET status = 'suspended' WHERE id = $1`, [org.id]);
    await withClock(async (moveTo) => {
      moveTo(Date.now() + 1100);
      await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(401);
    });
  });

  it('still checks the secret of a cached key on every request', async () => {
    const org = await newOrg(t);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
    const forged = org.key.slice(0, -4) + (org.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(forged)).expect(401);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
  });

  it('revokes at once in the process that revoked, even with a cached row', async () => {
    const org = await newOrg(t);
    const key = await newOrgKey(t, org);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await t.http().delete(`/v1/api-keys/${key.keyId}`).set(bearer(org.key)).expect(204);
    await t.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(401);
  });
});

describe('API key cache across processes (API_KEY_CACHE_SECONDS=300: only change notifications can invalidate it)', () => {
  // Two applications on one database stand for two API processes: each has its own cache and
  // its own LISTEN connection.
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp({ env: { API_KEY_CACHE_SECONDS: '300' } });
    b = await createTestApp({ database: a.db, env: { API_KEY_CACHE_SECONDS: '300' } });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  /** Requests until the answer is `status`; returns how many requests it took (fails after 200). */
  async function until(app: TestApp, key: string, status: number): Promise<number> {
    for (let attempt = 1; attempt <= 200; attempt++) {
      const res = await app.http().get('/v1/recruiter-orgs/me').set(bearer(key));
      if (res.status === status) return attempt;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`never answered ${status}`);
  }

  it('revokes at once in the revoking process and, through the notification, in the other', async () => {
    const org = await newOrg(a);
    const key = await newOrgKey(a, org);
    // Both processes hold the key's row in their cache.
    await a.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await b.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await b.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await a.http().delete(`/v1/api-keys/${key.keyId}`).set(bearer(org.key)).expect(204);
    await a.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(401);
    expect(await until(b, key.key, 401)).toBeGreaterThanOrEqual(1);
    // And it stays revoked (the cache does not bring the old row back).
    await b.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(401);
  });

  it('sees a revocation written by any process (a plain UPDATE notifies too)', async () => {
    const org = await newOrg(a);
    const key = await newOrgKey(a, org);
    await b.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await a.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE key_id = $1`, [key.keyId]);
    await until(b, key.key, 401);
  });

  it("sees an org's suspension in every process, and its reactivation", async () => {
    const org = await newOrg(a);
    await a.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
    await b.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
    await a.dataSource.query(`UPDATE recruiter_orgs SET status = 'suspended' WHERE id = $1`, [org.id]);
    await until(a, org.key, 401);
    await until(b, org.key, 401);
    await a.dataSource.query(`UPDATE recruiter_orgs SET status = 'active' WHERE id = $1`, [org.id]);
    await until(b, org.key, 200);
  });

  it('shortens a key through rotation in every process', async () => {
    const org = await newOrg(a);
    const key = await newOrgKey(a, org);
    await b.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    await a.dataSource.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE key_id = $1`, [key.keyId]);
    await until(b, key.key, 401);
  });

  it('writes lastUsedAt at most once a minute per key, whatever the number of requests and processes', async () => {
    const org = await newOrg(a);
    const key = await newOrgKey(a, org);
    const lastUsed = async (): Promise<string | null> => {
      const [row] = await a.dataSource.query(`SELECT last_used_at::text AS t FROM api_keys WHERE key_id = $1`, [key.keyId]);
      return row.t;
    };
    await a.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    // The write is off the request path: wait for it to land.
    let first: string | null = null;
    for (let i = 0; i < 200 && first === null; i++) {
      first = await lastUsed();
      if (first === null) await new Promise((r) => setTimeout(r, 25));
    }
    expect(first).not.toBeNull();
    for (let i = 0; i < 10; i++) {
      await a.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
      await b.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
    }
    // The other process's first use does try (its own throttle is fresh); the SQL skips a row used
    // less than a minute ago. Let that attempt finish before reading.
    await new Promise((r) => setTimeout(r, 300));
    expect(await lastUsed()).toBe(first);
    // A minute later (moved back in the row rather than waited for), the next use in a process
    // that has not written it within the minute records it again.
    await a.dataSource.query(`UPDATE api_keys SET last_used_at = last_used_at - interval '61 seconds' WHERE key_id = $1`, [key.keyId]);
    const before = await lastUsed();
    const c = await createTestApp({ database: a.db, env: { API_KEY_CACHE_SECONDS: '300' } });
    try {
      await c.http().get('/v1/recruiter-orgs/me').set(bearer(key.key)).expect(200);
      let after = before;
      for (let i = 0; i < 200 && after === before; i++) {
        after = await lastUsed();
        if (after === before) await new Promise((r) => setTimeout(r, 25));
      }
      expect(after).not.toBe(before);
    } finally {
      await c.close();
    }
  });
});
