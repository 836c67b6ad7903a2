-- Read policies that scale: the viewer's workspaces are looked up once per statement (an
-- InitPlan) instead of once per row through app_can_read(). The rule is the same: public
-- records for everyone; workspace records for the workspace's members; private records for
-- their creator and the workspace's owners and coordinators.
CREATE OR REPLACE FUNCTION app_viewer_workspaces() RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT coalesce(array_agg(workspace_id), '{}') FROM memberships WHERE user_id = app_current_user_id() $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_viewer_curated_workspaces() RETURNS uuid[]
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT coalesce(array_agg(workspace_id), '{}') FROM memberships WHERE user_id = app_current_user_id() AND role IN ('owner', 'coordinator') $$;
--> statement-breakpoint
-- Replaces the read policy of a table with workspace_id, visibility and created_by.
CREATE OR REPLACE FUNCTION app_fast_read_policy(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE name text := (SELECT relname FROM pg_class WHERE oid = target);
  BEGIN
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_read', target);
    EXECUTE format(
      'CREATE POLICY %I ON %s FOR SELECT USING (visibility = %L OR (workspace_id = ANY ((SELECT app_viewer_workspaces())::uuid[]) AND '
      '(visibility = %L OR created_by = (SELECT app_current_user_id()) OR workspace_id = ANY ((SELECT app_viewer_curated_workspaces())::uuid[]))))',
      name || '_read', target, 'public', 'workspace');
  END
  $$;
--> statement-breakpoint
-- Tables secured from now on get the fast read policy.
CREATE OR REPLACE FUNCTION app_secure_scoped_table(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE name text := (SELECT relname FROM pg_class WHERE oid = target);
  BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_insert', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_update', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_delete', target);
    PERFORM app_fast_read_policy(target);
    EXECUTE format('CREATE POLICY %I ON %s FOR INSERT WITH CHECK (app_can_create(workspace_id) AND created_by IS NOT DISTINCT FROM app_current_user_id())', name || '_insert', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR UPDATE USING (app_can_edit(workspace_id, created_by)) WITH CHECK (app_can_edit(workspace_id, created_by))', name || '_update', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR DELETE USING (app_can_edit(workspace_id, created_by))', name || '_delete', target);
  END
  $$;
--> statement-breakpoint
-- Every table secured so far whose read policy calls app_can_read() per row.
DO $$
DECLARE target regclass;
BEGIN
  FOR target IN
    SELECT format('%I.%I', schemaname, tablename)::regclass FROM pg_policies
    WHERE policyname = tablename || '_read' AND qual = 'app_can_read(workspace_id, visibility, created_by)'
  LOOP
    PERFORM app_fast_read_policy(target);
  END LOOP;
END
$$;
