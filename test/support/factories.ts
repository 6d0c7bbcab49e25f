import { bearer, TestApp } from './test-app';

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export interface AssociationFixture {
  id: string;
  slug: string;
  key: string;
  body: Record<string, unknown>;
}

export async function newAssociation(t: TestApp, fields: Record<string, unknown> = {}): Promise<AssociationFixture> {
  const slug = `assoc-${unique()}`;
  const res = await t
    .http()
    .post('/v1/associations')
    .set(bearer(t.adminKey))
    .send({ name: `Association ${slug}`, slug, ...fields })
    .expect(201);
  return { id: res.body.association.id, slug: res.body.association.slug, key: res.body.apiKey.secret, body: res.body };
}

export interface OrgFixture {
  id: string;
  key: string;
  keyId: string;
}

export async function newOrg(t: TestApp, fields: Record<string, unknown> = {}): Promise<OrgFixture> {
  const res = await t
    .http()
    .post('/v1/recruiter-orgs')
    .set(bearer(t.adminKey))
    .send({ name: `Org ${unique()}`, emailDomain: `org-${unique()}.example`, ...fields })
    .expect(201);
  return { id: res.body.org.id, key: res.body.apiKey.secret, keyId: res.body.apiKey.key.id };
}

export async function newOrgKey(t: TestApp, org: OrgFixture, body: Record<string, unknown> = {}) {
  const res = await t
    .http()
    .post('/v1/recruiter-orgs/me/api-keys')
    .set(bearer(org.key))
    .send({ name: `key ${unique()}`, ...body })
    .expect(201);
  return { key: res.body.secret as string, keyId: res.body.key.id as string, body: res.body };
}
