CREATE OR REPLACE FUNCTION public.revenue_daily_rebuild_for(p_association_ids uuid[])
 RETURNS void
 LANGUAGE plpgsql
 SET work_mem TO '64MB'
AS $function$
      BEGIN
        -- Sums the associations' revenue rows into the summary again, per local day in each one's
        -- current zone: after a time-zone change (revenue_daily_rebuild), and for every association
        -- when a migration asked for it (pending_rebuilds, run after the repeatable definitions).
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0));
        DELETE FROM revenue_daily WHERE association_id = ANY (p_association_ids);
        -- One statement, one snapshot: a delta committed meanwhile is either deleted and summed
        -- from its entry, or kept and its entry not yet seen; never counted twice.
        EXECUTE 'WITH folded AS (DELETE FROM revenue_daily_delta WHERE association_id = ANY ($1)) '
          || revenue_daily_append_sql(true, ARRAY['(SELECT * FROM revenue_entries WHERE association_id = ANY ($1))'], ARRAY[1])
          USING p_association_ids;
      END $function$;
