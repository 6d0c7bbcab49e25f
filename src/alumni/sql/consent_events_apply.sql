-- Statement-level with a transition table: an import batch updates its alumni in one pass.
-- Rows whose cache already holds the event's values (an import writes them with the INSERT of
-- a new alumnus) are skipped, so a new alumnus is not written twice.
CREATE OR REPLACE FUNCTION public.consent_events_apply()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        UPDATE alumni a
           SET consent_searchable = n.searchable,
               consent_unlockable = n.unlockable,
               consent_contactable = n.contactable,
               consent_given_at = n.given_at,
               updated_at = now()
          FROM (SELECT DISTINCT ON (alumnus_id) * FROM inserted_events ORDER BY alumnus_id, id DESC) n
         WHERE a.id = n.alumnus_id
           AND (a.consent_searchable, a.consent_unlockable, a.consent_contactable, a.consent_given_at)
               IS DISTINCT FROM (n.searchable, n.unlockable, n.contactable, n.given_at);
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_consent_events_apply AFTER INSERT ON public.consent_events REFERENCING NEW TABLE AS inserted_events FOR EACH STATEMENT EXECUTE FUNCTION consent_events_apply();
