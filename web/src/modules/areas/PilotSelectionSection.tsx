import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalizedText as Text } from '../../lib/api/types';
import { fieldError } from '../../lib/fieldError';
import { formatDate } from '../../lib/formatDate';
import { formatNumber } from '../../lib/formatNumber';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { LocalizedText } from '../../shell/LocalizedText';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { SelectField } from '../../shell/SelectField';
import { compactText } from '../plans/compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { useProjectChoices } from '../plans/useProjectChoices';
import { areaApi, areaKeys, type MonitorDetail } from './areaApi';
import { projectKeys } from '../projects/projectApi';
import { InlineForm } from '../../shell/InlineForm';
import { ItemList } from '../../shell/ItemList';

/** The recorded pilot-area selections, and a form to record one with its rationale and the project it starts. */
export function PilotSelectionSection({ monitor, period }: { monitor: MonitorDetail; period: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const projects = useProjectChoices();
  const [placeId, setPlaceId] = useState('');
  const [rationale, setRationale] = useState<Text>({});
  const [projectId, setProjectId] = useState(monitor.project?.id ?? '');
  // The day the choice was made, often long before it is recorded here: chosen, never assumed to be today.
  const [selectedOn, setSelectedOn] = useState('');
  const select = useMutation({
    mutationFn: () => areaApi.selectPilot(monitor.id, { placeId: placeId || undefined, period, rationale: compactText(rationale), projectId: projectId || null, selectedOn: selectedOn || undefined }),
    onSuccess: async () => {
      setRationale({});
      await queryClient.invalidateQueries({ queryKey: areaKeys.all });
      await queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
  return (
    <Section title={t('areas.pilotSelection')}>
      <ItemList items={monitor.selections} keyOf={(selection) => selection.id} empty={t('areas.noSelection')}>
        {(selection) => (
          <>
            <strong>{selection.area && <PlaceName place={selection.area} />}</strong> –{' '}
            {t('areas.selectionLine', {
              date: formatDate(selection.selectedOn, language),
              period: selection.period,
              rank: selection.needIndex.rank ?? '–',
              areas: selection.needIndex.areas,
              score: selection.needIndex.score === null ? '–' : formatNumber(Math.round(selection.needIndex.score * 1000) / 1000, language),
            })}
            {selection.project && (
              <>
                {' '}
                {t('areas.starts')}{' '}
                <Link className="kern-link" to={`/projects/${selection.project.id}`}>
                  <LocalizedText value={selection.project.title} />
                </Link>
              </>
            )}
            <br />
            <LocalizedText value={selection.rationale} />
          </>
        )}
      </ItemList>
      {monitor.canEdit && period && (
        <InlineForm heading={t('areas.recordSelection', { period })} onSubmit={() => select.mutate()} pending={select.isPending} error={select.error} submitLabel={t('areas.saveSelection')}>
          <SelectField
            label={t('areas.pilotArea')}
            value={placeId}
            emptyLabel={t('forms.choose')}
            options={monitor.areas.map((area) => ({ value: area.id, label: pickName(area.names, area.name, language).text }))}
            onChange={setPlaceId}
          />
          {fieldError(select.error, 'body.placeId') && <p className="kern-error kern-body">{fieldError(select.error, 'body.placeId')}</p>}
          <LocalizedTextFields legend={t('areas.rationale')} value={rationale} onChange={setRationale} error={fieldError(select.error, 'body.rationale')} multiline required languageHint={false} compact />
          <SelectField
            label={t('areas.startsProject')}
            value={projectId}
            emptyLabel={t('areas.noProject')}
            options={(projects.data?.items ?? []).map((project) => ({ value: project.id, label: pickText(project.title, language).text }))}
            onChange={setProjectId}
          />
          <InputField label={t('areas.selectedOn')} type="date" required value={selectedOn} onChange={setSelectedOn} error={fieldError(select.error, 'body.selectedOn')} />
        </InlineForm>
      )}
    </Section>
  );
}
