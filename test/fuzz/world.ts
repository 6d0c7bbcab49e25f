import { newAlumnus, sessionFor } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { AssociationFixture, newAssociation, newOrg, newOrgKey, OrgFixture } from '../support/factories';
import { bearer, TestApp } from '../support/test-app';

export interface FuzzCredential {
  name: string;
  token?: string;
  /** Tenant A callers must never see tenant B's data. */
  tenant?: 'A' | 'B';
  /** Tenant B values this caller may read all the same (removed from a response before the leak check). */
  maySee?: string[];
}

export interface FuzzWorld {
  credentials: FuzzCredential[];
  /** Values used for path parameters: both tenants' ids, so cross-tenant access is tried. */
  pathValues: string[];
  tenantBMarkers: string[];
  /** Secrets that no response may ever contain (keys are shown once, at creation only). */
  secretsNeverEchoed: string[];
  /** Ids of tenant B's resources: a write by tenant A naming one must be refused and change nothing. */
  tenantBIds: string[];
  /** A digest of everything tenant B owns, read straight from the database. */
  tenantBState(): Promise<string>;
  fixtures: { assocA: AssociationFixture; orgA: OrgFixture; valuesA: string[] };
  stripeWebhookSecret: string;
  /** A local receiver the app may deliver webhooks to (its host allowed by configuration), if any. */
  webhookUrl?: string;
}

export interface FuzzWorldOptions {
  stripeWebhookSecret?: string;
  webhookUrl?: string;
}

/**
 * Two tenants with the same shape. Tenant A's credentials are used to probe; tenant B's ids are
 * offered as path parameters, and nothing identifying B may come back to A.
 */
export async function buildWorld(
  t: TestApp,
  { stripeWebhookSecret = 'whsec_fuzz', webhookUrl }: FuzzWorldOptions = {},
): Promise<FuzzWorld> {
  const assocA = await newAssociation(t, { name: 'Tenant A association', recruiterAccess: 'open' });
  const assocB = await newAssociation(t, { name: 'TENANTB-MARKER association', recruiterAccess: 'approval' });
  const orgA = await newOrg(t, { name: 'Tenant A org' });
  const orgB = await newOrg(t, { name: 'TENANTB-MARKER org' });
  // An access request in B's queue, then B closes: nobody from tenant A may decide it.
  const accessB = await t
    .http()
    .post(`/v1/associations/${assocB.id}/access-requests`)
    .set(bearer(orgB.key))
    .send({ message: 'TENANTB-MARKER request' })
    .expect(201);
  await t.http().patch(`/v1/associations/${assocB.id}`).set(bearer(t.adminKey)).send({ recruiterAccess: 'closed' }).expect(200);
  // Alumni: one on the open marketplace, one in B's closed association whose personal data
  // must never reach tenant A's callers.
  const shared = await newAlumnus(t, assocA, 'all');
  const hidden = await newAlumnus(t, assocB, 'all', {
    lastName: 'TENANTB-MARKER-NAME',
    email: 'tenantb-marker@alumni.example',
    phone: '+33 6 99 88 77 66',
  });
  // Org B's own activity on the shared alumnus: an unlock and a contact request.
  for (const org of [orgA, orgB]) await grantCredits(t, org.id, { credits: 10, amountPaidMinor: 1000 }).expect(201);
  const unlockB = await t.http().post(`/v1/profiles/${shared.id}/unlock`).set(bearer(orgB.key)).send().expect(201);
  const contactB = await t
    .http()
    .post(`/v1/profiles/${shared.id}/contact-requests`)
    .set(bearer(orgB.key))
    .send({ jobTitle: 'TENANTB-MARKER job', message: 'Hello from tenant B' })
    .expect(201);
  const spareA = await newOrgKey(t, orgA, { name: 'spare A' });
  const spareB = await newOrgKey(t, orgB, { name: 'TENANTB-MARKER key' });
  const ascKeysB = await t.http().get(`/v1/associations/${assocB.id}/api-keys`).set(bearer(assocB.key)).expect(200);
  const ascKeyIdB: string = ascKeysB.body.data[0].id;
  const revoked = await newOrgKey(t, orgA, { name: 'revoked' });
  await t.http().delete(`/v1/api-keys/${revoked.keyId}`).set(bearer(orgA.key)).expect(204);
  const alumnusA = await newAlumnus(t, assocA, 'all');
  const sessionA = await sessionFor(t, assocA, alumnusA.id, alumnusA.row.email as string);
  const contactToA = await t
    .http()
    .post(`/v1/profiles/${alumnusA.id}/contact-requests`)
    .set(bearer(orgA.key))
    .send({ jobTitle: 'Tenant A job', message: 'Hello' })
    .expect(201);
  const tenantBIds: string[] = [
    assocB.id,
    orgB.id,
    spareB.keyId,
    ascKeyIdB,
    orgB.keyId,
    hidden.id,
    unlockB.body.unlock.id,
    contactB.body.contactRequest.id,
    accessB.body.id,
  ];

  if (tenantBIds.some((id) => typeof id !== 'string')) throw new Error(`a tenant B id is missing: ${JSON.stringify(tenantBIds)}`);
  return {
    credentials: [
      { name: 'none' },
      { name: 'admin', token: t.adminKey },
      // Org B unlocked and contacted one of association A's alumni: A's dashboard names the orgs
      // that dealt with its alumni (and revenue by org), so org B's id and name are A's to read.
      { name: 'association A', token: assocA.key, tenant: 'A', maySee: [orgB.id, 'TENANTB-MARKER org'] },
      { name: 'recruiter A', token: orgA.key, tenant: 'A' },
      { name: 'recruiter A (revoked)', token: revoked.key, tenant: 'A' },
      { name: 'alumnus A', token: sessionA, tenant: 'A' },
      { name: 'forged', token: `pas_rec_${'0'.repeat(16)}_${'A'.repeat(43)}` },
      { name: 'garbage', token: 'not-a-key' },
    ],
    pathValues: [
      assocA.id,
      assocB.id,
      orgA.id,
      orgB.id,
      spareA.keyId,
      spareB.keyId,
      ascKeyIdB,
      orgB.keyId,
      shared.id,
      hidden.id,
      unlockB.body.unlock.id,
      contactB.body.contactRequest.id,
      accessB.body.id,
      alumnusA.id,
      contactToA.body.contactRequest.id,
      'me',
    ],
    tenantBMarkers: [
      'TENANTB-MARKER',
      'tenantb-marker@alumni.example',
      '99 88 77 66',
      assocB.id,
      assocB.slug,
      orgB.id,
      spareB.keyId,
      ascKeyIdB,
      orgB.keyId,
      hidden.id,
      unlockB.body.unlock.id,
      contactB.body.contactRequest.id,
      accessB.body.id,
    ],
    secretsNeverEchoed: [orgA.key.slice(25), assocA.key.slice(25), t.adminKey.slice(25), orgB.key.slice(25), sessionA.slice(12)],
    tenantBIds,
    tenantBState: () => tenantBState(t, assocB.id, orgB.id),
    fixtures: {
      assocA,
      orgA,
      valuesA: [assocA.id, orgA.id, spareA.keyId, shared.id, alumnusA.id, contactToA.body.contactRequest.id, 'me'],
    },
    stripeWebhookSecret,
    webhookUrl,
  };
}

/** Every row tenant B owns, as one digest (timestamps included: a touched row counts as changed). */
async function tenantBState(t: TestApp, associationId: string, orgId: string): Promise<string> {
  const [{ digest }] = await t.dataSource.query(
    `SELECT md5(string_agg(part, '|' ORDER BY part)) AS digest FROM (
       SELECT row_to_json(x)::text AS part FROM associations x WHERE id = $1
       UNION ALL SELECT row_to_json(x)::text FROM recruiter_orgs x WHERE id = $2
       UNION ALL SELECT (row_to_json(x)::jsonb - 'last_used_at')::text FROM api_keys x WHERE association_id = $1 OR org_id = $2
       UNION ALL SELECT row_to_json(x)::text FROM alumni x WHERE association_id = $1
       UNION ALL SELECT row_to_json(x)::text FROM consent_events x WHERE alumnus_id IN (SELECT id FROM alumni WHERE association_id = $1)
       UNION ALL SELECT row_to_json(x)::text FROM association_access_requests x WHERE association_id = $1 OR org_id = $2
       UNION ALL SELECT row_to_json(x)::text FROM association_blocked_orgs x WHERE association_id = $1
       UNION ALL SELECT row_to_json(x)::text FROM unlocks x WHERE org_id = $2 OR alumnus_id IN (SELECT id FROM alumni WHERE association_id = $1)
       UNION ALL SELECT row_to_json(x)::text FROM contact_requests x WHERE org_id = $2 OR alumnus_id IN (SELECT id FROM alumni WHERE association_id = $1)
       UNION ALL SELECT row_to_json(x)::text FROM wallets x WHERE org_id = $2
     ) s`,
    [associationId, orgId],
  );
  return digest as string;
}
