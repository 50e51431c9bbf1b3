-- The rights of the portal's own database role in a two-role deployment (README, "Twee databaserollen").
-- Run it as the owner of the tables (the role of MIGRATION_DATABASE_URL), after the migrations and again
-- after a migration that adds an append-only table:
--   psql "$MIGRATION_DATABASE_URL" -v ON_ERROR_STOP=1 -c "SET portal.app_role = 'portal_app'" -f db/roles.sql
-- Without the SET the role is called portal_app. A database administrator makes that role once, as a plain
-- login role that owns nothing:  CREATE ROLE portal_app LOGIN PASSWORD '...';
-- The portal role may then read and write the normal tables, but on the audit log, its checkpoints and the
-- published list versions only INSERT and SELECT. It owns no table, so it cannot ALTER TABLE ... DISABLE
-- TRIGGER either: only the owner (or a superuser) can.
DO $$
DECLARE
  app text := coalesce(nullif(current_setting('portal.app_role', true), ''), 'portal_app');
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
    RAISE EXCEPTION 'De rol % bestaat niet. Laat een databasebeheerder hem eerst maken: CREATE ROLE % LOGIN PASSWORD ''...''', app, app;
  END IF;
  IF app = current_user THEN
    RAISE EXCEPTION 'Voer dit script uit als eigenaar van de tabellen, niet als de portaalrol %', app;
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app);
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
  -- Append-only: the triggers refuse changes, and the rights do not even allow them.
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event, audit_checkpoint, list_version, list_version_app, list_version_country, policy_acknowledgement, memo_read, council_question_delay FROM %I', app);
  -- The staging table of an inventory import holds only the running import's rows and is emptied with TRUNCATE.
  EXECUTE format('GRANT TRUNCATE ON inventory_staging TO %I', app);
  -- Tables that later migrations add get the normal rights straight away.
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
END $$;
