CREATE OR REPLACE FUNCTION public.revenue_daily_on_truncate()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        DELETE FROM revenue_daily;
        DELETE FROM revenue_daily_delta;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_truncate AFTER TRUNCATE ON public.revenue_entries FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_truncate();
