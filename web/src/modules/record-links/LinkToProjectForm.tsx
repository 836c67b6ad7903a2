import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../shell/FormAlert';
import { SelectField } from '../../shell/SelectField';
import type { SearchHit } from '../search/searchApi';
import { LinkTargetPicker } from './LinkTargetPicker';
import { recordLinkApi } from './recordLinkApi';

type Source = 'exchange' | 'action_plan';
const SOURCES: readonly Source[] = ['exchange', 'action_plan'];

/**
 * Links an exchange or an action plan to the project from the project's page. The link is kept
 * with the exchange or plan, so the server asks for the right to edit that record too.
 */
export function LinkToProjectForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [source, setSource] = useState<Source>('exchange');
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [formKey, setFormKey] = useState(0);
  const add = useMutation({
    mutationFn: (record: SearchHit) =>
      source === 'exchange'
        ? recordLinkApi.linkExchange(record.id, { kind: 'project', targetId: projectId, outcomeId: null })
        : recordLinkApi.linkPlanToProject(record.id, projectId),
    onSuccess: async () => {
      setChosen(null);
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries();
    },
  });
  return (
    <form
      className="record-form"
      aria-label={t('recordLinks.addToProject')}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) add.mutate(chosen);
      }}
    >
      <h3 className="kern-heading-small">{t('recordLinks.addToProject')}</h3>
      <p className="kern-body kern-body--small">{t('recordLinks.addToProjectHint')}</p>
      <SelectField
        label={t('recordLinks.sourceKind')}
        value={source}
        emptyLabel={t('recordLinks.sourceKind')}
        options={SOURCES.map((value) => ({ value, label: t(`recordLinks.sources.${value}`) }))}
        onChange={(value) => {
          setSource(value === 'action_plan' ? 'action_plan' : 'exchange');
          setChosen(null);
          setFormKey((key) => key + 1);
        }}
      />
      <LinkTargetPicker key={`${source}-${formKey}`} targetType={source} excludeId={projectId} onSelect={setChosen} />
      <FormAlert error={add.error} />
      <div className="button-row">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={!chosen || add.isPending}>
          <span className="kern-label">{t('recordLinks.link')}</span>
        </button>
      </div>
    </form>
  );
}
