CREATE OR REPLACE FUNCTION public.revenue_daily_rebuild()
 RETURNS trigger
 LANGUAGE plpgsql
 SET work_mem TO '64MB'
AS $function$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0));
        DELETE FROM revenue_daily WHERE association_id = NEW.id;
        -- One statement, one snapshot: a delta committed meanwhile is either deleted and summed
        -- from its entry, or kept and its entry not yet seen; never counted twice.
        EXECUTE 'WITH folded AS (DELETE FROM revenue_daily_delta WHERE association_id = $1) '
          || revenue_daily_append_sql(true, ARRAY['(SELECT * FROM revenue_entries WHERE association_id = $1)'], ARRAY[1])
          USING NEW.id;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_time_zone AFTER UPDATE OF time_zone ON public.associations FOR EACH ROW WHEN ((old.time_zone IS DISTINCT FROM new.time_zone)) EXECUTE FUNCTION revenue_daily_rebuild();
