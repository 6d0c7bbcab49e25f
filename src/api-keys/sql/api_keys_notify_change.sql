CREATE OR REPLACE FUNCTION public.api_keys_notify_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        -- Delivered at commit to every API process listening: they drop the key from their
        -- credential cache (ApiKeysService), so a revocation reaches them without waiting for it.
        IF TG_TABLE_NAME = 'recruiter_orgs' THEN
          PERFORM pg_notify('api_key_changed', 'org:' || NEW.id::text);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM pg_notify('api_key_changed', 'key:' || OLD.key_id);
        ELSE
          PERFORM pg_notify('api_key_changed', 'key:' || NEW.key_id);
        END IF;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE TRIGGER tg_api_keys_notify_change AFTER DELETE OR UPDATE OF revoked_at, expires_at, secret_hash, scopes, kind, org_id, association_id ON public.api_keys FOR EACH ROW EXECUTE FUNCTION api_keys_notify_change();

CREATE OR REPLACE TRIGGER tg_recruiter_orgs_notify_key_change AFTER UPDATE OF status ON public.recruiter_orgs FOR EACH ROW EXECUTE FUNCTION api_keys_notify_change();
