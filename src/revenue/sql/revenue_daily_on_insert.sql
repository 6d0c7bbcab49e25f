CREATE OR REPLACE FUNCTION public.revenue_daily_on_insert()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        EXECUTE revenue_daily_append_sql(false, ARRAY['new_rows'], ARRAY[1]);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_insert AFTER INSERT ON public.revenue_entries REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION revenue_daily_on_insert();
