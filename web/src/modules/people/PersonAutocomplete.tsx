import { useTranslation } from 'react-i18next';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { personApi, type PersonSummary } from './personApi';

interface Props {
  label: string;
  onSelect: (person: PersonSummary | null) => void;
  initialText?: string;
  error?: string;
  hint?: string;
}

/** Finds a person of the directory by (part of) their name, showing where they work. */
export function PersonAutocomplete({ label, onSelect, initialText, error, hint }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Autocomplete<PersonSummary>
      label={label}
      hint={hint ?? t('people.autocompleteHint')}
      queryKey="people"
      search={async (text, signal) => (await personApi.list({ q: text, limit: 8 }, signal)).items}
      idOf={(person) => person.id}
      textOf={(person) => person.displayName}
      renderOption={(person) => (
        <span className="place-suggestion">
          <span className="place-suggestion__name">{person.displayName}</span>
          {person.current[0]?.organization && (
            <span className="place-suggestion__details">
              {pickName(person.current[0].organization.names, person.current[0].organization.name, language).text}
            </span>
          )}
        </span>
      )}
      onSelect={onSelect}
      initialText={initialText}
      error={error}
    />
  );
}
