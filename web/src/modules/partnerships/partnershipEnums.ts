export const PARTNERSHIP_KINDS = [
  'city_twinning',
  'district_partnership',
  'project_partnership',
  'friendship',
  'contact',
  'network_membership',
  'solidarity_partnership',
] as const;

export const PARTNERSHIP_STATUSES = ['planned', 'active', 'dormant', 'ended'] as const;
