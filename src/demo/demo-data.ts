import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlumniImportService } from '../alumni/alumni-import.service';
import { AssociationsService } from '../associations/associations.service';
import { CreditPacksService } from '../credit-packs/credit-packs.service';
import { RecruiterOrgsService } from '../recruiter-orgs/recruiter-orgs.service';
import { WalletService } from '../credits/wallet.service';
import { generateAlumni } from './alumni-generator';
import { seedDemoRevenue } from './demo-revenue';
import { DemoRepository } from './demo.repository';

/** Alumni seeded into the demo association, about 60 % of them with imported consent proof. */
export const DEMO_ALUMNI = 300;

/** The demo association's owner, invited as a member when the demo is seeded. */
export const DEMO_OWNER_EMAIL = 'owner@demo-ecole.example';

export interface DemoKeys {
  associationSlug: string;
  associationKey: string;
  recruiterKey: string;
  /** An alumnus address to sign in with at /sign-in (the link is printed as a development mail). */
  alumnusEmail: string;
  /** The demo association's owner (a member), to sign in with at /sign-in. */
  ownerEmail: string;
}

/**
 * Seeds a small demo on an empty database (no association yet): an open association with a few
 * hundred alumni (mixed consent) and a recruiter org. Returns their keys to print once, or null when the database already has data.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<DemoKeys | null> {
  if ((await new DemoRepository(app.get(DataSource)).countAssociations()) > 0) return null;
  const system = { kind: 'admin', keyId: 'demo-seed', keyKind: 'adm', scopes: ['platform:admin'] } as const;
  const { association, apiKey: associationKey } = await app.get(AssociationsService).create(system, {
    name: 'Alumni Demo École',
    slug: 'demo-ecole',
    recruiterAccess: 'open',
    ownerEmail: DEMO_OWNER_EMAIL,
    ownerLocale: 'en',
  });
  const { org, apiKey: recruiterKey } = await app.get(RecruiterOrgsService).create(system, {
    name: 'Demo Talent Partners',
    emailDomain: 'demo-talent.example',
  });
  // Seeded through the real import path, so demo consent carries proof like any import.
  const alumni = generateAlumni(DEMO_ALUMNI, { prefix: 'demo', consentShare: 0.6 });
  await app.get(AlumniImportService).importJson(association.id, alumni);
  // A pack to buy (once Stripe is configured) and 20 granted credits to try unlocks right away.
  await app.get(CreditPacksService).create({ name: '10 credits', credits: 10, priceMinor: 10_000, currency: 'eur', validityDays: 365 });
  // Months of paid purchases, unlocks and accepted contacts across several orgs, so the
  // association dashboard has revenue to show on first start.
  await seedDemoRevenue(app, system, association.id, org.id);
  await app.get(WalletService).grant(undefined, {
    orgId: org.id,
    credits: 20,
    amountPaidMinor: 0,
    currency: 'eur',
    expiresAt: null,
    source: 'grant',
    reason: 'demo credits',
    idempotencyKey: 'demo-grant',
  });
  return {
    associationSlug: association.slug,
    associationKey: associationKey.secret,
    recruiterKey: recruiterKey.secret,
    alumnusEmail: String(alumni[0].email),
    ownerEmail: DEMO_OWNER_EMAIL,
  };
}
