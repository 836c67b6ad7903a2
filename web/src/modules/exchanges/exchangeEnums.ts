export const EXCHANGE_KINDS = [
  'delegation_visit',
  'return_visit',
  'workshop',
  'conference',
  'peer_learning_trip',
  'network_meeting',
  'site_visit',
  'online_session',
] as const;

export const EXCHANGE_STATUSES = ['planned', 'confirmed', 'completed', 'cancelled'] as const;

export const ORGANIZATION_ROLES = ['host', 'organizer', 'implementer', 'funder', 'client', 'support'] as const;

export const DELEGATION_SECTORS = [
  'parliament',
  'administration',
  'municipal_enterprise',
  'utility',
  'social_institution',
  'civil_society',
  'private_sector',
  'academia',
  'ministry',
] as const;
