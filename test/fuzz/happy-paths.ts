import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import type { Response } from 'supertest';
import { alumnusRow, newAlumnus, sessionFor } from '../support/alumni-factories';
import { grantCredits } from '../support/credits';
import { newAssociation, newOrg, newOrgKey } from '../support/factories';
import { bearer, TestApp } from '../support/test-app';
import { FuzzWorld } from './world';

type Example = (t: TestApp, w: FuzzWorld) => Promise<Response>;

const unique = () => randomBytes(5).toString('hex');
const signer = new Stripe('sk_test_signer');

async function freshAlumnus(t: TestApp, w: FuzzWorld, consent: 'searchable' | 'all' = 'all') {
  const a = await newAlumnus(t, w.fixtures.assocA, consent);
  const session = await sessionFor(t, w.fixtures.assocA, a.id, a.row.email as string);
  return { id: a.id, session };
}

async function contactRequestTo(t: TestApp, w: FuzzWorld) {
  const alumnus = await freshAlumnus(t, w);
  await grantCredits(t, w.fixtures.orgA.id, { credits: 5 }).expect(201);
  const res = await t
    .http()
    .post(`/v1/profiles/${alumnus.id}/contact-requests`)
    .set(bearer(w.fixtures.orgA.key))
    .send({ jobTitle: 'Data engineer', message: 'Hello' })
    .expect(201);
  return { alumnus, requestId: res.body.contactRequest.id as string };
}

/** A fresh org with an endpoint on the world's local receiver, subscribed to its unlocks. */
async function webhookEndpoint(t: TestApp, w: FuzzWorld) {
  if (!w.webhookUrl) throw new Error('the fuzz world has no webhook receiver (buildWorld({ webhookUrl }))');
  const org = await newOrg(t);
  const res = await t
    .http()
    .post('/v1/webhook-endpoints')
    .set(bearer(org.key))
    .send({ url: w.webhookUrl, eventTypes: ['profile.unlocked'], description: 'ATS' })
    .expect(201);
  return { org, endpointId: res.body.endpoint.id as string };
}

async function associationMember(t: TestApp, w: FuzzWorld) {
  const res = await t
    .http()
    .post(`/v1/associations/${w.fixtures.assocA.id}/members`)
    .set(bearer(w.fixtures.assocA.key))
    .send({ email: `member-${unique()}@assoc-a.example`, role: 'viewer' })
    .expect(201);
  return res.body.id as string;
}

async function orgMember(t: TestApp, w: FuzzWorld) {
  const res = await t
    .http()
    .post('/v1/recruiter-orgs/me/members')
    .set(bearer(w.fixtures.orgA.key))
    .send({ email: `member-${unique()}@org-a.example`, role: 'recruiter' })
    .expect(201);
  return res.body.id as string;
}

async function pendingAccessRequest(t: TestApp) {
  const assoc = await newAssociation(t, { recruiterAccess: 'approval' });
  const org = await newOrg(t);
  const res = await t
    .http()
    .post(`/v1/associations/${assoc.id}/access-requests`)
    .set(bearer(org.key))
    .send({ message: 'Hello' })
    .expect(201);
  return { assoc, requestId: res.body.id as string };
}

/**
 * One request per documented operation that a correct server answers with a 2xx, each preparing
 * what it needs. The fuzzer runs them after its random cases so that every operation is shown to
 * succeed at least once per run (a generator that never gets past validation proves little).
 * Operations without an entry are tried with a GET by each credential.
 */
export const HAPPY_PATHS: Record<string, Example> = {
  'POST /v1/associations/{id}/api-keys': (t, w) =>
    t
      .http()
      .post(`/v1/associations/${w.fixtures.assocA.id}/api-keys`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ name: `k ${unique()}` }),
  'POST /v1/recruiter-orgs/me/api-keys': (t, w) =>
    t
      .http()
      .post('/v1/recruiter-orgs/me/api-keys')
      .set(bearer(w.fixtures.orgA.key))
      .send({ name: `k ${unique()}` }),
  'DELETE /v1/api-keys/{keyId}': async (t, w) => {
    const key = await newOrgKey(t, w.fixtures.orgA);
    return t.http().delete(`/v1/api-keys/${key.keyId}`).set(bearer(w.fixtures.orgA.key));
  },
  'POST /v1/api-keys/{keyId}/rotate': async (t, w) => {
    const key = await newOrgKey(t, w.fixtures.orgA);
    return t.http().post(`/v1/api-keys/${key.keyId}/rotate`).set(bearer(w.fixtures.orgA.key)).send({ graceSeconds: 0 });
  },
  'POST /v1/associations': (t) =>
    t
      .http()
      .post('/v1/associations')
      .set(bearer(t.adminKey))
      .send({ name: 'Happy', slug: `happy-${unique()}` }),
  'PATCH /v1/associations/{id}': (t, w) =>
    t.http().patch(`/v1/associations/${w.fixtures.assocA.id}`).set(bearer(w.fixtures.assocA.key)).send({ name: 'Tenant A association' }),
  'POST /v1/recruiter-orgs': (t) =>
    t
      .http()
      .post('/v1/recruiter-orgs')
      .set(bearer(t.adminKey))
      .send({ name: 'Happy org', emailDomain: `happy-${unique()}.example` }),
  'POST /v1/associations/{id}/access-requests': async (t) => {
    const assoc = await newAssociation(t, { recruiterAccess: 'approval' });
    const org = await newOrg(t);
    return t.http().post(`/v1/associations/${assoc.id}/access-requests`).set(bearer(org.key)).send({ message: 'Hello' });
  },
  'POST /v1/associations/{id}/access-requests/{requestId}/approve': async (t) => {
    const { assoc, requestId } = await pendingAccessRequest(t);
    return t.http().post(`/v1/associations/${assoc.id}/access-requests/${requestId}/approve`).set(bearer(assoc.key));
  },
  'POST /v1/associations/{id}/access-requests/{requestId}/reject': async (t) => {
    const { assoc, requestId } = await pendingAccessRequest(t);
    return t.http().post(`/v1/associations/${assoc.id}/access-requests/${requestId}/reject`).set(bearer(assoc.key));
  },
  'POST /v1/associations/{id}/blocked-orgs': async (t, w) => {
    const org = await newOrg(t);
    return t
      .http()
      .post(`/v1/associations/${w.fixtures.assocA.id}/blocked-orgs`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ orgId: org.id });
  },
  'DELETE /v1/associations/{id}/blocked-orgs/{orgId}': async (t, w) => {
    const org = await newOrg(t);
    await t
      .http()
      .post(`/v1/associations/${w.fixtures.assocA.id}/blocked-orgs`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ orgId: org.id })
      .expect(201);
    return t.http().delete(`/v1/associations/${w.fixtures.assocA.id}/blocked-orgs/${org.id}`).set(bearer(w.fixtures.assocA.key));
  },
  'POST /v1/associations/{id}/alumni/import': (t, w) =>
    t.http().post(`/v1/associations/${w.fixtures.assocA.id}/alumni/import`).set(bearer(w.fixtures.assocA.key)).send([alumnusRow()]),
  'GET /v1/associations/{id}/alumni/{alumnusId}': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    return t.http().get(`/v1/associations/${w.fixtures.assocA.id}/alumni/${a.id}`).set(bearer(w.fixtures.assocA.key));
  },
  'PATCH /v1/associations/{id}/alumni/{alumnusId}': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    return t
      .http()
      .patch(`/v1/associations/${w.fixtures.assocA.id}/alumni/${a.id}`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ headline: 'Analyst' });
  },
  'DELETE /v1/associations/{id}/alumni/{alumnusId}': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    return t.http().delete(`/v1/associations/${w.fixtures.assocA.id}/alumni/${a.id}`).set(bearer(w.fixtures.assocA.key));
  },
  'GET /v1/associations/{id}/alumni/{alumnusId}/consent-events': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA, 'searchable');
    return t.http().get(`/v1/associations/${w.fixtures.assocA.id}/alumni/${a.id}/consent-events`).set(bearer(w.fixtures.assocA.key));
  },
  'POST /v1/associations/{id}/alumni/{alumnusId}/invitations': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    return t.http().post(`/v1/associations/${w.fixtures.assocA.id}/alumni/${a.id}/invitations`).set(bearer(w.fixtures.assocA.key));
  },
  'POST /v1/alumni/magic-links': (t, w) =>
    t.http().post('/v1/alumni/magic-links').send({ associationSlug: w.fixtures.assocA.slug, email: 'someone@alumni.example' }),
  'POST /v1/alumni/sessions': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    await t.http().post('/v1/alumni/magic-links').send({ associationSlug: w.fixtures.assocA.slug, email: a.row.email }).expect(202);
    const { latestMagicLinkToken } = await import('../support/alumni-factories');
    return t
      .http()
      .post('/v1/alumni/sessions')
      .send({ token: await latestMagicLinkToken(t, a.id) });
  },
  'PATCH /v1/me': async (t, w) =>
    t
      .http()
      .patch('/v1/me')
      .set(bearer((await freshAlumnus(t, w)).session))
      .send({ headline: 'Engineer' }),
  'DELETE /v1/me': async (t, w) =>
    t
      .http()
      .delete('/v1/me')
      .set(bearer((await freshAlumnus(t, w)).session)),
  'PUT /v1/me/consent': async (t, w) => {
    const { CURRENT_TERMS_VERSION } = await import('../../src/alumni/consent-terms');
    return t
      .http()
      .put('/v1/me/consent')
      .set(bearer((await freshAlumnus(t, w)).session))
      .send({ searchable: true, unlockable: true, contactable: false, termsVersion: CURRENT_TERMS_VERSION });
  },
  'DELETE /v1/me/consent': async (t, w) =>
    t
      .http()
      .delete('/v1/me/consent')
      .set(bearer((await freshAlumnus(t, w)).session)),
  'POST /v1/me/blocked-orgs/{orgId}': async (t, w) =>
    t
      .http()
      .post(`/v1/me/blocked-orgs/${w.fixtures.orgA.id}`)
      .set(bearer((await freshAlumnus(t, w)).session)),
  'DELETE /v1/me/blocked-orgs/{orgId}': async (t, w) => {
    const { session } = await freshAlumnus(t, w);
    await t.http().post(`/v1/me/blocked-orgs/${w.fixtures.orgA.id}`).set(bearer(session));
    return t.http().delete(`/v1/me/blocked-orgs/${w.fixtures.orgA.id}`).set(bearer(session));
  },
  'DELETE /v1/me/session': async (t, w) =>
    t
      .http()
      .delete('/v1/me/session')
      .set(bearer((await freshAlumnus(t, w)).session)),
  'POST /v1/credit-packs': (t) =>
    t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: 'Five', credits: 5, priceMinor: 500, currency: 'eur', validityDays: 30 }),
  'POST /v1/recruiter-orgs/{id}/credit-grants': (t, w) => grantCredits(t, w.fixtures.orgA.id, { credits: 3 }),
  'POST /v1/wallet/checkout-sessions': async (t, w) => {
    const pack = await t
      .http()
      .post('/v1/credit-packs')
      .set(bearer(t.adminKey))
      .send({ name: 'Ten', credits: 10, priceMinor: 1000, currency: 'eur', validityDays: 30 })
      .expect(201);
    return t
      .http()
      .post('/v1/wallet/checkout-sessions')
      .set(bearer(w.fixtures.orgA.key))
      .send({ packId: pack.body.id, successUrl: 'https://ats.example.com/ok', cancelUrl: 'https://ats.example.com/no' });
  },
  'POST /v1/webhooks/stripe': (t, w) => {
    const payload = JSON.stringify({ id: `evt_${unique()}`, object: 'event', type: 'fuzz.ping', data: { object: { id: 'x' } } });
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: w.stripeWebhookSecret });
    return t.http().post('/v1/webhooks/stripe').set('content-type', 'application/json').set('stripe-signature', header).send(payload);
  },
  'GET /v1/profiles/{alumnusId}': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA, 'all');
    return t.http().get(`/v1/profiles/${a.id}`).set(bearer(w.fixtures.orgA.key));
  },
  'POST /v1/profiles/{alumnusId}/unlock': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA, 'all');
    await grantCredits(t, w.fixtures.orgA.id, { credits: 5 }).expect(201);
    return t.http().post(`/v1/profiles/${a.id}/unlock`).set(bearer(w.fixtures.orgA.key));
  },
  'POST /v1/profiles/{alumnusId}/contact-requests': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA, 'all');
    await grantCredits(t, w.fixtures.orgA.id, { credits: 5 }).expect(201);
    return t
      .http()
      .post(`/v1/profiles/${a.id}/contact-requests`)
      .set(bearer(w.fixtures.orgA.key))
      .send({ jobTitle: 'Engineer', message: 'Hi' });
  },
  'POST /v1/me/contact-requests/{id}/accept': async (t, w) => {
    const { alumnus, requestId } = await contactRequestTo(t, w);
    return t.http().post(`/v1/me/contact-requests/${requestId}/accept`).set(bearer(alumnus.session));
  },
  'POST /v1/me/contact-requests/{id}/decline': async (t, w) => {
    const { alumnus, requestId } = await contactRequestTo(t, w);
    return t.http().post(`/v1/me/contact-requests/${requestId}/decline`).set(bearer(alumnus.session));
  },
  'GET /v1/associations/{id}/consent-health/alumni': (t, w) =>
    t
      .http()
      .get(`/v1/associations/${w.fixtures.assocA.id}/consent-health/alumni?segment=never_answered`)
      .set(bearer(w.fixtures.assocA.key)),
  'POST /v1/associations/{id}/alumni/invitations': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    return t
      .http()
      .post(`/v1/associations/${w.fixtures.assocA.id}/alumni/invitations`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ alumnusIds: [a.id] });
  },
  'POST /v1/auth/sign-in-links': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    return t.http().post('/v1/auth/sign-in-links').send({ email: a.row.email });
  },
  'POST /v1/auth/sessions': async (t, w) => {
    const a = await newAlumnus(t, w.fixtures.assocA);
    await t.http().post('/v1/auth/sign-in-links').send({ email: a.row.email }).expect(202);
    const { PeopleAuthService } = await import('../../src/people/people-auth.service');
    await t.app.get(PeopleAuthService).settled();
    const [row] = await t.dataSource.query(
      `SELECT body_text FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at DESC, id DESC LIMIT 1`,
      [a.row.email],
    );
    const token = /#token=(pas_mlk_[A-Za-z0-9_-]{43})/.exec(row?.body_text ?? '')?.[1];
    return t.http().post('/v1/auth/sessions').send({ token });
  },
  'GET /v1/me/organisations': async (t, w) =>
    t
      .http()
      .get('/v1/me/organisations?q=Tenant')
      .set(bearer((await freshAlumnus(t, w)).session)),
  'POST /v1/associations/{id}/members': (t, w) =>
    t
      .http()
      .post(`/v1/associations/${w.fixtures.assocA.id}/members`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ email: `m-${unique()}@assoc-a.example`, role: 'treasurer' }),
  'PATCH /v1/associations/{id}/members/{memberId}': async (t, w) =>
    t
      .http()
      .patch(`/v1/associations/${w.fixtures.assocA.id}/members/${await associationMember(t, w)}`)
      .set(bearer(w.fixtures.assocA.key))
      .send({ role: 'alumni_manager' }),
  'DELETE /v1/associations/{id}/members/{memberId}': async (t, w) =>
    t
      .http()
      .delete(`/v1/associations/${w.fixtures.assocA.id}/members/${await associationMember(t, w)}`)
      .set(bearer(w.fixtures.assocA.key)),
  'POST /v1/recruiter-orgs/me/members': (t, w) =>
    t
      .http()
      .post('/v1/recruiter-orgs/me/members')
      .set(bearer(w.fixtures.orgA.key))
      .send({ email: `m-${unique()}@org-a.example`, role: 'billing' }),
  'PATCH /v1/recruiter-orgs/me/members/{memberId}': async (t, w) =>
    t
      .http()
      .patch(`/v1/recruiter-orgs/me/members/${await orgMember(t, w)}`)
      .set(bearer(w.fixtures.orgA.key))
      .send({ role: 'billing' }),
  'DELETE /v1/recruiter-orgs/me/members/{memberId}': async (t, w) =>
    t
      .http()
      .delete(`/v1/recruiter-orgs/me/members/${await orgMember(t, w)}`)
      .set(bearer(w.fixtures.orgA.key)),
  'POST /v1/webhook-endpoints': async (t, w) =>
    t
      .http()
      .post('/v1/webhook-endpoints')
      .set(bearer((await newOrg(t)).key))
      .send({ url: w.webhookUrl, eventTypes: ['profile.unlocked'] }),
  'GET /v1/webhook-endpoints/{id}': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    return t.http().get(`/v1/webhook-endpoints/${endpointId}`).set(bearer(org.key));
  },
  'PATCH /v1/webhook-endpoints/{id}': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    return t.http().patch(`/v1/webhook-endpoints/${endpointId}`).set(bearer(org.key)).send({ description: 'ATS (staging)' });
  },
  'DELETE /v1/webhook-endpoints/{id}': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    return t.http().delete(`/v1/webhook-endpoints/${endpointId}`).set(bearer(org.key));
  },
  'POST /v1/webhook-endpoints/{id}/rotate-secret': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    return t
      .http()
      .post(`/v1/webhook-endpoints/${endpointId}/rotate-secret`)
      .set(bearer(org.key))
      .send({ previousSecretExpiresInSeconds: 60 });
  },
  'POST /v1/webhook-endpoints/{id}/test': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    return t.http().post(`/v1/webhook-endpoints/${endpointId}/test`).set(bearer(org.key));
  },
  'GET /v1/webhook-endpoints/{id}/attempts': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    await t.http().post(`/v1/webhook-endpoints/${endpointId}/test`).set(bearer(org.key)).expect(200);
    return t.http().get(`/v1/webhook-endpoints/${endpointId}/attempts`).set(bearer(org.key));
  },
  'GET /v1/webhook-endpoints/{id}/deliveries': async (t, w) => {
    const { org, endpointId } = await webhookEndpoint(t, w);
    return t.http().get(`/v1/webhook-endpoints/${endpointId}/deliveries`).set(bearer(org.key));
  },
  'POST /v1/webhook-endpoints/{id}/deliveries/{deliveryId}/resend': async (t, w) => {
    // An unlock records `profile.unlocked` and, in the same transaction, a delivery to the endpoint.
    const { org, endpointId } = await webhookEndpoint(t, w);
    await grantCredits(t, org.id, { credits: 1 }).expect(201);
    const a = await newAlumnus(t, w.fixtures.assocA, 'all');
    await t.http().post(`/v1/profiles/${a.id}/unlock`).set(bearer(org.key)).expect(201);
    const deliveries = await t.http().get(`/v1/webhook-endpoints/${endpointId}/deliveries`).set(bearer(org.key)).expect(200);
    if (deliveries.body.data.length !== 1) throw new Error(`expected one delivery, got ${JSON.stringify(deliveries.body)}`);
    return t.http().post(`/v1/webhook-endpoints/${endpointId}/deliveries/${deliveries.body.data[0].id}/resend`).set(bearer(org.key));
  },
  'GET /v1/associations/{id}/revenue': (t, w) =>
    t.http().get(`/v1/associations/${w.fixtures.assocA.id}/revenue?from=2026-01-01&to=2026-01-31`).set(bearer(w.fixtures.assocA.key)),
  'GET /v1/platform/revenue': (t) => t.http().get('/v1/platform/revenue?from=2026-01-01&to=2026-01-31').set(bearer(t.adminKey)),
};

/** The fallback for operations without an entry: the path filled with tenant A's values, each credential in turn. */
export async function tryGenerically(t: TestApp, w: FuzzWorld, method: string, template: string): Promise<number[]> {
  const statuses: number[] = [];
  const fill = (value: string) => template.replace(/\{[^}]+\}/g, value);
  const values = template.includes('{') ? w.fixtures.valuesA : [''];
  for (const token of [t.adminKey, w.fixtures.assocA.key, w.fixtures.orgA.key, (await freshAlumnus(t, w)).session]) {
    for (const value of values) {
      const res = await t.http()[method.toLowerCase() as 'get'](fill(value)).set(bearer(token));
      statuses.push(res.status);
      if (res.status < 300) return statuses;
    }
  }
  return statuses;
}
