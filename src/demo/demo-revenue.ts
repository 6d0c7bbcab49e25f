import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdminPrincipal, AlumnusPrincipal, RecruiterPrincipal } from '../auth/principal';
import { ContactsService } from '../contacts/contacts.service';
import { CreditPacksService } from '../credit-packs/credit-packs.service';
import { UnlocksService } from '../credits/unlocks.service';
import { RecruiterOrgsService } from '../recruiter-orgs/recruiter-orgs.service';
import { WalletService } from '../credits/wallet.service';
import { DemoRepository } from './demo.repository';

/** Months of history before the current one: the dashboard's default period is 13 months. */
const HISTORY_MONTHS = 13;
const DAY_MS = 86_400_000;

const EXTRA_ORGS = [
  { name: 'Cabinet Lefèvre & Associés', emailDomain: 'lefevre-associes.example' },
  { name: 'Nordic Recruit', emailDomain: 'nordic-recruit.example' },
  { name: 'Helios Conseil', emailDomain: 'helios-conseil.example' },
];

/**
 * A lived-in revenue history for the demo association: recruiter orgs that bought credit packs
 * (paid purchases, as the Stripe webhook records them) and, over the last 13 months, unlocked
 * alumni and had contact requests accepted, through the real unlock and contact services (so
 * revenue rows, shares and the access log are what production writes). Each movement is then
 * dated back into its month: revenue rows, unlocks, contact requests, access-log entries and the
 * purchases. The wallet ledger is append-only and keeps its real (today's) times.
 *
 * Deterministic (no randomness), and batched so that the first start stays quick.
 */
export async function seedDemoRevenue(
  app: INestApplicationContext,
  system: AdminPrincipal,
  associationId: string,
  firstOrgId: string,
): Promise<void> {
  const demo = new DemoRepository(app.get(DataSource));
  const wallet = app.get(WalletService);
  const smallPackId = await demo.findPackIdByCredits(10);
  const large = await app
    .get(CreditPacksService)
    .create({ name: '50 credits', credits: 50, priceMinor: 40_000, currency: 'eur', validityDays: 365 });
  const orgIds = [firstOrgId];
  for (const org of EXTRA_ORGS) orgIds.push((await app.get(RecruiterOrgsService).create(system, org)).org.id);

  // Paid purchases: each org bought a large pack and a small one (different prices per credit).
  for (const [i, orgId] of orgIds.entries()) {
    for (const [j, pack] of [
      { id: large.id, credits: 50, amount: 40_000 },
      { id: smallPackId, credits: 10, amount: 10_000 },
    ].entries()) {
      const purchaseId = await demo.insertPaidPurchase({
        orgId,
        packId: pack.id,
        credits: pack.credits,
        amountMinor: pack.amount,
        daysAgo: (HISTORY_MONTHS + 1) * 30 - i * 20 - j * 150,
      });
      const { lot } = await wallet.grant(undefined, {
        orgId,
        credits: pack.credits,
        amountPaidMinor: pack.amount,
        currency: 'eur',
        expiresAt: new Date(Date.now() + 365 * DAY_MS),
        source: 'purchase',
        purchaseId,
        idempotencyKey: `purchase:${purchaseId}`,
      });
      await demo.linkPurchaseToLot(purchaseId, lot.id);
    }
  }

  const alumni = await demo.findUnlockableAlumni(associationId);
  const recruiter = (orgId: string): RecruiterPrincipal => ({
    kind: 'recruiter',
    orgId,
    keyId: 'demo-seed',
    keyKind: 'rec',
    scopes: ['search:read', 'profiles:unlock', 'contact:write'],
  });

  // Unlocks: each org takes a different stride through the alumni, so orgs share some profiles.
  const unlocks: Array<{ orgId: string; alumnusId: string }> = [];
  orgIds.forEach((orgId, o) => {
    const count = [34, 22, 16, 10][o];
    for (let k = 0; k < count && k < alumni.length; k++)
      unlocks.push({ orgId, alumnusId: alumni[(k * (o + 1) + o * 7) % alumni.length].id });
  });
  const seen = new Set<string>();
  const unique = unlocks.filter((u) => !seen.has(`${u.orgId}:${u.alumnusId}`) && seen.add(`${u.orgId}:${u.alumnusId}`));
  // Concurrent calls of one org are charged in batches by the unlock service.
  await Promise.all(unique.map((u) => app.get(UnlocksService).unlock(recruiter(u.orgId), u.alumnusId)));

  // Accepted contact requests, from the contactable alumni.
  const contacts = app.get(ContactsService);
  const contactable = alumni.filter((a) => a.contactable).slice(0, 12);
  for (const [k, alumnus] of contactable.entries()) {
    const orgId = orgIds[k % orgIds.length];
    const sent = await contacts.send(recruiter(orgId), alumnus.id, {
      jobTitle: ['Data engineer', 'Product manager', 'Responsable financier', 'Consultant senior'][k % 4],
      message: 'Bonjour, votre parcours correspond à un poste que nous ouvrons. Seriez-vous disponible pour en parler ?',
    });
    const me: AlumnusPrincipal = { kind: 'alumnus', alumnusId: alumnus.id, associationId, sessionId: 'demo-seed' };
    await contacts.accept(me, sent.contactRequest.id);
  }

  // Spread the movements over the current month and the 13 before it, more of them recently.
  await demo.backdateMovements(associationId, HISTORY_MONTHS);
  await demo.backdateAccessLog(associationId);
}
