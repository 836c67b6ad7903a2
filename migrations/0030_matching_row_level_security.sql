-- Matching profiles are scoped records; their themes, needs and offers are seen with the profile.
SELECT app_secure_scoped_table('matching_profiles');
--> statement-breakpoint
SELECT app_secure_child_table('matching_profile_themes', 'matching_profiles', 'profile_id');
--> statement-breakpoint
SELECT app_secure_child_table('matching_items', 'matching_profiles', 'profile_id');
--> statement-breakpoint
-- The suggestions read every visible need and offer: a write policy FOR ALL would be OR-ed into
-- every read and check app_can_edit() for each profile. Writes get policies of their own instead.
DO $$
DECLARE target text;
BEGIN
  FOREACH target IN ARRAY ARRAY['matching_profile_themes', 'matching_items'] LOOP
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I', target || '_write', target);
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM matching_profiles p WHERE p.id = profile_id AND app_can_edit(p.workspace_id, p.created_by)))', target || '_insert', target);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (EXISTS (SELECT 1 FROM matching_profiles p WHERE p.id = profile_id AND app_can_edit(p.workspace_id, p.created_by))) WITH CHECK (EXISTS (SELECT 1 FROM matching_profiles p WHERE p.id = profile_id AND app_can_edit(p.workspace_id, p.created_by)))', target || '_update', target);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (EXISTS (SELECT 1 FROM matching_profiles p WHERE p.id = profile_id AND app_can_edit(p.workspace_id, p.created_by)))', target || '_delete', target);
  END LOOP;
END
$$;
