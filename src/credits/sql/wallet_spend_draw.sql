CREATE OR REPLACE FUNCTION public.wallet_spend_draw(p_org uuid, p_credits bigint, p_association uuid, p_share_bps integer, p_reference text, p_key text, p_key_is_new boolean, OUT outcome text, OUT entry_id bigint, OUT wallet_balance bigint, OUT wallet_held bigint, OUT lot_draws jsonb, OUT revenue_lots uuid[], OUT revenue_credits bigint[], OUT revenue_grosses bigint[], OUT revenue_shares bigint[], OUT revenue_currencies text[])
 RETURNS record
 LANGUAGE plpgsql
AS $function$
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
      $function$;
