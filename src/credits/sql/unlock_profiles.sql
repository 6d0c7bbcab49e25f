CREATE OR REPLACE FUNCTION public.unlock_profiles(p_ids uuid[], p_orgs uuid[], p_alumni uuid[], p_versions text[], p_associations uuid[], p_prices integer[], p_share_bps integer[], p_programs text[], p_graduation_years integer[])
 RETURNS TABLE(ord integer, outcome text, unlock_id uuid, unlock_association_id uuid, unlock_credits integer, unlock_created_at timestamp with time zone, wallet_balance bigint)
 LANGUAGE plpgsql
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
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
        IF coalesce(array_length(p_ids, 1), 0) <> v_count OR coalesce(array_length(p_alumni, 1), 0) <> v_count OR coalesce(array_length(p_versions, 1), 0) <> v_count
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

        -- The unlock rows, with the caller's ids, in item order; a pair that has one already (or
        -- earlier in this call) inserts nothing.
        WITH inserted AS (
          INSERT INTO unlocks (id, org_id, alumnus_id, association_id, credits_charged)
          SELECT i.id, i.org, i.alumnus, i.association, i.price
            FROM unnest(p_ids, p_orgs, p_alumni, p_associations, p_prices, v_fresh) WITH ORDINALITY AS i(id, org, alumnus, association, price, fresh, at)
           WHERE i.fresh
           ORDER BY i.at
          ON CONFLICT DO NOTHING
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
      $function$;
