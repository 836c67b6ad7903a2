import { pickName, type NamedRecord } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { OrganizationName } from '../../shell/OrganizationName';
import { OrganizationDistinction } from './OrganizationDistinction';
import { organizationApi, type OrganizationCandidate, type OrganizationSummary } from './organizationApi';

interface Props {
  label: string;
  onSelect: (organization: OrganizationSummary | null) => void;
  /** The organization already chosen; its name stands in the field. */
  initial?: NamedRecord | null;
  /** What stands in the field where no organization is chosen yet, e.g. a name entered before. */
  initialText?: string;
  error?: string;
}

/** Finds an organization by (part of) its name or short name; organizations of the same name are told apart by seat, parent and workspace. */
export function OrganizationAutocomplete({ label, onSelect, initial, initialText, error }: Props) {
  const language = useLanguage();
  return (
    <Autocomplete<OrganizationCandidate>
      label={label}
      queryKey="organizations"
      search={async (text, signal) => (await organizationApi.autocomplete(text, signal)).items}
      idOf={(organization) => organization.id}
      textOf={(organization) => pickName(organization.names, organization.name, language).text}
      renderOption={(organization) => (
        <span className="place-suggestion">
          <span className="place-suggestion__name">
            <OrganizationName organization={organization} />
          </span>
          <span className="place-suggestion__details">
            <OrganizationDistinction organization={organization} />
          </span>
        </span>
      )}
      onSelect={onSelect}
      initialText={initial ? pickName(initial.names, initial.name, language).text : initialText}
      error={error}
    />
  );
}
