CREATE OR REPLACE FUNCTION public.revenue_daily_on_update()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        EXECUTE revenue_daily_append_sql(false, ARRAY['old_rows', 'new_rows'], ARRAY[-1, 1]);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_update AFTER UPDATE ON public.revenue_entries REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_update();
