-- Row-level security: the second wall behind the services' own checks. Application
-- transactions run as the role stadtdialog_app with app.user_id and app.can_write set
-- (src/core/db/viewer-transaction.ts); table owners and maintenance commands are not affected.

CREATE OR REPLACE FUNCTION app_current_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_may_write() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('app.can_write', true), '') = 'on' $$;
--> statement-breakpoint
-- Runs as its owner so that looking up a membership is not itself filtered by row-level security.
CREATE OR REPLACE FUNCTION app_workspace_role(workspace uuid) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT role FROM memberships WHERE workspace_id = workspace AND user_id = app_current_user_id() $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_can_read(workspace uuid, visibility text, creator uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT visibility = 'public' OR CASE app_workspace_role(workspace)
      WHEN 'owner' THEN true
      WHEN 'coordinator' THEN true
      WHEN 'member' THEN visibility = 'workspace' OR creator = app_current_user_id()
      WHEN 'guest' THEN visibility = 'workspace' OR creator = app_current_user_id()
      ELSE false
    END
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_can_create(workspace uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT app_may_write() AND coalesce(app_workspace_role(workspace) IN ('owner', 'coordinator', 'member'), false) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_can_edit(workspace uuid, creator uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT app_may_write() AND CASE app_workspace_role(workspace)
      WHEN 'owner' THEN true
      WHEN 'coordinator' THEN true
      WHEN 'member' THEN creator = app_current_user_id()
      ELSE false
    END
  $$;
--> statement-breakpoint
-- Policies for a table with workspace_id, visibility and created_by.
CREATE OR REPLACE FUNCTION app_secure_scoped_table(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE name text := (SELECT relname FROM pg_class WHERE oid = target);
  BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_read', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_insert', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_update', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_delete', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR SELECT USING (app_can_read(workspace_id, visibility, created_by))', name || '_read', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR INSERT WITH CHECK (app_can_create(workspace_id) AND created_by IS NOT DISTINCT FROM app_current_user_id())', name || '_insert', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR UPDATE USING (app_can_edit(workspace_id, created_by)) WITH CHECK (app_can_edit(workspace_id, created_by))', name || '_update', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR DELETE USING (app_can_edit(workspace_id, created_by))', name || '_delete', target);
  END
  $$;
--> statement-breakpoint
-- Policies for a table whose rows belong to a row of a scoped parent table: readable with the
-- parent, writable by whoever may edit the parent.
CREATE OR REPLACE FUNCTION app_secure_child_table(target regclass, parent regclass, parent_column text) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = target);
    parent_row text := format('SELECT 1 FROM %s p WHERE p.id = %I', parent, parent_column);
  BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_read', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_write', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR SELECT USING (EXISTS (%s))', name || '_read', target, parent_row);
    EXECUTE format('CREATE POLICY %I ON %s FOR ALL USING (EXISTS (%s AND app_can_edit(p.workspace_id, p.created_by))) WITH CHECK (EXISTS (%s AND app_can_edit(p.workspace_id, p.created_by)))',
      name || '_write', target, parent_row, parent_row);
  END
  $$;
--> statement-breakpoint
SELECT app_secure_scoped_table('places');
--> statement-breakpoint
SELECT app_secure_scoped_table('organizations');
--> statement-breakpoint
SELECT app_secure_scoped_table('partnerships');
--> statement-breakpoint
SELECT app_secure_scoped_table('networks');
--> statement-breakpoint
SELECT app_secure_scoped_table('exchange_series');
--> statement-breakpoint
SELECT app_secure_scoped_table('exchanges');
--> statement-breakpoint
SELECT app_secure_child_table('partnership_parties', 'partnerships', 'partnership_id');
--> statement-breakpoint
SELECT app_secure_child_table('network_members', 'networks', 'network_id');
--> statement-breakpoint
SELECT app_secure_child_table('exchange_organizations', 'exchanges', 'exchange_id');
--> statement-breakpoint
SELECT app_secure_child_table('exchange_delegations', 'exchanges', 'exchange_id');
--> statement-breakpoint
-- Memberships are read through app_workspace_role(); the application role reads only its own.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY memberships_own ON memberships FOR SELECT USING (user_id = app_current_user_id() OR app_workspace_role(workspace_id) IS NOT NULL);
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_read ON audit_events FOR SELECT USING (app_workspace_role(workspace_id) IS NOT NULL);
--> statement-breakpoint
CREATE POLICY audit_events_insert ON audit_events FOR INSERT WITH CHECK (actor_user_id IS NOT DISTINCT FROM app_current_user_id());
--> statement-breakpoint
-- Tokens are looked up by the table owner while authenticating; the application role sees none.
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Row-level security for accounts and workspace administration. Sign-in, sessions and e-mail
-- links run as the table owner; the application role sees only what the viewer may.

CREATE OR REPLACE FUNCTION app_workspace_has_members(workspace uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM memberships WHERE workspace_id = workspace) $$;
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE one_time_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE oidc_identities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE instance_secrets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY mail_outbox_queue ON mail_outbox FOR INSERT WITH CHECK (app_may_write() AND app_current_user_id() IS NOT NULL);
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_visible ON users FOR SELECT USING (
  id = app_current_user_id()
  OR EXISTS (SELECT 1 FROM memberships mine JOIN memberships theirs ON theirs.workspace_id = mine.workspace_id
             WHERE mine.user_id = app_current_user_id() AND theirs.user_id = users.id)
);
--> statement-breakpoint
ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY workspaces_read ON workspaces FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY workspaces_create ON workspaces FOR INSERT WITH CHECK (app_may_write() AND app_current_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY workspaces_update ON workspaces FOR UPDATE USING (app_workspace_role(id) = 'owner' AND app_may_write());
--> statement-breakpoint
CREATE POLICY memberships_manage ON memberships FOR ALL
  USING (app_workspace_role(workspace_id) = 'owner' AND app_may_write())
  WITH CHECK (app_workspace_role(workspace_id) = 'owner' AND app_may_write());
--> statement-breakpoint
CREATE POLICY memberships_found ON memberships FOR INSERT
  WITH CHECK (app_may_write() AND user_id = app_current_user_id() AND role = 'owner' AND NOT app_workspace_has_members(workspace_id));
--> statement-breakpoint
CREATE POLICY memberships_leave ON memberships FOR DELETE USING (user_id = app_current_user_id() AND app_may_write());
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY invitations_manage ON invitations FOR ALL
  USING (app_workspace_role(workspace_id) = 'owner')
  WITH CHECK (app_workspace_role(workspace_id) = 'owner' AND app_may_write());
--> statement-breakpoint
ALTER TABLE rate_limit_counters ENABLE ROW LEVEL SECURITY;
