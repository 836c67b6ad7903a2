import { conflictsOf } from '../../core/errors.js';

/** The conflicts of exchanges: a change the current state of the records does not allow (HTTP 409). */
export const EXCHANGE_CONFLICTS = ['network_irregular', 'exchange_cancelled', 'exchange_full', 'registration_attended', 'invitation_closed'] as const;

export type ExchangeConflict = (typeof EXCHANGE_CONFLICTS)[number];

export const exchangeConflict = conflictsOf(EXCHANGE_CONFLICTS);
