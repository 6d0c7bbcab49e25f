import { newAlumnus } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { newAssociation, newOrg, newOrgKey } from '../support/factories';
import { bearer, TestApp } from '../support/test-app';

export interface FuzzCredential {
  name: string;
  token?: string;
  /** Tenant A callers must never see tenant B's data. */
  tenant?: 'A' | 'B';
}

export interface FuzzWorld {
  credentials: FuzzCredential[];
  /** Values used for path parameters: both tenants' ids, so cross-tenant access is tried. */
  pathValues: string[];
  tenantBMarkers: string[];
  /** Secrets that no response may ever contain (keys are shown once, at creation only). */
  secretsNeverEchoed: string[];
}

/**
 * Two tenants with the same shape. Tenant A's credentials are used to probe; tenant B's ids are
 * offered as path parameters, and nothing identifying B may come back to A.
 */
export async function buildWorld(t: TestApp): Promise<FuzzWorld> {
  const assocA = await newAssociation(t, { name: 'Tenant A association', recruiterAccess: 'open' });
  const assocB = await newAssociation(t, { name: 'TENANTB-MARKER association', recruiterAccess: 'closed' });
  const orgA = await newOrg(t, { name: 'Tenant A org' });
  const orgB = await newOrg(t, { name: 'TENANTB-MARKER org' });
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

  return {
    credentials: [
      { name: 'none' },
      { name: 'admin', token: t.adminKey },
      { name: 'association A', token: assocA.key, tenant: 'A' },
      { name: 'recruiter A', token: orgA.key, tenant: 'A' },
      { name: 'recruiter A (revoked)', token: revoked.key, tenant: 'A' },
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
      contactB.body.id,
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
      contactB.body.id,
    ],
    secretsNeverEchoed: [orgA.key.slice(25), assocA.key.slice(25), t.adminKey.slice(25), orgB.key.slice(25)],
  };
}
