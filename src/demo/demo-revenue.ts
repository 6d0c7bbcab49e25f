import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdminPrincipal, AlumnusPrincipal, RecruiterPrincipal } from '../auth/principal';
import { ContactsService } from '../contacts/contacts.service';
import { CreditPacksService } from '../credit-packs/credit-packs.service';
import { ProfilesService } from '../profiles/profiles.service';
import { RecruiterOrgsService } from '../recruiter-orgs/recruiter-orgs.service';
import { WalletService } from '../wallet/wallet.service';

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
  const dataSource = app.get(DataSource);
  const wallet = app.get(WalletService);
  const small = await dataSource.query(`SELECT id FROM credit_packs WHERE credits = 10 ORDER BY created_at LIMIT 1`);
  const large = await app
    .get(CreditPacksService)
    .create({ name: '50 credits', credits: 50, priceMinor: 40_000, currency: 'eur', validityDays: 365 });
  const orgIds = [firstOrgId];
  for (const org of EXTRA_ORGS) orgIds.push((await app.get(RecruiterOrgsService).create(system, org)).org.id);

  // Paid purchases: each org bought a large pack and a small one (different prices per credit).
  for (const [i, orgId] of orgIds.entries()) {
    for (const [j, pack] of [
      { id: large.id, credits: 50, amount: 40_000 },
      { id: small[0].id as string, credits: 10, amount: 10_000 },
    ].entries()) {
      const [purchase] = await dataSource.query(
        `INSERT INTO credit_purchases (org_id, pack_id, credits, amount_minor, currency, validity_days, status, created_at)
         VALUES ($1, $2, $3, $4, 'eur', 365, 'paid', now() - make_interval(days => $5)) RETURNING id`,
        [orgId, pack.id, pack.credits, pack.amount, (HISTORY_MONTHS + 1) * 30 - i * 20 - j * 150],
      );
      const { lot } = await wallet.grant(undefined, {
        orgId,
        credits: pack.credits,
        amountPaidMinor: pack.amount,
        currency: 'eur',
        expiresAt: new Date(Date.now() + 365 * DAY_MS),
        source: 'purchase',
        purchaseId: purchase.id,
        idempotencyKey: `purchase:${purchase.id}`,
      });
      await dataSource.query(`UPDATE credit_purchases SET lot_id = $2 WHERE id = $1`, [purchase.id, lot.id]);
    }
  }

  const alumni: Array<{ id: string; contactable: boolean }> = (
    await dataSource.query(
      `SELECT id, consent_contactable AS contactable FROM alumni WHERE association_id = $1 AND consent_unlockable ORDER BY external_id`,
      [associationId],
    )
  ).map((r: { id: string; contactable: boolean }) => r);
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
  await Promise.all(unique.map((u) => app.get(ProfilesService).unlock(recruiter(u.orgId), u.alumnusId)));

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

  // Spread the movements over the current month and the 13 before it, more of them recently
  // (the n-th of N lands at a month and day derived from its rank; never after now).
  await dataSource.query(
    `WITH moves AS (
       SELECT 'unlock:' || id AS reference, id, 'unlock' AS kind, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total
         FROM unlocks WHERE association_id = $1
       UNION ALL
       SELECT 'contact:' || id, id, 'contact', row_number() OVER (ORDER BY id), count(*) OVER ()
         FROM contact_requests WHERE association_id = $1),
     dated AS (
       SELECT reference, id, kind,
              least(now() - interval '1 hour',
                    date_trunc('month', now()) - make_interval(months => ($2 - floor(sqrt(n::float / total) * $2))::int)
                    + make_interval(days => ((n * 7) % 27)::int, hours => (9 + n % 9)::int)) AS at
         FROM moves),
     r AS (UPDATE revenue_entries e SET created_at = d.at FROM dated d WHERE e.reference = d.reference RETURNING 1),
     u AS (UPDATE unlocks x SET created_at = d.at FROM dated d WHERE d.kind = 'unlock' AND x.id = d.id RETURNING 1),
     c AS (UPDATE contact_requests x SET created_at = d.at - interval '2 days', decided_at = d.at FROM dated d
            WHERE d.kind = 'contact' AND x.id = d.id RETURNING 1)
     SELECT (SELECT count(*) FROM r) + (SELECT count(*) FROM u) + (SELECT count(*) FROM c) AS moved`,
    [associationId, HISTORY_MONTHS],
  );
  // The alumni's access log follows the movements it records.
  await dataSource.query(
    `UPDATE access_log_entries l SET created_at = x.created_at FROM unlocks x
      WHERE l.kind = 'unlock' AND l.org_id = x.org_id AND l.alumnus_id = x.alumnus_id AND x.association_id = $1`,
    [associationId],
  );
  await dataSource.query(
    `UPDATE access_log_entries l SET created_at = x.created_at FROM contact_requests x
      WHERE l.kind = 'contact_request' AND l.org_id = x.org_id AND l.alumnus_id = x.alumnus_id AND x.association_id = $1`,
    [associationId],
  );
}
