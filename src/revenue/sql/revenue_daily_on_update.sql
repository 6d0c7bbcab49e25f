CREATE OR REPLACE FUNCTION public.revenue_daily_on_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        INSERT INTO revenue_daily_delta (association_id, dimension, bucket_start, group_value, currency, entries, gross_minor,
  association_share_minor, platform_share_minor, breakage_minor, refund_adjustments_minor, unlocks, accepted_contacts) 
    SELECT c.association_id,
           CASE WHEN GROUPING(c.org_id) = 0 THEN 'org' WHEN GROUPING(c.program) = 0 THEN 'program' ELSE 'graduation_year' END,
           c.bucket_start,
           CASE WHEN GROUPING(c.org_id) = 0 THEN c.org_id::text WHEN GROUPING(c.program) = 0 THEN c.program ELSE c.graduation_year::text END
             COLLATE "C",
           c.currency COLLATE "C",
           sum(c.sign), sum(c.sign * c.gross_minor), sum(c.sign * c.association_share_minor), sum(c.sign * c.platform_share_minor),
           sum(c.sign * CASE WHEN c.kind = 'breakage' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'refund_adjustment' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'unlock' AND c.first_of_movement THEN 1 ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'contact' AND c.first_of_movement THEN 1 ELSE 0 END)
      FROM (SELECT s.*, date_bin('15 minutes', s.created_at, timestamptz '2000-01-01 00:00:00+00') AS bucket_start
              FROM (SELECT association_id, created_at, org_id, program, graduation_year, currency, kind, first_of_movement, gross_minor,
  association_share_minor, platform_share_minor, -1 AS sign FROM old_rows UNION ALL SELECT association_id, created_at, org_id, program, graduation_year, currency, kind, first_of_movement, gross_minor,
  association_share_minor, platform_share_minor, 1 AS sign FROM new_rows) s WHERE s.association_id IS NOT NULL) c
     GROUP BY c.association_id, c.bucket_start, c.currency, GROUPING SETS ((c.org_id), (c.program), (c.graduation_year));
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_update AFTER UPDATE ON public.revenue_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_update();
