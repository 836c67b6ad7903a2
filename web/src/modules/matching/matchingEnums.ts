export const MATCHING_ITEM_KINDS = ['know_how', 'equipment', 'staff_exchange', 'funding_partner', 'reconstruction', 'twinning'] as const;
export const URGENCIES = ['low', 'medium', 'high'] as const;
export const SOUGHT_PARTNERSHIP_TYPES = ['partnership', 'friendship', 'contact', 'project_partnership', 'solidarity_partnership'] as const;
export const PROFILE_SUBJECTS = ['municipality', 'organization', 'expert'] as const;
/** Languages offered when a profile is published; ISO 639-1. */
export const PROFILE_LANGUAGES = ['de', 'uk', 'en', 'pl', 'sq', 'fr'] as const;
export const SUGGESTION_REASON_CODES = [
  'offers_needed_theme',
  'offers_related_theme',
  'expertise_in_theme',
  'similar_description',
  'similar_size',
  'same_region',
  'distance',
  'shared_languages',
  'experience_on_theme',
  'existing_partnership',
  'no_existing_partnership',
  'partnered_with_neighbour',
] as const;
