import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Spending credits as server-side functions, so that a spend is one round trip instead of four
 * (lock the wallet, read its lots, write the movement, …) and an unlock one more. On this
 * machine a round trip costs 0.2–0.5 ms of CPU between the API and PostgreSQL, more than the
 * work it carries, and the wallet row stays locked for all of them.
 *
 * These functions are the only implementation of the rules they cover; WalletService calls them:
 * - wallet_sweep_expired(wallet): lots past their expiry lose their available credits, whose
 *   unreleased value becomes platform breakage (an `expire` ledger entry and a `breakage`
 *   revenue row per lot). The caller holds the wallet row lock.
 * - wallet_spend(...): locks the org's wallet (creating it on first use), replays an applied
 *   idempotency key, refuses a frozen wallet, sweeps, checks the balance, draws lots soonest
 *   expiry → oldest → id, releases each lot's value by cumulative rounding
 *   (floor(paid × gone / granted) minus what it had released) and records the ledger entry, the
 *   revenue rows (association share rounded down, snapshot of the share) and the wallet cache.
 * - unlock_profile(...): inserts the org's unlock of an alumnus unless one exists, charges it
 *   with wallet_spend and writes the access-log entry, all or nothing with the caller.
 *
 * Refusals are returned as `outcome` (not raised) so the caller chooses: an insufficient balance
 * still keeps the sweep that preceded it when the spend is a transaction of its own.
 *
 * Each statement in a plpgsql function takes a fresh snapshot under READ COMMITTED, so the lots
 * and ledger read after the wallet lock include what the transaction we waited for committed.
 * `div()` on numeric is exact integer division (truncation, and every operand is ≥ 0 here).
 */
/** wallet_sweep_expired as this migration created it (CreditLotsHotUpdates derives its successor from it). */
export const WALLET_SWEEP_SQL = `
      CREATE FUNCTION wallet_sweep_expired(p_wallet uuid) RETURNS bigint LANGUAGE plpgsql AS $fn$
      DECLARE
        lot record;
        v_released bigint;
        v_gross bigint;
        v_entry bigint;
        v_total bigint := 0;
      BEGIN
        FOR lot IN
          SELECT l.id, l.org_id, l.credits_granted, l.credits_remaining, l.credits_consumed, l.credits_expired,
                 l.amount_paid_minor, l.currency, l.released_minor
            FROM credit_lots l
           WHERE l.wallet_id = p_wallet AND l.credits_remaining > 0 AND l.expires_at IS NOT NULL AND l.expires_at <= now()
           ORDER BY l.expires_at, l.created_at, l.id
        LOOP
          v_released := div(lot.amount_paid_minor::numeric * (lot.credits_consumed + lot.credits_expired + lot.credits_remaining),
                            lot.credits_granted)::bigint;
          v_gross := v_released - lot.released_minor;
          UPDATE credit_lots
             SET credits_expired = credits_expired + lot.credits_remaining, credits_remaining = 0, released_minor = v_released
           WHERE id = lot.id;
          INSERT INTO ledger_entries (wallet_id, org_id, kind, credits_delta, held_delta, lot_id, reference, idempotency_key, details)
          VALUES (p_wallet, lot.org_id, 'expire', -lot.credits_remaining, 0, lot.id, NULL,
                  'expire:' || lot.id || ':' || (lot.credits_expired + lot.credits_remaining),
                  jsonb_build_object('breakageMinor', v_gross))
          RETURNING id INTO v_entry;
          INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
            association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference)
          VALUES (lot.org_id, NULL, lot.id, v_entry, lot.credits_remaining, v_gross, 0, v_gross, NULL, lot.currency, 'breakage',
                  'lot:' || lot.id);
          v_total := v_total + lot.credits_remaining;
        END LOOP;
        IF v_total > 0 THEN
          UPDATE wallets SET balance = balance - v_total, updated_at = now() WHERE id = p_wallet;
        END IF;
        RETURN v_total;
      END
      $fn$`;

/** wallet_spend as this migration created it (CreateUnlockBatchFunction's down() restores it). */
export const WALLET_SPEND_SQL = `
      CREATE FUNCTION wallet_spend(
        p_org uuid, p_credits bigint, p_association uuid, p_share_bps integer, p_kind text, p_reference text, p_key text,
        p_key_is_new boolean, p_program text, p_graduation_year integer,
        OUT outcome text, OUT entry_id bigint, OUT wallet_balance bigint, OUT wallet_held bigint, OUT lot_draws jsonb)
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
           WHERE l.wallet_id = v_wallet AND l.credits_remaining > 0
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
        INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
          association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year,
          first_of_movement)
        SELECT p_org, p_association, r.lot_id, entry_id, r.credits, r.gross, r.share, r.gross - r.share, p_share_bps, r.currency,
               p_kind, p_reference, p_program, p_graduation_year, r.ord = 1
          FROM unnest(v_lots, v_credits, v_grosses, v_shares, v_currencies) WITH ORDINALITY
            AS r(lot_id, credits, gross, share, currency, ord);
        UPDATE wallets w SET balance = w.balance - p_credits, updated_at = now() WHERE w.id = v_wallet
          RETURNING w.balance, w.held_credits INTO wallet_balance, wallet_held;
        outcome := 'spent';
        lot_draws := v_draws;
      END
      $fn$`;

/** unlock_profile as this migration created it (CreateUnlockBatchFunction drops it; its down() restores it). */
export const UNLOCK_PROFILE_SQL = `
      CREATE FUNCTION unlock_profile(
        p_org uuid, p_alumnus uuid, p_association uuid, p_price integer, p_share_bps integer, p_program text,
        p_graduation_year integer,
        OUT outcome text, OUT unlock_id uuid, OUT unlock_association_id uuid, OUT unlock_credits integer,
        OUT unlock_created_at timestamptz, OUT wallet_balance bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        spent record;
      BEGIN
        INSERT INTO unlocks (org_id, alumnus_id, association_id, credits_charged)
        VALUES (p_org, p_alumnus, p_association, p_price)
        ON CONFLICT ON CONSTRAINT uq_unlocks_org_alumnus DO NOTHING
        RETURNING id, association_id, credits_charged, created_at
          INTO unlock_id, unlock_association_id, unlock_credits, unlock_created_at;
        IF NOT FOUND THEN
          -- A concurrent unlock of the same pair won: its row is committed now (we waited on it).
          SELECT u.id, u.association_id, u.credits_charged, u.created_at
            INTO unlock_id, unlock_association_id, unlock_credits, unlock_created_at
            FROM unlocks u WHERE u.org_id = p_org AND u.alumnus_id = p_alumnus;
          wallet_balance := coalesce((SELECT w.balance FROM wallets w WHERE w.org_id = p_org), 0);
          outcome := 'exists';
          RETURN;
        END IF;
        SELECT * INTO spent
          FROM wallet_spend(p_org, p_price, p_association, p_share_bps, 'unlock', 'unlock:' || unlock_id,
                            'unlock:' || unlock_id, true, p_program, p_graduation_year);
        outcome := spent.outcome;
        wallet_balance := spent.wallet_balance;
        IF outcome = 'spent' THEN
          INSERT INTO access_log_entries (org_id, alumnus_id, kind, reference)
          VALUES (p_org, p_alumnus, 'unlock', 'unlock:' || unlock_id);
        ELSE
          -- Refused: no unlock without its charge (the caller rolls back as well).
          DELETE FROM unlocks WHERE id = unlock_id;
        END IF;
      END
      $fn$`;

export class CreateSpendFunctions1764700000000 implements MigrationInterface {
  name = 'CreateSpendFunctions1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(WALLET_SWEEP_SQL);

    await q.query(WALLET_SPEND_SQL);

    await q.query(UNLOCK_PROFILE_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION unlock_profile(uuid, uuid, uuid, integer, integer, text, integer)`);
    await q.query(`DROP FUNCTION wallet_spend(uuid, bigint, uuid, integer, text, text, text, boolean, text, integer)`);
    await q.query(`DROP FUNCTION wallet_sweep_expired(uuid)`);
  }
}
