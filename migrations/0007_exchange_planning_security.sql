-- Row-level security for partnership themes and project groups, network hosting, the programme
-- of exchanges, registrations and calendar feeds.
SELECT app_secure_child_table('partnership_themes', 'partnerships', 'partnership_id');
--> statement-breakpoint
SELECT app_secure_child_table('project_groups', 'partnerships', 'partnership_id');
--> statement-breakpoint
SELECT app_secure_child_table('exchange_themes', 'exchanges', 'exchange_id');
--> statement-breakpoint
SELECT app_secure_child_table('exchange_stops', 'exchanges', 'exchange_id');
--> statement-breakpoint
SELECT app_secure_child_table('agenda_sessions', 'exchanges', 'exchange_id');
--> statement-breakpoint
SELECT app_secure_child_table('exchange_outcomes', 'exchanges', 'exchange_id');
--> statement-breakpoint
-- Members of a project group belong to the group's partnership.
ALTER TABLE project_group_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY project_group_members_read ON project_group_members FOR SELECT USING (
  EXISTS (SELECT 1 FROM project_groups g JOIN partnerships p ON p.id = g.partnership_id WHERE g.id = project_group_id)
);
--> statement-breakpoint
CREATE POLICY project_group_members_write ON project_group_members FOR ALL
  USING (EXISTS (SELECT 1 FROM project_groups g JOIN partnerships p ON p.id = g.partnership_id
                 WHERE g.id = project_group_id AND app_can_edit(p.workspace_id, p.created_by)))
  WITH CHECK (EXISTS (SELECT 1 FROM project_groups g JOIN partnerships p ON p.id = g.partnership_id
                      WHERE g.id = project_group_id AND app_can_edit(p.workspace_id, p.created_by)));
--> statement-breakpoint
-- When a member cannot host belongs to the member's network.
ALTER TABLE network_member_unavailability ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY network_member_unavailability_read ON network_member_unavailability FOR SELECT USING (
  EXISTS (SELECT 1 FROM network_members m JOIN networks n ON n.id = m.network_id WHERE m.id = network_member_id)
);
--> statement-breakpoint
CREATE POLICY network_member_unavailability_write ON network_member_unavailability FOR ALL
  USING (EXISTS (SELECT 1 FROM network_members m JOIN networks n ON n.id = m.network_id
                 WHERE m.id = network_member_id AND app_can_edit(n.workspace_id, n.created_by)))
  WITH CHECK (EXISTS (SELECT 1 FROM network_members m JOIN networks n ON n.id = m.network_id
                      WHERE m.id = network_member_id AND app_can_edit(n.workspace_id, n.created_by)));
--> statement-breakpoint
-- Registrations are readable with their exchange, so places can be counted for everyone who
-- sees it; who the people are stays behind the policies of the people table (and the services
-- show participant lists to members of the exchange's workspace only). Whoever may edit the
-- exchange changes them. Answers to invitation links and personal calendar feeds run as the
-- table owner.
SELECT app_secure_child_table('exchange_registrations', 'exchanges', 'exchange_id');
--> statement-breakpoint
-- Each user sees and manages only their own calendar feed.
ALTER TABLE calendar_feed_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feed_tokens_own ON calendar_feed_tokens FOR SELECT USING (user_id = app_current_user_id());
--> statement-breakpoint
CREATE POLICY calendar_feed_tokens_manage ON calendar_feed_tokens FOR ALL
  USING (user_id = app_current_user_id() AND app_may_write())
  WITH CHECK (user_id = app_current_user_id() AND app_may_write());
