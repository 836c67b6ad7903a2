export const NETWORK_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'irregular'] as const;
