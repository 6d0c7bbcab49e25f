CREATE OR REPLACE FUNCTION public.revenue_daily_rebuild()
 RETURNS trigger
 LANGUAGE plpgsql
 SET work_mem TO '64MB'
AS $function$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('revenue-daily-compaction', 0));
        DELETE FROM revenue_daily WHERE association_id = NEW.id;
        WITH folded AS (DELETE FROM revenue_daily_delta WHERE association_id = NEW.id)
        INSERT INTO revenue_daily (association_id, dimension, local_day, group_value, currency, entries, gross_minor,
  association_share_minor, platform_share_minor, breakage_minor, refund_adjustments_minor, unlocks, accepted_contacts)
          
    SELECT c.association_id,
           CASE WHEN GROUPING(c.org_id) = 0 THEN 'org' WHEN GROUPING(c.program) = 0 THEN 'program' ELSE 'graduation_year' END,
           c.local_day,
           CASE WHEN GROUPING(c.org_id) = 0 THEN c.org_id::text WHEN GROUPING(c.program) = 0 THEN c.program ELSE c.graduation_year::text END
             COLLATE "C",
           c.currency COLLATE "C",
           sum(c.sign), sum(c.sign * c.gross_minor), sum(c.sign * c.association_share_minor), sum(c.sign * c.platform_share_minor),
           sum(c.sign * CASE WHEN c.kind = 'breakage' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'refund_adjustment' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'unlock' AND c.first_of_movement THEN 1 ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'contact' AND c.first_of_movement THEN 1 ELSE 0 END)
      FROM (SELECT s.*, (s.created_at AT TIME ZONE a.time_zone)::date AS local_day
              FROM (SELECT association_id, created_at, org_id, program, graduation_year, currency, kind, first_of_movement, gross_minor,
  association_share_minor, platform_share_minor, 1 AS sign FROM revenue_entries WHERE association_id = NEW.id) s JOIN associations a ON a.id = s.association_id) c
     GROUP BY c.association_id, c.local_day, c.currency, GROUPING SETS ((c.org_id), (c.program), (c.graduation_year));
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_time_zone AFTER UPDATE OF time_zone ON public.associations FOR EACH ROW WHEN ((old.time_zone IS DISTINCT FROM new.time_zone)) EXECUTE FUNCTION revenue_daily_rebuild();
