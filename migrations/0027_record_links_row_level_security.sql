-- Links between records belong to the record they start from: read with it, changed by its editors.
SELECT app_secure_child_table('exchange_relations', 'exchanges', 'exchange_id');
--> statement-breakpoint
SELECT app_secure_child_table('exchange_projects', 'exchanges', 'exchange_id');
--> statement-breakpoint
SELECT app_secure_child_table('action_plan_projects', 'action_plans', 'action_plan_id');
