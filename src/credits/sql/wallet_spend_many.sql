CREATE OR REPLACE FUNCTION public.wallet_spend_many(p_wallets uuid[], p_orgs uuid[], p_credits bigint[], p_associations uuid[], p_share_bps integer[], p_references text[], p_keys text[])
 RETURNS TABLE(ord integer, outcome text, entry_id bigint, wallet_balance bigint, wallet_held bigint, lot_draws jsonb, revenue_lots uuid[], revenue_credits bigint[], revenue_grosses bigint[], revenue_shares bigint[], revenue_currencies text[])
 LANGUAGE plpgsql
 ROWS 8
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
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
      $function$;
