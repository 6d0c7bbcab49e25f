CREATE OR REPLACE FUNCTION public.revenue_daily_append_sql(per_local_day boolean, relations text[], signs integer[])
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$
  -- The one statement that sums revenue rows into the summary, for the triggers on
  -- revenue_entries (into revenue_daily_delta, per UTC quarter-hour) and for the rebuild after a
  -- time-zone change (into revenue_daily, per local day). `relations` are the rows to add, each
  -- with its sign (+1 new rows, -1 old rows): a trigger's transition tables are visible only to
  -- statements the trigger function runs itself, so it runs this text with EXECUTE.
  -- One pass with grouping sets, one set per dimension. Sums mirror the raw report exactly:
  -- unlocks and accepted contacts count movements (first_of_movement), and `entries` counts rows
  -- so that a bucket whose rows all sum to 0 is still reported.
  SELECT format($q$
    INSERT INTO %s (association_id, dimension, %s, group_value, currency, entries, gross_minor,
      association_share_minor, platform_share_minor, breakage_minor, refund_adjustments_minor, unlocks, accepted_contacts)
    SELECT c.association_id,
           CASE WHEN GROUPING(c.org_id) = 0 THEN 'org' WHEN GROUPING(c.program) = 0 THEN 'program' ELSE 'graduation_year' END,
           c.bucket,
           CASE WHEN GROUPING(c.org_id) = 0 THEN c.org_id::text WHEN GROUPING(c.program) = 0 THEN c.program ELSE c.graduation_year::text END
             COLLATE "C",
           c.currency COLLATE "C",
           sum(c.sign), sum(c.sign * c.gross_minor), sum(c.sign * c.association_share_minor), sum(c.sign * c.platform_share_minor),
           sum(c.sign * CASE WHEN c.kind = 'breakage' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'refund_adjustment' THEN c.gross_minor ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'unlock' AND c.first_of_movement THEN 1 ELSE 0 END),
           sum(c.sign * CASE WHEN c.kind = 'contact' AND c.first_of_movement THEN 1 ELSE 0 END)
      FROM (SELECT s.*, %s AS bucket FROM (%s) s %s WHERE s.association_id IS NOT NULL) c
     GROUP BY c.association_id, c.bucket, c.currency, GROUPING SETS ((c.org_id), (c.program), (c.graduation_year))$q$,
    CASE WHEN per_local_day THEN 'revenue_daily' ELSE 'revenue_daily_delta' END,
    CASE WHEN per_local_day THEN 'local_day' ELSE 'bucket_start' END,
    CASE WHEN per_local_day THEN '(s.created_at AT TIME ZONE a.time_zone)::date'
         ELSE $b$date_bin('15 minutes', s.created_at, timestamptz '2000-01-01 00:00:00+00')$b$ END,
    (SELECT string_agg(format('SELECT association_id, created_at, org_id, program, graduation_year, currency, kind, first_of_movement,
                                      gross_minor, association_share_minor, platform_share_minor, %s AS sign FROM %s', r.sign, r.relation),
                       ' UNION ALL ' ORDER BY r.i)
       FROM unnest(relations, signs) WITH ORDINALITY AS r(relation, sign, i)),
    CASE WHEN per_local_day THEN 'JOIN associations a ON a.id = s.association_id' ELSE '' END)
$function$;
