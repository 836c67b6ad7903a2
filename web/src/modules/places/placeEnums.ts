export const PLACE_KINDS = ['country', 'state', 'municipality', 'district', 'quarter', 'area'] as const;
/** Kinds a user may create; countries come from the gazetteer. */
export const CREATABLE_PLACE_KINDS = ['district', 'quarter', 'area', 'municipality', 'state'] as const;
/** Countries of the partnerships this platform grew from, offered first in filters. */
export const FEATURED_COUNTRIES = ['DE', 'UA', 'XK', 'PL', 'AT', 'CH', 'MD', 'GE', 'ZA', 'IN', 'US'] as const;
