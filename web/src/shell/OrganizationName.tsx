import type { OrganizationRef } from '../lib/api/types';
import { LocalizedText } from './LocalizedText';

export function OrganizationName({ organization }: { organization: OrganizationRef }) {
  return <LocalizedText value={organization.names} fallback={organization.name} />;
}
