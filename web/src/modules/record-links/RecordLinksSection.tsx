import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText as Text } from '../../lib/api/types';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { LoadingState } from '../../shell/LoadingState';
import { ErrorState } from '../../shell/ErrorState';
import { Section } from '../../shell/Section';
import { SelectField } from '../../shell/SelectField';
import { LinkPickerForm } from './LinkPickerForm';
import { RecordLinkList } from './RecordLinkList';
import { recordLinkApi, type LinkKind } from './recordLinkApi';
import { useRecordLinks } from './useRecordLinks';
import { recordLinkKindValues } from '../../lib/api/enums';

type Props =
  | { recordType: 'exchange'; recordId: string; canEdit: boolean; outcomes: { id: string; text: Text }[] }
  | { recordType: 'action_plan'; recordId: string; canEdit: boolean };

/** What an exchange or plan is linked with, both ways; its editors add links with a picker. */
export function RecordLinksSection(props: Props) {
  const { t } = useTranslation();
  const links = useRecordLinks(props.recordType, props.recordId);
  return (
    <Section title={t('recordLinks.title')}>
      {links.isPending && <LoadingState />}
      {links.isError && <ErrorState error={links.error} onRetry={() => void links.refetch()} />}
      {links.data && (links.data.items.length === 0 ? <p className="kern-body">{t('recordLinks.none')}</p> : <RecordLinkList links={links.data.items} />)}
      {props.canEdit && <LinkForm {...props} />}
    </Section>
  );
}

function LinkForm(props: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  // An exchange may have every kind of link; a plan is only linked with projects.
  const kinds: readonly LinkKind[] = props.recordType === 'exchange' ? recordLinkKindValues : ['project'];
  const [kind, setKind] = useState<LinkKind>('project');
  const [outcomeId, setOutcomeId] = useState('');
  return (
    <LinkPickerForm
      label={t('recordLinks.add')}
      targetType={kind === 'project' ? 'project' : 'exchange'}
      choice={kind}
      excludeId={props.recordId}
      link={(target) =>
        props.recordType === 'exchange'
          ? recordLinkApi.linkExchange(props.recordId, { kind, targetId: target.id, outcomeId: kind === 'project' && outcomeId ? outcomeId : null })
          : recordLinkApi.linkPlanToProject(props.recordId, target.id)
      }
      onLinked={() => setOutcomeId('')}
      before={
        kinds.length > 1 && (
          <SelectField
            label={t('recordLinks.kind')}
            value={kind}
            emptyLabel={t('recordLinks.kind')}
            options={kinds.map((value) => ({ value, label: t(`recordLinks.choices.${value}`) }))}
            onChange={(value) => setKind((value || 'project') as LinkKind)}
          />
        )
      }
      after={
        props.recordType === 'exchange' &&
        kind === 'project' &&
        props.outcomes.length > 0 && (
          <SelectField
            label={t('recordLinks.outcome')}
            value={outcomeId}
            emptyLabel={t('recordLinks.wholeExchange')}
            options={props.outcomes.map((outcome) => ({ value: outcome.id, label: pickText(outcome.text, language).text }))}
            onChange={setOutcomeId}
          />
        )
      }
    />
  );
}
