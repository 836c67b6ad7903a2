import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shell/SelectField';
import { LinkPickerForm } from './LinkPickerForm';
import { recordLinkApi } from './recordLinkApi';

type Source = 'exchange' | 'action_plan';
const SOURCES: readonly Source[] = ['exchange', 'action_plan'];

/**
 * Links an exchange or an action plan to the project from the project's page. The link is kept
 * with the exchange or plan, so the server asks for the right to edit that record too.
 */
export function LinkToProjectForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>('exchange');
  return (
    <LinkPickerForm
      heading={t('recordLinks.addToProject')}
      targetType={source}
      choice={source}
      excludeId={projectId}
      link={(record) =>
        source === 'exchange'
          ? recordLinkApi.linkExchange(record.id, { kind: 'project', targetId: projectId, outcomeId: null })
          : recordLinkApi.linkPlanToProject(record.id, projectId)
      }
      before={
        <>
          <p className="kern-body kern-body--small">{t('recordLinks.addToProjectHint')}</p>
          <SelectField
            label={t('recordLinks.sourceKind')}
            value={source}
            emptyLabel={t('recordLinks.sourceKind')}
            options={SOURCES.map((value) => ({ value, label: t(`recordLinks.sources.${value}`) }))}
            onChange={(value) => setSource(value === 'action_plan' ? 'action_plan' : 'exchange')}
          />
        </>
      }
    />
  );
}
