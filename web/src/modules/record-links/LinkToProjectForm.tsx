import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shell/SelectField';
import { LinkPickerForm } from './LinkPickerForm';
import { enumValues } from '../../lib/api/contract';
import { recordLinkApi, type LinkOwnerType } from './recordLinkApi';

const SOURCES = enumValues<LinkOwnerType>()(['exchange', 'action_plan']);

/**
 * Links an exchange or an action plan to the project from the project's page. The link is kept
 * with the exchange or plan, so the server asks for the right to edit that record too.
 */
export function LinkToProjectForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<LinkOwnerType>('exchange');
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
