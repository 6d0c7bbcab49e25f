CREATE OR REPLACE FUNCTION public.consent_events_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        RAISE EXCEPTION 'consent_events is append-only' USING ERRCODE = 'insufficient_privilege';
      END $function$;

CREATE OR REPLACE TRIGGER tg_consent_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.consent_events FOR EACH STATEMENT EXECUTE FUNCTION consent_events_refuse_change();
