-- An introduction is read by the members of the workspace that asked for it and of the workspaces
-- of both sides; whoever may create records in one of them answers it or moves it on. Nothing
-- deletes an introduction: a declined one stays, as the pipeline counts it.
ALTER TABLE matching_introductions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY matching_introductions_read ON matching_introductions FOR SELECT USING (
  workspace_id = ANY ((SELECT app_viewer_workspaces())::uuid[])
  OR from_workspace_id = ANY ((SELECT app_viewer_workspaces())::uuid[])
  OR to_workspace_id = ANY ((SELECT app_viewer_workspaces())::uuid[])
);
--> statement-breakpoint
CREATE POLICY matching_introductions_insert ON matching_introductions FOR INSERT
  WITH CHECK (app_can_create(workspace_id) AND created_by IS NOT DISTINCT FROM app_current_user_id());
--> statement-breakpoint
CREATE POLICY matching_introductions_update ON matching_introductions FOR UPDATE
  USING (app_can_create(workspace_id) OR app_can_create(from_workspace_id) OR app_can_create(to_workspace_id))
  WITH CHECK (app_can_create(workspace_id) OR app_can_create(from_workspace_id) OR app_can_create(to_workspace_id));
--> statement-breakpoint
-- Who is told about an introduction on one of its sides: the side's owners and coordinators and
-- whoever published the side's profile. Only for a viewer who may read the introduction; the
-- addresses go into the mail outbox, never into an answer of the API.
CREATE OR REPLACE FUNCTION app_introduction_recipients(introduction uuid, side uuid)
  RETURNS TABLE (email text, language text, display_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT u.email, u.language, u.display_name
    FROM matching_introductions i
    JOIN memberships m ON m.workspace_id = side
    JOIN users u ON u.id = m.user_id
    WHERE i.id = introduction
      AND side IN (i.workspace_id, i.from_workspace_id, i.to_workspace_id)
      AND (i.workspace_id = ANY (app_viewer_workspaces()) OR i.from_workspace_id = ANY (app_viewer_workspaces()) OR i.to_workspace_id = ANY (app_viewer_workspaces()))
      AND u.id IS DISTINCT FROM app_current_user_id()
      AND (m.role IN ('owner', 'coordinator')
           OR EXISTS (SELECT 1 FROM matching_profiles p WHERE p.id IN (i.from_profile_id, i.to_profile_id) AND p.workspace_id = side AND p.created_by = u.id))
    ORDER BY u.email
  $$;
