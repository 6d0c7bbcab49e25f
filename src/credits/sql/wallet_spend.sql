CREATE OR REPLACE FUNCTION public.wallet_spend(p_org uuid, p_credits bigint, p_association uuid, p_share_bps integer, p_kind text, p_reference text, p_key text, p_key_is_new boolean, p_program text, p_graduation_year integer, OUT outcome text, OUT entry_id bigint, OUT wallet_balance bigint, OUT wallet_held bigint, OUT lot_draws jsonb)
 RETURNS record
 LANGUAGE plpgsql
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
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
      $function$;
