CREATE OR REPLACE FUNCTION public.revenue_daily_rebuild()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        -- A time-zone change moves the association's revenue to other local days: its summary is
        -- rebuilt in the transaction of the change, so readers see the old zone and summary or the new.
        PERFORM revenue_daily_rebuild_for(ARRAY[NEW.id]);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_revenue_daily_time_zone AFTER UPDATE OF time_zone ON public.associations FOR EACH ROW WHEN ((old.time_zone IS DISTINCT FROM new.time_zone)) EXECUTE FUNCTION revenue_daily_rebuild();
