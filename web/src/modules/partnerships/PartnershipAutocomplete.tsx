import { useTranslation } from 'react-i18next';
import type { LocalizedText as LocalizedTextValue } from '../../lib/api/types';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { LocalizedText } from '../../shell/LocalizedText';
import { partnershipApi, type PartnershipSummary } from './partnershipApi';

interface Props {
  label: string;
  hint?: string;
  onSelect: (partnership: PartnershipSummary | null) => void;
  /** The partnership already chosen; its title stands in the field. */
  initial?: { title: LocalizedTextValue } | null;
  error?: string;
  /** A partnership not to offer (the one being edited). */
  excludeId?: string;
}

/** Finds a partnership by part of its title in any language. */
export function PartnershipAutocomplete({ label, hint, onSelect, initial, error, excludeId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Autocomplete<PartnershipSummary>
      label={label}
      hint={hint}
      queryKey={`partnerships:${excludeId ?? ''}`}
      search={async (text, signal) =>
        (await partnershipApi.list({ q: text, limit: 8 }, signal)).items.filter((item) => item.id !== excludeId)
      }
      idOf={(partnership) => partnership.id}
      textOf={(partnership) => pickText(partnership.title, language).text}
      renderOption={(partnership) => (
        <span className="place-suggestion">
          <span className="place-suggestion__name">
            <LocalizedText value={partnership.title} />
          </span>
          <span className="place-suggestion__details">{t(`enums.partnershipKind.${partnership.kind}`)}</span>
        </span>
      )}
      onSelect={onSelect}
      initialText={initial ? pickText(initial.title, language).text : ''}
      error={error}
    />
  );
}
