-- Coordinators invite too, in any role but owner (to bring in who agrees for a plan's side); they see the invitations they made.
CREATE POLICY invitations_coordinators_invite ON invitations FOR INSERT
  WITH CHECK (app_workspace_role(workspace_id) = 'coordinator' AND role <> 'owner' AND invited_by = app_current_user_id() AND app_may_write());
--> statement-breakpoint
CREATE POLICY invitations_coordinators_read ON invitations FOR SELECT
  USING (app_workspace_role(workspace_id) = 'coordinator' AND invited_by = app_current_user_id());
