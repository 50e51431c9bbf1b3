-- A published policy version is what staff acknowledged: the database refuses to change or delete it.
-- The draft (published_at null) stays editable; publishing is the last UPDATE it accepts.
CREATE OR REPLACE FUNCTION refuse_published_policy_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.published_at IS NOT NULL THEN
    RAISE EXCEPTION 'Beleidsversie % is gepubliceerd en kan niet meer veranderen: % is niet toegestaan', OLD.number, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER policy_version_published_frozen BEFORE UPDATE OR DELETE ON policy_version
  FOR EACH ROW EXECUTE FUNCTION refuse_published_policy_change();
--> statement-breakpoint
CREATE TRIGGER policy_version_no_truncate BEFORE TRUNCATE ON policy_version
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- Acknowledgements are evidence for the council and the auditor: append-only, like the audit log.
CREATE TRIGGER policy_acknowledgement_append_only BEFORE UPDATE OR DELETE ON policy_acknowledgement
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER policy_acknowledgement_no_truncate BEFORE TRUNCATE ON policy_acknowledgement
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
