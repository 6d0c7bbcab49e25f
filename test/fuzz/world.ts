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
  const assocA = await newAssociation(t, { name: 'Tenant A association' });
  const assocB = await newAssociation(t, { name: 'TENANTB-MARKER association' });
  const orgA = await newOrg(t, { name: 'Tenant A org' });
  const orgB = await newOrg(t, { name: 'TENANTB-MARKER org' });
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
    pathValues: [assocA.id, assocB.id, orgA.id, orgB.id, spareA.keyId, spareB.keyId, ascKeyIdB, orgB.keyId, 'me'],
    tenantBMarkers: ['TENANTB-MARKER', assocB.id, assocB.slug, orgB.id, spareB.keyId, ascKeyIdB, orgB.keyId],
    secretsNeverEchoed: [orgA.key.slice(25), assocA.key.slice(25), t.adminKey.slice(25), orgB.key.slice(25)],
  };
}
