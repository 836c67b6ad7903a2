-- A child table's write policy was FOR ALL, so PostgreSQL OR-ed it into every read as well: each
-- read of exchange_organizations, project_partners, … also checked app_can_edit() on the parent,
-- which the planner may run over the whole parent table (one app_workspace_role() call per row).
-- Whoever may edit the parent may read it, so reads need only the read policy: writes get policies
-- of their own (as matching_items has since 0030), the same rule for each kind of write.
-- The read policy looks the parent up by its key for each row (OFFSET 0 keeps the planner from
-- hashing every readable parent instead: a scan of all exchanges to read the links of one
-- organisation). The rule itself is unchanged.
CREATE OR REPLACE FUNCTION app_split_write_policy(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = target);
    policy record;
  BEGIN
    SELECT pg_get_expr(polqual, polrelid) AS qual, pg_get_expr(polwithcheck, polrelid) AS checked INTO policy
      FROM pg_policy WHERE polrelid = target AND polname = name || '_write' AND polcmd = '*';
    IF NOT FOUND THEN RETURN; END IF;
    EXECUTE format('DROP POLICY %I ON %s', name || '_write', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_insert', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_update', target);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %s', name || '_delete', target);
    EXECUTE format('CREATE POLICY %I ON %s FOR INSERT WITH CHECK (%s)', name || '_insert', target, coalesce(policy.checked, policy.qual));
    EXECUTE format('CREATE POLICY %I ON %s FOR UPDATE USING (%s) WITH CHECK (%s)', name || '_update', target, policy.qual, coalesce(policy.checked, policy.qual));
    EXECUTE format('CREATE POLICY %I ON %s FOR DELETE USING (%s)', name || '_delete', target, policy.qual);
  END
  $$;
--> statement-breakpoint
-- Tables secured from now on: read with the parent, written by the parent's editors.
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
    EXECUTE format('CREATE POLICY %I ON %s FOR SELECT USING (EXISTS (%s OFFSET 0))', name || '_read', target, parent_row);
    EXECUTE format('CREATE POLICY %I ON %s FOR ALL USING (EXISTS (%s AND app_can_edit(p.workspace_id, p.created_by))) WITH CHECK (EXISTS (%s AND app_can_edit(p.workspace_id, p.created_by)))',
      name || '_write', target, parent_row, parent_row);
    PERFORM app_split_write_policy(target);
  END
  $$;
--> statement-breakpoint
-- Every child table secured so far (and the two secured by hand in 0007, whose write policy
-- likewise implies their read policy).
DO $$
DECLARE target regclass;
BEGIN
  FOR target IN
    SELECT c.oid::regclass FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
     WHERE p.polname = c.relname || '_write' AND p.polcmd = '*'
       AND EXISTS (SELECT 1 FROM pg_policy r WHERE r.polrelid = c.oid AND r.polname = c.relname || '_read' AND r.polcmd = 'r')
  LOOP
    PERFORM app_split_write_policy(target);
  END LOOP;
END
$$;
--> statement-breakpoint
-- Every read policy of that form so far: the parent (or the parent's parent) looked up per row.
DO $$
DECLARE policy record;
BEGIN
  FOR policy IN
    SELECT c.oid::regclass AS target, p.polname, pg_get_expr(p.polqual, p.polrelid) AS qual
      FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
     WHERE p.polname = c.relname || '_read' AND p.polcmd = 'r'
  LOOP
    CONTINUE WHEN policy.qual NOT LIKE '(EXISTS ( SELECT 1%))' OR policy.qual LIKE '%OFFSET%';
    EXECUTE format('ALTER POLICY %I ON %s USING (%s OFFSET 0)))', policy.polname, policy.target, left(policy.qual, -2));
  END LOOP;
END
$$;
