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

export const ORGANIZATION_ROLES = ['host', 'co_host', 'organizer', 'implementer', 'funder', 'client', 'support', 'process_support', 'preparation', 'execution', 'follow_up', 'sponsor'] as const;

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

export const SESSION_KINDS = ['talk', 'discussion', 'workshop', 'project_group', 'walking_tour', 'site_visit', 'reception', 'break'] as const;

export const OUTCOME_KINDS = ['decision', 'idea', 'task'] as const;

export const OUTCOME_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;

export const REGISTRATION_STATES = ['invited', 'registered', 'waitlisted', 'confirmed', 'attended', 'cancelled'] as const;

/** Time zones offered first when planning; any other IANA zone already set is kept. */
export const COMMON_TIME_ZONES = [
  'Europe/Berlin',
  'Europe/Kyiv',
  'Europe/Belgrade',
  'Europe/Warsaw',
  'Europe/Vienna',
  'Europe/Brussels',
  'Africa/Johannesburg',
  'America/New_York',
  'Asia/Kolkata',
  'UTC',
] as const;
