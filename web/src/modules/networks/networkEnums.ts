export const NETWORK_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'irregular'] as const;
export const NETWORK_KINDS = ['municipal', 'professional', 'thematic', 'other'] as const;
