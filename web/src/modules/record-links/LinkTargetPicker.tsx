import { useTranslation } from 'react-i18next';
import { pickTitle } from '../../lib/pickTitle';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { searchApi, type SearchHit } from '../search/searchApi';
import type { LinkedRecordType } from './recordLinkApi';

const LABELS: Record<LinkedRecordType, 'recordLinks.project' | 'recordLinks.exchange' | 'recordLinks.actionPlan'> = {
  project: 'recordLinks.project',
  exchange: 'recordLinks.exchange',
  action_plan: 'recordLinks.actionPlan',
};

/** Finds the record to link by its title: a project, an exchange or an action plan, never the record itself. */
export function LinkTargetPicker({ targetType, excludeId, onSelect }: { targetType: LinkedRecordType; excludeId: string; onSelect: (hit: SearchHit | null) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Autocomplete<SearchHit>
      label={t(LABELS[targetType])}
      hint={t('recordLinks.searchHint')}
      queryKey={`record-link-${targetType}`}
      search={async (text, signal) => (await searchApi.search({ q: text, type: targetType, limit: 10 }, signal)).items.filter((hit) => hit.id !== excludeId)}
      idOf={(hit) => hit.id}
      textOf={(hit) => pickTitle(hit.title, language).text}
      renderOption={(hit) => (
        <>
          {pickTitle(hit.title, language).text}
          {hit.year !== null && <span className="kern-body--small"> · {hit.year}</span>}
        </>
      )}
      onSelect={onSelect}
    />
  );
}
