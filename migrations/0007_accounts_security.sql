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
