/**
 * The built-in workspace of shared reference data (created by migration 0007): the imported
 * gazetteer of countries and municipalities, and the theme taxonomy. Its records are public.
 */
export const REFERENCE_WORKSPACE_ID = '00000000-0000-4000-a000-000000000001';
export const REFERENCE_WORKSPACE_SLUG = 'reference';
