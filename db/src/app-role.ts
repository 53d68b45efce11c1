/**
 * The role requests run as and its rights, as migration 0017 made them: run again on a database
 * restored without privileges (pg_restore --no-privileges), which keeps the policies but not the grants.
 */
export const appRoleGrants = `
DO $$
BEGIN
  CREATE ROLE zdyq_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;
DO $$
BEGIN
  EXECUTE format('GRANT zdyq_app TO %I', current_user);
EXCEPTION WHEN duplicate_object OR invalid_grant_operation THEN
  NULL;
END $$;
GRANT USAGE ON SCHEMA public TO zdyq_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zdyq_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO zdyq_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO zdyq_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zdyq_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO zdyq_app;
`;
