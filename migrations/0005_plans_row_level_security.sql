-- Row-level security for action plans, projects, funding and area monitoring. A plan is shared
-- with the workspace of each of its sides: their members read it as if it were theirs, and their
-- owners and coordinators agree for their side and report progress.

CREATE OR REPLACE FUNCTION app_action_plan_shared_read(plan uuid, visibility text, creator uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM action_plan_sides s WHERE s.plan_id = plan AND app_can_read(s.workspace_id, visibility, creator)) $$;
--> statement-breakpoint
-- Whether the viewer may agree for some side of the plan (owner or coordinator of its workspace).
CREATE OR REPLACE FUNCTION app_action_plan_agreer(plan uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT app_may_write() AND EXISTS (
    SELECT 1 FROM action_plan_sides s WHERE s.plan_id = plan AND app_workspace_role(s.workspace_id) IN ('owner', 'coordinator')) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_action_plan_side_agreer(side uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT app_may_write() AND coalesce((SELECT app_workspace_role(s.workspace_id) IN ('owner', 'coordinator') FROM action_plan_sides s WHERE s.id = side), false) $$;
--> statement-breakpoint
SELECT app_secure_scoped_table('action_plans');
--> statement-breakpoint
CREATE POLICY action_plans_side_read ON action_plans FOR SELECT USING (app_action_plan_shared_read(id, visibility, created_by));
--> statement-breakpoint
CREATE POLICY action_plans_side_agree ON action_plans FOR UPDATE USING (app_action_plan_agreer(id)) WITH CHECK (app_action_plan_agreer(id));
--> statement-breakpoint
-- Someone who agrees for a side without the right to edit the plan may only complete the agreement
-- (sort_title is left out: generated columns are computed after BEFORE triggers).
CREATE OR REPLACE FUNCTION app_action_plans_agreement_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    IF row_security_active('action_plans') AND NOT app_can_edit(OLD.workspace_id, OLD.created_by) THEN
      IF OLD.status <> 'draft' OR NEW.status <> 'agreed'
         OR (to_jsonb(NEW) - ARRAY['status', 'current_version', 'updated_at', 'sort_title']) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'current_version', 'updated_at', 'sort_title']) THEN
        RAISE EXCEPTION 'only the agreement of a side changes a plan the viewer may not edit' USING ERRCODE = '42501';
      END IF;
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER action_plans_agreement_only BEFORE UPDATE ON action_plans FOR EACH ROW EXECUTE FUNCTION app_action_plans_agreement_only();
--> statement-breakpoint
SELECT app_secure_child_table('action_plan_sides', 'action_plans', 'plan_id');
--> statement-breakpoint
SELECT app_secure_child_table('action_plan_priorities', 'action_plans', 'plan_id');
--> statement-breakpoint
SELECT app_secure_child_table('action_plan_measures', 'action_plans', 'plan_id');
--> statement-breakpoint
SELECT app_secure_child_table('action_plan_measure_partners', 'action_plans', 'plan_id');
--> statement-breakpoint
ALTER TABLE action_plan_agreements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_plan_agreements_read ON action_plan_agreements FOR SELECT USING (EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan_id));
--> statement-breakpoint
CREATE POLICY action_plan_agreements_give ON action_plan_agreements FOR INSERT
  WITH CHECK (user_id = app_current_user_id() AND app_action_plan_side_agreer(side_id));
--> statement-breakpoint
CREATE POLICY action_plan_agreements_withdraw ON action_plan_agreements FOR DELETE USING (app_action_plan_side_agreer(side_id));
--> statement-breakpoint
ALTER TABLE action_plan_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_plan_versions_read ON action_plan_versions FOR SELECT USING (EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan_id));
--> statement-breakpoint
CREATE POLICY action_plan_versions_freeze ON action_plan_versions FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan_id AND (app_can_edit(p.workspace_id, p.created_by) OR app_action_plan_agreer(p.id))));
--> statement-breakpoint
ALTER TABLE measure_progress_updates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measure_progress_updates_read ON measure_progress_updates FOR SELECT USING (EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan_id));
--> statement-breakpoint
CREATE POLICY measure_progress_updates_report ON measure_progress_updates FOR INSERT
  WITH CHECK (created_by IS NOT DISTINCT FROM app_current_user_id()
    AND EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan_id AND (app_can_edit(p.workspace_id, p.created_by) OR app_action_plan_agreer(p.id))));
--> statement-breakpoint
CREATE POLICY measure_progress_updates_remove ON measure_progress_updates FOR DELETE
  USING (app_may_write() AND (created_by = app_current_user_id()
    OR EXISTS (SELECT 1 FROM action_plans p WHERE p.id = plan_id AND app_can_edit(p.workspace_id, p.created_by))));
--> statement-breakpoint
SELECT app_secure_scoped_table('projects');
--> statement-breakpoint
SELECT app_secure_child_table('project_partners', 'projects', 'project_id');
--> statement-breakpoint
SELECT app_secure_child_table('project_contacts', 'projects', 'project_id');
--> statement-breakpoint
SELECT app_secure_scoped_table('funding_programmes');
--> statement-breakpoint
SELECT app_secure_child_table('funding_deadlines', 'funding_programmes', 'programme_id');
--> statement-breakpoint
SELECT app_secure_scoped_table('grants');
--> statement-breakpoint
SELECT app_secure_scoped_table('expenditures');
--> statement-breakpoint
SELECT app_secure_scoped_table('area_monitors');
--> statement-breakpoint
SELECT app_secure_child_table('area_monitor_areas', 'area_monitors', 'monitor_id');
--> statement-breakpoint
SELECT app_secure_child_table('area_indicators', 'area_monitors', 'monitor_id');
--> statement-breakpoint
SELECT app_secure_child_table('area_indicator_values', 'area_monitors', 'monitor_id');
--> statement-breakpoint
SELECT app_secure_child_table('area_pilot_selections', 'area_monitors', 'monitor_id');
