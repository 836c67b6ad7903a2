import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText as Text } from '../../lib/api/types';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { ErrorState } from '../../shell/ErrorState';
import { Section } from '../../shell/Section';
import { SelectField } from '../../shell/SelectField';
import type { SearchHit } from '../search/searchApi';
import { LinkTargetPicker } from './LinkTargetPicker';
import { RecordLinkList } from './RecordLinkList';
import { EXCHANGE_LINK_KINDS, recordLinkApi, type LinkKind } from './recordLinkApi';
import { useRecordLinks } from './useRecordLinks';

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
  const queryClient = useQueryClient();
  const kinds: readonly LinkKind[] = props.recordType === 'exchange' ? EXCHANGE_LINK_KINDS : ['project'];
  const [kind, setKind] = useState<LinkKind>('project');
  const [outcomeId, setOutcomeId] = useState('');
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [formKey, setFormKey] = useState(0);
  const targetType = kind === 'project' ? 'project' : 'exchange';
  const add = useMutation({
    mutationFn: (target: SearchHit) =>
      props.recordType === 'exchange'
        ? recordLinkApi.linkExchange(props.recordId, { kind, targetId: target.id, outcomeId: kind === 'project' && outcomeId ? outcomeId : null })
        : recordLinkApi.linkPlanToProject(props.recordId, target.id),
    onSuccess: async () => {
      setChosen(null);
      setOutcomeId('');
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries();
    },
  });
  return (
    <form
      className="record-form"
      aria-label={t('recordLinks.add')}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) add.mutate(chosen);
      }}
    >
      {kinds.length > 1 && (
        <SelectField
          label={t('recordLinks.kind')}
          value={kind}
          emptyLabel={t('recordLinks.kind')}
          options={kinds.map((value) => ({ value, label: t(`recordLinks.choices.${value}`) }))}
          onChange={(value) => {
            setKind((value || 'project') as LinkKind);
            setChosen(null);
            setFormKey((key) => key + 1);
          }}
        />
      )}
      <LinkTargetPicker key={`${targetType}-${formKey}`} targetType={targetType} excludeId={props.recordId} onSelect={setChosen} />
      {props.recordType === 'exchange' && kind === 'project' && props.outcomes.length > 0 && (
        <SelectField
          label={t('recordLinks.outcome')}
          value={outcomeId}
          emptyLabel={t('recordLinks.wholeExchange')}
          options={props.outcomes.map((outcome) => ({ value: outcome.id, label: pickText(outcome.text, language).text }))}
          onChange={setOutcomeId}
        />
      )}
      <FormAlert error={add.error} />
      <div className="button-row">
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={!chosen || add.isPending}>
          <span className="kern-label">{t('recordLinks.link')}</span>
        </button>
      </div>
    </form>
  );
}
