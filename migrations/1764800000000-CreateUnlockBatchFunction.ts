import { MigrationInterface, QueryRunner } from 'typeorm';
import { UNLOCK_PROFILE_SQL, WALLET_SPEND_SQL } from './1764700000000-CreateSpendFunctions';

/**
 * Unlocks charged in batches: unlock_profiles charges many unlocks (of one or many orgs) in one
 * statement, so that concurrent unlocks share one round trip and one durable commit
 * (ProfilesService batches them). Measured on this machine: 2.4 ms of PostgreSQL CPU per unlock
 * alone, 1.1 ms in batches of 8.
 *
 * - wallet_spend_draw(...): the body of wallet_spend (lock, replay, frozen, sweep, balance, lot
 *   draws, ledger entry, wallet cache) without writing the revenue rows: it returns them, so a
 *   batch writes the revenue rows of all its spends in one INSERT (and the revenue summary
 *   trigger runs once per batch, not once per spend).
 * - wallet_spend(...): unchanged behaviour and signature, now wallet_spend_draw plus the insert of
 *   its revenue rows. Both stay the only implementation of the spend rules.
 * - unlock_profiles(...): per item, in the order given, inserts the org's unlock unless it has one
 *   (`exists`), charges it with wallet_spend_draw (a refusal removes the unlock row again) and
 *   queues its access-log entry and revenue rows; then writes the queued rows in one statement
 *   each. Refusals are outcomes, not errors, so one item's insufficient balance does not undo
 *   another's unlock. It replaces unlock_profile (one unlock per call).
 *
 * Consent: the caller decided from an alumni row it read earlier and passes that row's version
 * (`xmin`). The function locks the alumni FOR SHARE and charges only if the row is still that
 * version; otherwise the item's outcome is `stale` and nothing is charged for it (the caller reads
 * again). A consent change locks the row FOR UPDATE, so it either changed the version before this
 * lock (stale) or waits until the charge is committed: the consent that authorised a charge holds
 * until the unlock exists.
 *
 * wallet_spend and unlock_profiles run with plan_cache_mode = force_generic_plan: several of their
 * statements take arrays, for which PostgreSQL prefers to plan again on every execution (0.6 ms
 * of server CPU per call, measured); every statement here looks rows up by key, so the generic
 * plans are the right ones.
 *
 * Lock order, the same in every batch: the orgs' wallets in org id order (creating missing ones),
 * then the alumni, then unlock rows. An unlock row of an org is only ever inserted by a transaction
 * that holds that org's wallet, so batches can wait for each other's wallet but never deadlock
 * over unlock rows. A batch of several alumni skips alumni rows that are being changed (`stale`)
 * instead of waiting for them; no transaction that changes alumni rows waits for a wallet.
 */
export class CreateUnlockBatchFunction1764800000000 implements MigrationInterface {
  name = 'CreateUnlockBatchFunction1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(WALLET_SPEND_DRAW_SQL);

    await q.query(`
      CREATE OR REPLACE FUNCTION wallet_spend(
        p_org uuid, p_credits bigint, p_association uuid, p_share_bps integer, p_kind text, p_reference text, p_key text,
        p_key_is_new boolean, p_program text, p_graduation_year integer,
        OUT outcome text, OUT entry_id bigint, OUT wallet_balance bigint, OUT wallet_held bigint, OUT lot_draws jsonb)
      LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
      DECLARE
        d record;
      BEGIN
        SELECT * INTO d FROM wallet_spend_draw(p_org, p_credits, p_association, p_share_bps, p_reference, p_key, p_key_is_new);
        outcome := d.outcome;
        entry_id := d.entry_id;
        wallet_balance := d.wallet_balance;
        wallet_held := d.wallet_held;
        lot_draws := d.lot_draws;
        IF d.outcome = 'spent' THEN
          INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
            association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year,
            first_of_movement)
          SELECT p_org, p_association, r.lot_id, d.entry_id, r.credits, r.gross, r.share, r.gross - r.share, p_share_bps,
                 r.currency, p_kind, p_reference, p_program, p_graduation_year, r.ord = 1
            FROM unnest(d.revenue_lots, d.revenue_credits, d.revenue_grosses, d.revenue_shares, d.revenue_currencies)
                 WITH ORDINALITY AS r(lot_id, credits, gross, share, currency, ord);
        END IF;
      END
      $fn$`);

    await q.query(`DROP FUNCTION unlock_profile(uuid, uuid, uuid, integer, integer, text, integer)`);

    await q.query(UNLOCK_PROFILES_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION unlock_profiles(uuid[], uuid[], text[], uuid[], integer[], integer[], text[], integer[])`);
    await q.query(`DROP FUNCTION wallet_spend(uuid, bigint, uuid, integer, text, text, text, boolean, text, integer)`);
    await q.query(`DROP FUNCTION wallet_spend_draw(uuid, bigint, uuid, integer, text, text, boolean)`);
    await q.query(WALLET_SPEND_SQL);
    await q.query(UNLOCK_PROFILE_SQL);
  }
}

/** wallet_spend_draw as this migration created it (SetBasedUnlockCharges' down() restores it). */
export const WALLET_SPEND_DRAW_SQL = `
      CREATE FUNCTION wallet_spend_draw(
        p_org uuid, p_credits bigint, p_association uuid, p_share_bps integer, p_reference text, p_key text, p_key_is_new boolean,
        OUT outcome text, OUT entry_id bigint, OUT wallet_balance bigint, OUT wallet_held bigint, OUT lot_draws jsonb,
        OUT revenue_lots uuid[], OUT revenue_credits bigint[], OUT revenue_grosses bigint[], OUT revenue_shares bigint[],
        OUT revenue_currencies text[])
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_wallet uuid;
        v_balance bigint;
        v_held bigint;
        v_frozen boolean;
        prev record;
        lot record;
        v_need bigint := p_credits;
        v_take bigint;
        v_released bigint;
        v_gross bigint;
        v_lots uuid[] := '{}';
        v_credits bigint[] := '{}';
        v_grosses bigint[] := '{}';
        v_shares bigint[] := '{}';
        v_currencies text[] := '{}';
        v_draws jsonb := '[]';
      BEGIN
        IF p_credits IS NULL OR p_credits <= 0 THEN
          RAISE EXCEPTION 'credits must be a positive integer (got %)', p_credits;
        END IF;
        SELECT w.id, w.balance, w.held_credits, w.frozen INTO v_wallet, v_balance, v_held, v_frozen
          FROM wallets w WHERE w.org_id = p_org FOR UPDATE;
        IF NOT FOUND THEN
          IF NOT EXISTS (SELECT 1 FROM recruiter_orgs o WHERE o.id = p_org) THEN
            outcome := 'no_org';
            RETURN;
          END IF;
          INSERT INTO wallets (org_id) VALUES (p_org) ON CONFLICT (org_id) DO NOTHING;
          SELECT w.id, w.balance, w.held_credits, w.frozen INTO v_wallet, v_balance, v_held, v_frozen
            FROM wallets w WHERE w.org_id = p_org FOR UPDATE;
        END IF;
        wallet_balance := v_balance;
        wallet_held := v_held;

        IF NOT p_key_is_new THEN
          SELECT e.id, e.kind, e.credits_delta, e.held_delta, e.details INTO prev
            FROM ledger_entries e WHERE e.wallet_id = v_wallet AND e.idempotency_key = p_key;
          IF FOUND THEN
            IF prev.kind <> 'spend' OR prev.credits_delta <> -p_credits OR prev.held_delta <> 0 THEN
              outcome := 'key_reused';
              RETURN;
            END IF;
            outcome := 'replayed';
            entry_id := prev.id;
            lot_draws := coalesce(prev.details -> 'draws', '[]');
            RETURN;
          END IF;
        END IF;
        IF v_frozen THEN
          outcome := 'frozen';
          RETURN;
        END IF;

        v_balance := v_balance - wallet_sweep_expired(v_wallet);
        wallet_balance := v_balance;
        IF v_balance < p_credits THEN
          outcome := 'insufficient';
          RETURN;
        END IF;

        FOR lot IN
          SELECT l.id, l.credits_granted, l.credits_remaining, l.credits_consumed, l.credits_expired,
                 l.amount_paid_minor, l.currency, l.released_minor
            FROM credit_lots l
           WHERE l.wallet_id = v_wallet AND l.available
           ORDER BY l.expires_at ASC NULLS LAST, l.created_at ASC, l.id ASC
        LOOP
          EXIT WHEN v_need = 0;
          v_take := least(lot.credits_remaining, v_need);
          v_released := div(lot.amount_paid_minor::numeric * (lot.credits_consumed + v_take + lot.credits_expired),
                            lot.credits_granted)::bigint;
          v_gross := v_released - lot.released_minor;
          UPDATE credit_lots
             SET credits_remaining = credits_remaining - v_take, credits_consumed = credits_consumed + v_take,
                 released_minor = v_released
           WHERE id = lot.id;
          v_lots := v_lots || lot.id;
          v_credits := v_credits || v_take;
          v_grosses := v_grosses || v_gross;
          v_shares := v_shares || div(v_gross::numeric * p_share_bps, 10000)::bigint;
          v_currencies := v_currencies || lot.currency;
          v_draws := v_draws || jsonb_build_object('lotId', lot.id, 'credits', v_take, 'grossMinor', v_gross, 'currency', lot.currency);
          v_need := v_need - v_take;
        END LOOP;
        -- The wallet cache equals the sum of its lots' available credits; a shortfall means it drifted.
        IF v_need > 0 THEN
          RAISE EXCEPTION 'wallet balance and lots disagree (wallet %)', v_wallet;
        END IF;

        INSERT INTO ledger_entries (wallet_id, org_id, kind, credits_delta, held_delta, lot_id, reference, idempotency_key, details)
        VALUES (v_wallet, p_org, 'spend', -p_credits, 0, NULL, p_reference, p_key,
                jsonb_build_object('draws', v_draws, 'associationId', p_association, 'revenueShareBps', p_share_bps))
        RETURNING id INTO entry_id;
        UPDATE wallets w SET balance = w.balance - p_credits, updated_at = now() WHERE w.id = v_wallet
          RETURNING w.balance, w.held_credits INTO wallet_balance, wallet_held;
        outcome := 'spent';
        lot_draws := v_draws;
        revenue_lots := v_lots;
        revenue_credits := v_credits;
        revenue_grosses := v_grosses;
        revenue_shares := v_shares;
        revenue_currencies := v_currencies;
      END
      $fn$`;

/** unlock_profiles as this migration created it (SetBasedUnlockCharges' down() restores it). */
export const UNLOCK_PROFILES_SQL = `
      CREATE FUNCTION unlock_profiles(
        p_orgs uuid[], p_alumni uuid[], p_versions text[], p_associations uuid[], p_prices integer[], p_share_bps integer[],
        p_programs text[], p_graduation_years integer[])
      RETURNS TABLE (ord integer, outcome text, unlock_id uuid, unlock_association_id uuid, unlock_credits integer,
                     unlock_created_at timestamptz, wallet_balance bigint)
      LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
      DECLARE
        v_count integer := coalesce(array_length(p_orgs, 1), 0);
        v_locked integer;
        v_alumni uuid[];
        v_versions text[];
        v_at integer;
        v_reference text;
        spent record;
        -- Queued rows, written once at the end.
        log_orgs uuid[] := '{}';
        log_alumni uuid[] := '{}';
        log_references text[] := '{}';
        rev_orgs uuid[] := '{}';
        rev_associations uuid[] := '{}';
        rev_lots uuid[] := '{}';
        rev_entries bigint[] := '{}';
        rev_credits bigint[] := '{}';
        rev_grosses bigint[] := '{}';
        rev_shares bigint[] := '{}';
        rev_bps integer[] := '{}';
        rev_currencies text[] := '{}';
        rev_references text[] := '{}';
        rev_programs text[] := '{}';
        rev_years integer[] := '{}';
        rev_first boolean[] := '{}';
      BEGIN
        IF coalesce(array_length(p_alumni, 1), 0) <> v_count OR coalesce(array_length(p_versions, 1), 0) <> v_count
           OR coalesce(array_length(p_associations, 1), 0) <> v_count
           OR coalesce(array_length(p_prices, 1), 0) <> v_count OR coalesce(array_length(p_share_bps, 1), 0) <> v_count
           OR coalesce(array_length(p_programs, 1), 0) <> v_count OR coalesce(array_length(p_graduation_years, 1), 0) <> v_count THEN
          RAISE EXCEPTION 'unlock_profiles: the arrays must have the same length';
        END IF;
        PERFORM 1 FROM wallets w WHERE w.org_id = ANY(p_orgs) ORDER BY w.org_id FOR UPDATE;
        GET DIAGNOSTICS v_locked = ROW_COUNT;
        IF v_locked < (SELECT count(DISTINCT o) FROM unnest(p_orgs) AS o) THEN
          -- First spend of some org: create its wallet (as wallet_spend would), then lock them all.
          INSERT INTO wallets (org_id)
          SELECT o.id FROM recruiter_orgs o WHERE o.id = ANY(p_orgs) ORDER BY o.id
          ON CONFLICT (org_id) DO NOTHING;
          PERFORM 1 FROM wallets w WHERE w.org_id = ANY(p_orgs) ORDER BY w.org_id FOR UPDATE;
        END IF;
        IF (SELECT count(DISTINCT x) FROM unnest(p_alumni) AS x) > 1 THEN
          -- Several alumni: never wait for a row that another transaction is changing (its items
          -- come back stale and the caller retries them one by one). Waiting for one while holding
          -- the others could deadlock with a change of many rows in another order (an import).
          SELECT array_agg(l.id ORDER BY l.id), array_agg(l.version ORDER BY l.id) INTO v_alumni, v_versions
            FROM (SELECT a.id, a.xmin::text AS version FROM alumni a WHERE a.id = ANY(p_alumni) ORDER BY a.id FOR SHARE SKIP LOCKED) l;
        ELSE
          SELECT array_agg(l.id), array_agg(l.version) INTO v_alumni, v_versions
            FROM (SELECT a.id, a.xmin::text AS version FROM alumni a WHERE a.id = ANY(p_alumni) FOR SHARE) l;
        END IF;

        FOR i IN 1 .. v_count LOOP
          ord := i;
          outcome := NULL;
          unlock_id := NULL;
          unlock_association_id := NULL;
          unlock_credits := NULL;
          unlock_created_at := NULL;
          wallet_balance := NULL;
          v_at := array_position(v_alumni, p_alumni[i]);
          IF v_at IS NULL OR v_versions[v_at] IS DISTINCT FROM p_versions[i] THEN
            outcome := 'stale';
            RETURN NEXT;
            CONTINUE;
          END IF;

          INSERT INTO unlocks (org_id, alumnus_id, association_id, credits_charged)
          VALUES (p_orgs[i], p_alumni[i], p_associations[i], p_prices[i])
          ON CONFLICT ON CONSTRAINT uq_unlocks_org_alumnus DO NOTHING
          RETURNING id, association_id, credits_charged, created_at
            INTO unlock_id, unlock_association_id, unlock_credits, unlock_created_at;
          IF NOT FOUND THEN
            -- The org already has it (committed before our wallet lock, or earlier in this call).
            SELECT u.id, u.association_id, u.credits_charged, u.created_at
              INTO unlock_id, unlock_association_id, unlock_credits, unlock_created_at
              FROM unlocks u WHERE u.org_id = p_orgs[i] AND u.alumnus_id = p_alumni[i];
            wallet_balance := coalesce((SELECT w.balance FROM wallets w WHERE w.org_id = p_orgs[i]), 0);
            outcome := 'exists';
            RETURN NEXT;
            CONTINUE;
          END IF;

          v_reference := 'unlock:' || unlock_id;
          SELECT * INTO spent
            FROM wallet_spend_draw(p_orgs[i], p_prices[i], p_associations[i], p_share_bps[i], v_reference, v_reference, true);
          outcome := spent.outcome;
          wallet_balance := spent.wallet_balance;
          IF spent.outcome = 'spent' THEN
            log_orgs := log_orgs || p_orgs[i];
            log_alumni := log_alumni || p_alumni[i];
            log_references := log_references || v_reference;
            FOR k IN 1 .. array_length(spent.revenue_lots, 1) LOOP
              rev_orgs := rev_orgs || p_orgs[i];
              rev_associations := rev_associations || p_associations[i];
              rev_lots := rev_lots || spent.revenue_lots[k];
              rev_entries := rev_entries || spent.entry_id;
              rev_credits := rev_credits || spent.revenue_credits[k];
              rev_grosses := rev_grosses || spent.revenue_grosses[k];
              rev_shares := rev_shares || spent.revenue_shares[k];
              rev_bps := rev_bps || p_share_bps[i];
              rev_currencies := rev_currencies || spent.revenue_currencies[k];
              rev_references := rev_references || v_reference;
              rev_programs := rev_programs || p_programs[i];
              rev_years := rev_years || p_graduation_years[i];
              rev_first := rev_first || (k = 1);
            END LOOP;
          ELSE
            -- Refused: no unlock without its charge.
            DELETE FROM unlocks WHERE id = unlock_id;
          END IF;
          RETURN NEXT;
        END LOOP;

        IF array_length(log_orgs, 1) > 0 THEN
          INSERT INTO access_log_entries (org_id, alumnus_id, kind, reference)
          SELECT l.org_id, l.alumnus_id, 'unlock', l.reference FROM unnest(log_orgs, log_alumni, log_references) AS l(org_id, alumnus_id, reference);
          INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
            association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year,
            first_of_movement)
          SELECT r.org_id, r.association_id, r.lot_id, r.entry_id, r.credits, r.gross, r.share, r.gross - r.share, r.bps, r.currency,
                 'unlock', r.reference, r.program, r.graduation_year, r.first
            FROM unnest(rev_orgs, rev_associations, rev_lots, rev_entries, rev_credits, rev_grosses, rev_shares, rev_bps,
                        rev_currencies, rev_references, rev_programs, rev_years, rev_first)
                 AS r(org_id, association_id, lot_id, entry_id, credits, gross, share, bps, currency, reference, program,
                      graduation_year, first);
        END IF;
      END
      $fn$`;
