import { AlumniAuthService } from '../../src/alumni/alumni-auth.service';
import { AssociationFixture } from './factories';
import { bearer, TestApp } from './test-app';

let sequence = 0;
export const uniqueId = (prefix = 'x') => `${prefix}${Date.now().toString(36)}${(sequence++).toString(36)}`;

export type ConsentLevel = 'none' | 'searchable' | 'unlockable' | 'all';

/** One import row with plausible values; `consent` adds a complete imported proof. */
export function alumnusRow(fields: Record<string, unknown> = {}, consent: ConsentLevel = 'none', collectedAt = new Date()) {
  const id = uniqueId('ext-');
  const row: Record<string, unknown> = {
    externalId: id,
    firstName: 'Hélène',
    lastName: 'Durand',
    email: `${id}@alumni.example`,
    headline: 'Data engineer',
    city: 'Lyon',
    country: 'FR',
    skills: ['SQL', 'Python'],
    program: 'MSc Data Science',
    degreeLevel: 'master',
    graduationYear: 2018,
    ...fields,
  };
  if (consent !== 'none') {
    Object.assign(row, {
      consentSearchable: true,
      consentUnlockable: consent === 'unlockable' || consent === 'all',
      consentContactable: consent === 'all',
      consentCollectedAt: collectedAt.toISOString(),
      consentTermsVersion: 'assoc-2025',
      consentProofReference: `signup-form#${id}`,
    });
  }
  return row;
}

export async function importAlumni(t: TestApp, association: AssociationFixture, rows: unknown[]) {
  const res = await t.http().post(`/v1/associations/${association.id}/alumni/import`).set(bearer(association.key)).send(rows).expect(200);
  return res.body as { created: number; updated: number; unchanged: number; failed: unknown[] };
}

/** Imports one alumnus and returns its id. */
export async function newAlumnus(
  t: TestApp,
  association: AssociationFixture,
  consent: ConsentLevel = 'none',
  fields: Record<string, unknown> = {},
  collectedAt?: Date,
) {
  const row = alumnusRow(fields, consent, collectedAt);
  const result = await importAlumni(t, association, [row]);
  if (result.created !== 1) throw new Error(`import failed: ${JSON.stringify(result)}`);
  const [{ id }] = await t.dataSource.query(`SELECT id FROM alumni WHERE association_id = $1 AND external_id = $2`, [
    association.id,
    row.externalId,
  ]);
  return { id: id as string, row };
}

/** The magic-link token most recently queued for this alumnus (read from the outbox, as a mail client would). */
export async function latestMagicLinkToken(t: TestApp, alumnusId: string): Promise<string> {
  // Magic-link requests are processed after the 202 has been sent.
  await t.app.get(AlumniAuthService).settled();
  const rows = await t.dataSource.query(
    `SELECT body_text FROM mail_outbox WHERE alumnus_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [alumnusId],
  );
  const match = /pas_mlk_[A-Za-z0-9_-]{43}/.exec(rows[0]?.body_text ?? '');
  if (!match) throw new Error('no magic link in the outbox');
  return match[0];
}

/** Signs the alumnus in through the public routes and returns a session token. */
export async function sessionFor(t: TestApp, association: AssociationFixture, alumnusId: string, email: string): Promise<string> {
  await t.http().post('/v1/alumni/magic-links').send({ associationSlug: association.slug, email }).expect(202);
  const token = await latestMagicLinkToken(t, alumnusId);
  const res = await t.http().post('/v1/alumni/sessions').send({ token }).expect(201);
  return res.body.sessionToken;
}
