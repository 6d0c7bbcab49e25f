CREATE OR REPLACE FUNCTION public.revenue_daily_compact()
 RETURNS bigint
 LANGUAGE plpgsql
AS $function$
      DECLARE
        folded bigint;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0)) THEN
          RETURN 0;
        END IF;
        WITH moved AS (
          DELETE FROM revenue_daily_delta x USING associations a
           WHERE a.id = x.association_id
          RETURNING x.*, (x.bucket_start AT TIME ZONE a.time_zone)::date AS local_day),
        folded_rows AS (
          INSERT INTO revenue_daily AS d (association_id, dimension, local_day, group_value, currency, entries, gross_minor,
  association_share_minor, platform_share_minor, breakage_minor, refund_adjustments_minor, unlocks, accepted_contacts)
          SELECT association_id, dimension, local_day, group_value, currency, sum(entries), sum(gross_minor),
                 sum(association_share_minor), sum(platform_share_minor), sum(breakage_minor), sum(refund_adjustments_minor),
                 sum(unlocks), sum(accepted_contacts)
            FROM moved
           GROUP BY 1, 2, 3, 4, 5
           ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT ON CONSTRAINT uq_revenue_daily_key DO UPDATE SET
            entries = d.entries + EXCLUDED.entries,
            gross_minor = d.gross_minor + EXCLUDED.gross_minor,
            association_share_minor = d.association_share_minor + EXCLUDED.association_share_minor,
            platform_share_minor = d.platform_share_minor + EXCLUDED.platform_share_minor,
            breakage_minor = d.breakage_minor + EXCLUDED.breakage_minor,
            refund_adjustments_minor = d.refund_adjustments_minor + EXCLUDED.refund_adjustments_minor,
            unlocks = d.unlocks + EXCLUDED.unlocks,
            accepted_contacts = d.accepted_contacts + EXCLUDED.accepted_contacts
          RETURNING 1)
        SELECT count(*) INTO folded FROM moved;
        RETURN folded;
      END $function$;
