export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'merge', 'restore'] as const;

/** The kinds of record whose changes land in a workspace's log. */
export const AUDIT_ENTITY_TYPES = ['partnership', 'exchange', 'network', 'workspace', 'membership', 'invitation'] as const;
