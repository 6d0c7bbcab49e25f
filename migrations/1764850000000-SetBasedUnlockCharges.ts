import { MigrationInterface, QueryRunner } from 'typeorm';
import { UNLOCK_PROFILES_SQL, WALLET_SPEND_DRAW_SQL } from './1764800000000-CreateUnlockBatchFunction';

/**
 * A batch of unlocks charged with a fixed number of statements instead of about ten per unlock.
 * unlock_profiles called wallet_spend_draw once per item, and each call ran its own statements
 * (wallet lock, sweep, lot read, lot update, ledger entry, wallet update) plus the unlock insert:
 * measured with pg_stat_statements, 0.7 ms of the 1.1 ms of PostgreSQL time per unlock in batches
 * of 2–4 went to these per-item statements and the calls around them.
 *
 * - wallet_spend_many(...): the spend rules for many items at once, now their only
 *   implementation. The caller holds the lock of every wallet named. Per batch: one sweep check
 *   (wallet_sweep_expired only for wallets with expired lots), one read of the wallets, one read of
 *   their lots with credits in draw order (at most as many lots per wallet as the credits asked of
 *   it, since every such lot holds one credit or more), then per item, in input order and in
 *   memory: frozen → insufficient → draw lots soonest expiry → oldest → id, releasing each lot's
 *   value by cumulative rounding. Then one UPDATE of the lots, one INSERT of the ledger entries
 *   and one UPDATE of the wallets. Items of the same wallet see each other's draws, exactly as
 *   consecutive spends would. It returns the revenue rows of each item for the caller to write.
 * - wallet_spend_draw(...): same signature and behaviour (lock, create, replay, then one item of
 *   wallet_spend_many), so wallet_spend and its callers are unchanged.
 * - unlock_profiles(...): same signature and outcomes. After the wallet and alumni locks (as
 *   before): one INSERT of the unlock rows of all items whose alumni row is unchanged (ON CONFLICT
 *   DO NOTHING, in item order, so a pair repeated in the call is inserted once), one statement
 *   that charges them with wallet_spend_many and, from its result, writes the access-log entries
 *   and revenue rows and deletes the unlock rows of refused charges, and one read of the unlock
 *   rows of items whose pair already had one.
 *
 * An item whose pair had an unlock row that a refusal earlier in the same call removed again
 * (the same pair twice in one batch, the first refused) comes back `stale`: the caller decides it
 * again alone, which gives the refusal it would have got.
 */
export class SetBasedUnlockCharges1764850000000 implements MigrationInterface {
  name = 'SetBasedUnlockCharges1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION wallet_spend_many(
        p_wallets uuid[], p_orgs uuid[], p_credits bigint[], p_associations uuid[], p_share_bps integer[], p_references text[],
        p_keys text[])
      RETURNS TABLE (ord integer, outcome text, entry_id bigint, wallet_balance bigint, wallet_held bigint, lot_draws jsonb,
                     revenue_lots uuid[], revenue_credits bigint[], revenue_grosses bigint[], revenue_shares bigint[],
                     revenue_currencies text[])
      LANGUAGE plpgsql ROWS 8 SET plan_cache_mode = force_generic_plan AS $fn$
      DECLARE
        v_count integer := coalesce(array_length(p_wallets, 1), 0);
        v_wallet uuid;
        -- The wallets named, once each (w_spent: credits this call takes from each).
        w_ids uuid[];
        w_balances bigint[];
        w_held bigint[];
        w_frozen boolean[];
        w_needs bigint[];
        w_spent bigint[];
        w_expired uuid[];
        v_w integer;
        -- Their lots with credits, in draw order, as this call leaves them (l_taken: credits it drew).
        l_ids uuid[];
        l_wallets uuid[];
        l_granted bigint[];
        l_remaining bigint[];
        l_consumed bigint[];
        l_expired bigint[];
        l_paid bigint[];
        l_released bigint[];
        l_currencies text[];
        l_taken bigint[];
        v_lots integer;
        v_need bigint;
        v_take bigint;
        v_released bigint;
        v_gross bigint;
        v_draws jsonb;
        -- Per item.
        o_outcomes text[] := '{}';
        o_balances bigint[] := '{}';
        o_held bigint[] := '{}';
        o_draws jsonb[] := '{}';
        o_entry_at integer[] := '{}';
        o_rev_from integer[] := '{}';
        o_rev_to integer[] := '{}';
        -- The revenue rows of all items, one after the other.
        r_lots uuid[] := '{}';
        r_credits bigint[] := '{}';
        r_grosses bigint[] := '{}';
        r_shares bigint[] := '{}';
        r_currencies text[] := '{}';
        -- The items that spend, in order, and their ledger entry ids.
        e_items integer[] := '{}';
        e_ids bigint[];
      BEGIN
        IF coalesce(array_length(p_orgs, 1), 0) <> v_count OR coalesce(array_length(p_credits, 1), 0) <> v_count
           OR coalesce(array_length(p_associations, 1), 0) <> v_count OR coalesce(array_length(p_share_bps, 1), 0) <> v_count
           OR coalesce(array_length(p_references, 1), 0) <> v_count OR coalesce(array_length(p_keys, 1), 0) <> v_count THEN
          RAISE EXCEPTION 'wallet_spend_many: the arrays must have the same length';
        END IF;
        FOR i IN 1 .. v_count LOOP
          IF p_credits[i] IS NULL OR p_credits[i] <= 0 THEN
            RAISE EXCEPTION 'credits must be a positive integer (got %)', p_credits[i];
          END IF;
        END LOOP;

        -- Lots past their expiry leave the unfrozen wallets before anything is drawn (then read again).
        FOR attempt IN 1 .. 2 LOOP
          SELECT array_agg(w.id ORDER BY w.id), array_agg(w.balance ORDER BY w.id), array_agg(w.held_credits ORDER BY w.id),
                 array_agg(w.frozen ORDER BY w.id),
                 array_agg(w.id ORDER BY w.id) FILTER (WHERE NOT w.frozen AND EXISTS (
                   SELECT 1 FROM credit_lots l WHERE l.wallet_id = w.id AND l.available AND l.expires_at <= now()))
            INTO w_ids, w_balances, w_held, w_frozen, w_expired
            FROM wallets w WHERE w.id = ANY(p_wallets);
          EXIT WHEN w_expired IS NULL;
          IF attempt = 2 THEN
            RAISE EXCEPTION 'wallet_spend_many: lots still expired after the sweep';
          END IF;
          FOREACH v_wallet IN ARRAY w_expired LOOP
            PERFORM wallet_sweep_expired(v_wallet);
          END LOOP;
        END LOOP;
        w_needs := array_fill(0::bigint, ARRAY[coalesce(array_length(w_ids, 1), 0)]);
        w_spent := w_needs;
        FOR i IN 1 .. v_count LOOP
          v_w := array_position(w_ids, p_wallets[i]);
          IF v_w IS NULL THEN
            RAISE EXCEPTION 'wallet_spend_many: no wallet %', p_wallets[i];
          END IF;
          IF NOT w_frozen[v_w] THEN
            w_needs[v_w] := w_needs[v_w] + p_credits[i];
          END IF;
        END LOOP;

        SELECT array_agg(l.id ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id), array_agg(l.wallet_id ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id),
               array_agg(l.credits_granted ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id), array_agg(l.credits_remaining ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id),
               array_agg(l.credits_consumed ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id), array_agg(l.credits_expired ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id),
               array_agg(l.amount_paid_minor ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id), array_agg(l.released_minor ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id),
               array_agg(l.currency ORDER BY w.at, l.expires_at NULLS LAST, l.created_at, l.id)
          INTO l_ids, l_wallets, l_granted, l_remaining, l_consumed, l_expired, l_paid, l_released, l_currencies
          FROM unnest(w_ids, w_needs) WITH ORDINALITY AS w(id, need, at)
          CROSS JOIN LATERAL (
            SELECT c.id, c.wallet_id, c.credits_granted, c.credits_remaining, c.credits_consumed, c.credits_expired,
                   c.amount_paid_minor, c.released_minor, c.currency, c.expires_at, c.created_at
              FROM credit_lots c
             WHERE c.wallet_id = w.id AND c.available
             ORDER BY c.expires_at ASC NULLS LAST, c.created_at ASC, c.id ASC
             LIMIT w.need) l;
        v_lots := coalesce(array_length(l_ids, 1), 0);
        l_taken := array_fill(0::bigint, ARRAY[v_lots]);

        FOR i IN 1 .. v_count LOOP
          v_w := array_position(w_ids, p_wallets[i]);
          o_held[i] := w_held[v_w];
          o_balances[i] := w_balances[v_w];
          IF w_frozen[v_w] THEN
            o_outcomes[i] := 'frozen';
            CONTINUE;
          END IF;
          IF w_balances[v_w] < p_credits[i] THEN
            o_outcomes[i] := 'insufficient';
            CONTINUE;
          END IF;
          v_need := p_credits[i];
          v_draws := '[]';
          o_rev_from[i] := coalesce(array_length(r_lots, 1), 0) + 1;
          FOR k IN 1 .. v_lots LOOP
            EXIT WHEN v_need = 0;
            CONTINUE WHEN l_wallets[k] <> p_wallets[i] OR l_remaining[k] = 0;
            v_take := least(l_remaining[k], v_need);
            l_remaining[k] := l_remaining[k] - v_take;
            l_consumed[k] := l_consumed[k] + v_take;
            l_taken[k] := l_taken[k] + v_take;
            v_released := div(l_paid[k]::numeric * (l_consumed[k] + l_expired[k]), l_granted[k])::bigint;
            v_gross := v_released - l_released[k];
            l_released[k] := v_released;
            r_lots := r_lots || l_ids[k];
            r_credits := r_credits || v_take;
            r_grosses := r_grosses || v_gross;
            r_shares := r_shares || div(v_gross::numeric * p_share_bps[i], 10000)::bigint;
            r_currencies := r_currencies || l_currencies[k];
            v_draws := v_draws || jsonb_build_object('lotId', l_ids[k], 'credits', v_take, 'grossMinor', v_gross,
                                                     'currency', l_currencies[k]);
            v_need := v_need - v_take;
          END LOOP;
          -- The wallet cache equals the sum of its lots' available credits; a shortfall means it drifted.
          IF v_need > 0 THEN
            RAISE EXCEPTION 'wallet balance and lots disagree (wallet %)', p_wallets[i];
          END IF;
          o_rev_to[i] := array_length(r_lots, 1);
          w_balances[v_w] := w_balances[v_w] - p_credits[i];
          w_spent[v_w] := w_spent[v_w] + p_credits[i];
          o_balances[i] := w_balances[v_w];
          o_outcomes[i] := 'spent';
          o_draws[i] := v_draws;
          e_items := e_items || i;
          o_entry_at[i] := array_length(e_items, 1);
        END LOOP;

        IF array_length(e_items, 1) > 0 THEN
          -- Identity values follow the insertion order, which is the order of e_items.
          WITH drawn AS (
            UPDATE credit_lots l
               SET credits_remaining = l.credits_remaining - d.taken, credits_consumed = l.credits_consumed + d.taken,
                   released_minor = d.released
              FROM unnest(l_ids, l_taken, l_released) AS d(id, taken, released)
             WHERE l.id = d.id AND d.taken > 0),
          cached AS (
            UPDATE wallets w SET balance = w.balance - s.spent, updated_at = now()
              FROM unnest(w_ids, w_spent) AS s(id, spent)
             WHERE w.id = s.id AND s.spent > 0),
          entries AS (
            INSERT INTO ledger_entries (wallet_id, org_id, kind, credits_delta, held_delta, lot_id, reference, idempotency_key, details)
            SELECT p_wallets[e.i], p_orgs[e.i], 'spend', -p_credits[e.i], 0, NULL, p_references[e.i], p_keys[e.i],
                   jsonb_build_object('draws', o_draws[e.i], 'associationId', p_associations[e.i], 'revenueShareBps', p_share_bps[e.i])
              FROM unnest(e_items) WITH ORDINALITY AS e(i, at)
             ORDER BY e.at
            RETURNING id)
          SELECT array_agg(entries.id ORDER BY entries.id) INTO e_ids FROM entries;
        END IF;

        FOR i IN 1 .. v_count LOOP
          ord := i;
          outcome := o_outcomes[i];
          entry_id := e_ids[o_entry_at[i]];
          wallet_balance := o_balances[i];
          wallet_held := o_held[i];
          lot_draws := o_draws[i];
          revenue_lots := NULL;
          revenue_credits := NULL;
          revenue_grosses := NULL;
          revenue_shares := NULL;
          revenue_currencies := NULL;
          IF o_outcomes[i] = 'spent' THEN
            revenue_lots := r_lots[o_rev_from[i]:o_rev_to[i]];
            revenue_credits := r_credits[o_rev_from[i]:o_rev_to[i]];
            revenue_grosses := r_grosses[o_rev_from[i]:o_rev_to[i]];
            revenue_shares := r_shares[o_rev_from[i]:o_rev_to[i]];
            revenue_currencies := r_currencies[o_rev_from[i]:o_rev_to[i]];
          END IF;
          RETURN NEXT;
        END LOOP;
      END
      $fn$`);

    await q.query(`
      CREATE OR REPLACE FUNCTION wallet_spend_draw(
        p_org uuid, p_credits bigint, p_association uuid, p_share_bps integer, p_reference text, p_key text, p_key_is_new boolean,
        OUT outcome text, OUT entry_id bigint, OUT wallet_balance bigint, OUT wallet_held bigint, OUT lot_draws jsonb,
        OUT revenue_lots uuid[], OUT revenue_credits bigint[], OUT revenue_grosses bigint[], OUT revenue_shares bigint[],
        OUT revenue_currencies text[])
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_wallet uuid;
        prev record;
        spent record;
      BEGIN
        IF p_credits IS NULL OR p_credits <= 0 THEN
          RAISE EXCEPTION 'credits must be a positive integer (got %)', p_credits;
        END IF;
        SELECT w.id, w.balance, w.held_credits INTO v_wallet, wallet_balance, wallet_held
          FROM wallets w WHERE w.org_id = p_org FOR UPDATE;
        IF NOT FOUND THEN
          IF NOT EXISTS (SELECT 1 FROM recruiter_orgs o WHERE o.id = p_org) THEN
            outcome := 'no_org';
            RETURN;
          END IF;
          INSERT INTO wallets (org_id) VALUES (p_org) ON CONFLICT (org_id) DO NOTHING;
          SELECT w.id, w.balance, w.held_credits INTO v_wallet, wallet_balance, wallet_held
            FROM wallets w WHERE w.org_id = p_org FOR UPDATE;
        END IF;

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

        SELECT * INTO spent
          FROM wallet_spend_many(ARRAY[v_wallet], ARRAY[p_org], ARRAY[p_credits], ARRAY[p_association], ARRAY[p_share_bps],
                                 ARRAY[p_reference], ARRAY[p_key]);
        outcome := spent.outcome;
        entry_id := spent.entry_id;
        wallet_balance := spent.wallet_balance;
        wallet_held := spent.wallet_held;
        lot_draws := spent.lot_draws;
        revenue_lots := spent.revenue_lots;
        revenue_credits := spent.revenue_credits;
        revenue_grosses := spent.revenue_grosses;
        revenue_shares := spent.revenue_shares;
        revenue_currencies := spent.revenue_currencies;
      END
      $fn$`);

    await q.query(SET_BASED_UNLOCK_PROFILES_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION unlock_profiles(uuid[], uuid[], text[], uuid[], integer[], integer[], text[], integer[])`);
    await q.query(`DROP FUNCTION wallet_spend_draw(uuid, bigint, uuid, integer, text, text, boolean)`);
    await q.query(`DROP FUNCTION wallet_spend_many(uuid[], uuid[], bigint[], uuid[], integer[], text[], text[])`);
    await q.query(WALLET_SPEND_DRAW_SQL);
    await q.query(UNLOCK_PROFILES_SQL);
  }
}

/** unlock_profiles as this migration creates it (a later migration's down() restores it). */
export const SET_BASED_UNLOCK_PROFILES_SQL = `
      CREATE OR REPLACE FUNCTION unlock_profiles(
        p_orgs uuid[], p_alumni uuid[], p_versions text[], p_associations uuid[], p_prices integer[], p_share_bps integer[],
        p_programs text[], p_graduation_years integer[])
      RETURNS TABLE (ord integer, outcome text, unlock_id uuid, unlock_association_id uuid, unlock_credits integer,
                     unlock_created_at timestamptz, wallet_balance bigint)
      LANGUAGE plpgsql SET plan_cache_mode = force_generic_plan AS $fn$
      DECLARE
        v_count integer := coalesce(array_length(p_orgs, 1), 0);
        v_orgs uuid[];
        v_wallets uuid[];
        v_alumni uuid[];
        v_versions text[];
        v_at integer;
        v_fresh boolean[] := '{}';
        -- The items whose unlock row this call inserted, in item order, and that row.
        c_items integer[];
        c_wallets uuid[];
        c_orgs uuid[];
        c_ids uuid[];
        c_associations uuid[];
        c_credits integer[];
        c_created timestamptz[];
        c_share_bps integer[];
        c_references text[];
        c_outcomes text[];
        c_balances bigint[];
        -- The other items with an unchanged alumni row (their pair has an unlock row), and that row.
        x_items integer[] := '{}';
        x_ids uuid[];
        x_associations uuid[];
        x_credits integer[];
        x_created timestamptz[];
        x_balances bigint[];
      BEGIN
        IF coalesce(array_length(p_alumni, 1), 0) <> v_count OR coalesce(array_length(p_versions, 1), 0) <> v_count
           OR coalesce(array_length(p_associations, 1), 0) <> v_count
           OR coalesce(array_length(p_prices, 1), 0) <> v_count OR coalesce(array_length(p_share_bps, 1), 0) <> v_count
           OR coalesce(array_length(p_programs, 1), 0) <> v_count OR coalesce(array_length(p_graduation_years, 1), 0) <> v_count THEN
          RAISE EXCEPTION 'unlock_profiles: the arrays must have the same length';
        END IF;
        SELECT array_agg(w.org_id ORDER BY w.org_id), array_agg(w.id ORDER BY w.org_id) INTO v_orgs, v_wallets
          FROM (SELECT w.org_id, w.id FROM wallets w WHERE w.org_id = ANY(p_orgs) ORDER BY w.org_id FOR UPDATE) w;
        IF coalesce(array_length(v_orgs, 1), 0) < (SELECT count(DISTINCT o) FROM unnest(p_orgs) AS o) THEN
          -- First spend of some org: create its wallet (as wallet_spend would), then lock them all.
          INSERT INTO wallets (org_id)
          SELECT o.id FROM recruiter_orgs o WHERE o.id = ANY(p_orgs) ORDER BY o.id
          ON CONFLICT (org_id) DO NOTHING;
          SELECT array_agg(w.org_id ORDER BY w.org_id), array_agg(w.id ORDER BY w.org_id) INTO v_orgs, v_wallets
            FROM (SELECT w.org_id, w.id FROM wallets w WHERE w.org_id = ANY(p_orgs) ORDER BY w.org_id FOR UPDATE) w;
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
          v_at := array_position(v_alumni, p_alumni[i]);
          v_fresh[i] := v_at IS NOT NULL AND v_versions[v_at] IS NOT DISTINCT FROM p_versions[i];
        END LOOP;

        -- The unlock rows, in item order; a pair that has one already (or earlier in this call) inserts nothing.
        WITH inserted AS (
          INSERT INTO unlocks (org_id, alumnus_id, association_id, credits_charged)
          SELECT i.org, i.alumnus, i.association, i.price
            FROM unnest(p_orgs, p_alumni, p_associations, p_prices, v_fresh) WITH ORDINALITY AS i(org, alumnus, association, price, fresh, at)
           WHERE i.fresh
           ORDER BY i.at
          ON CONFLICT ON CONSTRAINT uq_unlocks_org_alumnus DO NOTHING
          RETURNING id, org_id, alumnus_id, association_id, credits_charged, created_at),
        firsts AS (
          SELECT DISTINCT ON (i.org, i.alumnus) i.org, i.alumnus, i.at
            FROM unnest(p_orgs, p_alumni, v_fresh) WITH ORDINALITY AS i(org, alumnus, fresh, at)
           WHERE i.fresh
           ORDER BY i.org, i.alumnus, i.at)
        SELECT array_agg(f.at::integer ORDER BY f.at), array_agg(v_wallets[array_position(v_orgs, n.org_id)] ORDER BY f.at),
               array_agg(n.org_id ORDER BY f.at), array_agg(n.id ORDER BY f.at), array_agg(n.association_id ORDER BY f.at),
               array_agg(n.credits_charged ORDER BY f.at), array_agg(n.created_at ORDER BY f.at),
               array_agg(p_share_bps[f.at] ORDER BY f.at), array_agg('unlock:' || n.id ORDER BY f.at)
          INTO c_items, c_wallets, c_orgs, c_ids, c_associations, c_credits, c_created, c_share_bps, c_references
          FROM inserted n JOIN firsts f ON f.org = n.org_id AND f.alumnus = n.alumnus_id;

        IF c_items IS NOT NULL THEN
          -- Charge them; from the charges, write the access-log entries and revenue rows, and
          -- remove the unlock rows of refused charges (no unlock without its charge).
          WITH charged AS MATERIALIZED (
            SELECT s.ord, s.outcome, s.entry_id, s.wallet_balance, s.revenue_lots, s.revenue_credits, s.revenue_grosses,
                   s.revenue_shares, s.revenue_currencies, c_items[s.ord] AS item, c_references[s.ord] AS reference
              FROM wallet_spend_many(c_wallets, c_orgs, c_credits::bigint[], c_associations, c_share_bps, c_references, c_references) s),
          logged AS (
            INSERT INTO access_log_entries (org_id, alumnus_id, kind, reference)
            SELECT p_orgs[c.item], p_alumni[c.item], 'unlock', c.reference FROM charged c WHERE c.outcome = 'spent' ORDER BY c.ord),
          earned AS (
            INSERT INTO revenue_entries (org_id, association_id, lot_id, ledger_entry_id, credits, gross_minor,
              association_share_minor, platform_share_minor, revenue_share_bps, currency, kind, reference, program, graduation_year,
              first_of_movement)
            SELECT p_orgs[c.item], p_associations[c.item], r.lot_id, c.entry_id, r.credits, r.gross, r.share, r.gross - r.share,
                   p_share_bps[c.item], r.currency, 'unlock', c.reference, p_programs[c.item], p_graduation_years[c.item], r.at = 1
              FROM charged c
              CROSS JOIN LATERAL unnest(c.revenue_lots, c.revenue_credits, c.revenue_grosses, c.revenue_shares, c.revenue_currencies)
                   WITH ORDINALITY AS r(lot_id, credits, gross, share, currency, at)
             WHERE c.outcome = 'spent'
             ORDER BY c.ord, r.at),
          refused AS (
            DELETE FROM unlocks u WHERE u.id = ANY(ARRAY(SELECT c_ids[c.ord] FROM charged c WHERE c.outcome <> 'spent')))
          SELECT array_agg(c.outcome ORDER BY c.ord), array_agg(c.wallet_balance ORDER BY c.ord) INTO c_outcomes, c_balances
            FROM charged c;
        END IF;

        FOR i IN 1 .. v_count LOOP
          IF v_fresh[i] AND (c_items IS NULL OR array_position(c_items, i) IS NULL) THEN
            x_items := x_items || i;
          END IF;
        END LOOP;
        IF array_length(x_items, 1) > 0 THEN
          SELECT array_agg(u.id ORDER BY x.at), array_agg(u.association_id ORDER BY x.at), array_agg(u.credits_charged ORDER BY x.at),
                 array_agg(u.created_at ORDER BY x.at), array_agg(coalesce(w.balance, 0) ORDER BY x.at)
            INTO x_ids, x_associations, x_credits, x_created, x_balances
            FROM unnest(x_items) WITH ORDINALITY AS x(i, at)
            LEFT JOIN unlocks u ON u.org_id = p_orgs[x.i] AND u.alumnus_id = p_alumni[x.i]
            LEFT JOIN wallets w ON w.org_id = p_orgs[x.i];
        END IF;

        FOR i IN 1 .. v_count LOOP
          ord := i;
          outcome := 'stale';
          unlock_id := NULL;
          unlock_association_id := NULL;
          unlock_credits := NULL;
          unlock_created_at := NULL;
          wallet_balance := NULL;
          v_at := array_position(c_items, i);
          IF v_at IS NOT NULL THEN
            outcome := c_outcomes[v_at];
            wallet_balance := c_balances[v_at];
            IF outcome = 'spent' THEN
              unlock_id := c_ids[v_at];
              unlock_association_id := c_associations[v_at];
              unlock_credits := c_credits[v_at];
              unlock_created_at := c_created[v_at];
            END IF;
          ELSE
            v_at := array_position(x_items, i);
            IF v_at IS NOT NULL AND x_ids[v_at] IS NOT NULL THEN
              outcome := 'exists';
              unlock_id := x_ids[v_at];
              unlock_association_id := x_associations[v_at];
              unlock_credits := x_credits[v_at];
              unlock_created_at := x_created[v_at];
              wallet_balance := x_balances[v_at];
            END IF;
          END IF;
          RETURN NEXT;
        END LOOP;
      END
      $fn$`;
