import { useTranslation } from 'react-i18next';
import { apiGet } from '../../lib/api/apiGet';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import type { OrganizationSummary } from './organizationTypes';

interface Props {
  label: string;
  onSelect: (organization: OrganizationSummary | null) => void;
  initialText?: string;
  error?: string;
}

/** Finds an organization by (part of) its name or short name. */
export function OrganizationAutocomplete({ label, onSelect, initialText, error }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Autocomplete<OrganizationSummary>
      label={label}
      queryKey="organizations"
      search={async (text, signal) => (await apiGet<{ items: OrganizationSummary[] }>('/organizations/autocomplete', { q: text }, signal)).items}
      idOf={(organization) => organization.id}
      textOf={(organization) => pickName(organization.names, organization.name, language).text}
      renderOption={(organization) => (
        <span className="place-suggestion">
          <span className="place-suggestion__name">
            <OrganizationName organization={organization} />
          </span>
          <span className="place-suggestion__details">
            {t(`enums.organizationKind.${organization.kind}`)}
            {organization.seat && (
              <>
                {' · '}
                <PlaceName place={organization.seat} />
              </>
            )}
          </span>
        </span>
      )}
      onSelect={onSelect}
      initialText={initialText}
      error={error}
    />
  );
}
