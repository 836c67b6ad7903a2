import type { OrganizationRef } from '../lib/api/types';
import { pickName } from '../lib/pickName';
import { useLanguage } from '../lib/useLanguage';
import { TextInLanguage } from './TextInLanguage';

/** An organization by its name in the UI language, else its own name. */
export function OrganizationName({ organization }: { organization: OrganizationRef }) {
  const language = useLanguage();
  return <TextInLanguage picked={pickName(organization.names, organization.name, language)} />;
}
