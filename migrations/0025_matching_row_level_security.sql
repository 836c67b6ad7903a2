-- Matching profiles are scoped records; their themes, needs and offers are seen with the profile.
SELECT app_secure_scoped_table('matching_profiles');
--> statement-breakpoint
SELECT app_secure_child_table('matching_profile_themes', 'matching_profiles', 'profile_id');
--> statement-breakpoint
SELECT app_secure_child_table('matching_items', 'matching_profiles', 'profile_id');
