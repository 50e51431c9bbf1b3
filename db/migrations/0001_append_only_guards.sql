-- The audit log and published list versions are append-only: the database itself refuses changes,
-- so not even a bug in the application (or a hurried administrator with psql) can rewrite history.
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Tabel % is alleen aanvulbaar: % is niet toegestaan', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_append_only BEFORE UPDATE OR DELETE ON list_version
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_app_append_only BEFORE UPDATE OR DELETE ON list_version_app
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_country_append_only BEFORE UPDATE OR DELETE ON list_version_country
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_no_truncate BEFORE TRUNCATE ON list_version
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_app_no_truncate BEFORE TRUNCATE ON list_version_app
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER list_version_country_no_truncate BEFORE TRUNCATE ON list_version_country
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
