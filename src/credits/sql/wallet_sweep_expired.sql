CREATE OR REPLACE FUNCTION public.wallet_sweep_expired(p_wallet uuid)
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
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
           WHERE l.wallet_id = p_wallet AND l.available AND l.expires_at IS NOT NULL AND l.expires_at <= now()
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
      $function$;
