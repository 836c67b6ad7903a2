import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../lib/fieldError';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { EditRemoveButtons } from '../../shell/EditRemoveButtons';
import { FormAlert } from '../../shell/FormAlert';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { LocalizedText } from '../../shell/LocalizedText';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import type { PersonRef } from '../people/personApi';
import { exchangeApi, exchangeKeys, type ExchangeDetail, type Outcome, type OutcomeKind, type OutcomeStatus } from './exchangeApi';
import { InlineForm } from '../../shell/InlineForm';
import { useSaveAndRefresh } from '../../lib/useSaveAndRefresh';
import { outcomeKindValues, outcomeStatusValues } from '../../lib/api/enums';
import { AddEntry } from '../../shell/AddEntry';

/** What the exchange produced: decisions, ideas, and tasks with their owner, due date and status. */
export function OutcomesSection({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <>
      {exchange.outcomes.length === 0 ? (
        <p className="kern-body">{t('outcomes.empty')}</p>
      ) : (
        outcomeKindValues.filter((kind) => exchange.outcomes.some((outcome) => outcome.kind === kind)).map((kind) => (
          <div key={kind} className="outcome-group">
            <h3 className="kern-heading-small">{t(`outcomes.heading.${kind}`)}</h3>
            <ul className="outcomes">
              {exchange.outcomes
                .filter((outcome) => outcome.kind === kind)
                .map((outcome) =>
                  editing === outcome.id ? (
                    <li key={outcome.id}>
                      <OutcomeForm exchange={exchange} outcome={outcome} onDone={() => setEditing(null)} />
                    </li>
                  ) : (
                    <OutcomeItem key={outcome.id} exchange={exchange} outcome={outcome} onEdit={() => setEditing(outcome.id)} />
                  ),
                )}
            </ul>
          </div>
        ))
      )}
      {exchange.canEdit && (
        <AddEntry open={editing === 'new'} label={t('outcomes.add')} onOpen={() => setEditing('new')}>
          <OutcomeForm exchange={exchange} onDone={() => setEditing(null)} />
        </AddEntry>
      )}
    </>
  );
}

function OutcomeItem({ exchange, outcome, onEdit }: { exchange: ExchangeDetail; outcome: Outcome; onEdit: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => exchangeApi.removeOutcome(exchange.id, outcome.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) }),
  });
  const text = pickText(outcome.text, language).text;
  return (
    <li className="outcome">
      <p className="kern-body">
        <LocalizedText value={outcome.text} />
      </p>
      <p className="badge-row">
        {outcome.kind === 'task' && <Badge tone={outcome.status === 'done' ? 'success' : 'info'}>{t(`enums.outcomeStatus.${outcome.status}`)}</Badge>}
        {outcome.owner && <span className="kern-body kern-body--small">{t('outcomes.owner', { name: outcome.owner.displayName })}</span>}
        {outcome.dueOn && <span className="kern-body kern-body--small">{t('outcomes.due', { date: formatDate(outcome.dueOn, language) })}</span>}
      </p>
      {exchange.canEdit && (
        <div className="button-row">
          <EditRemoveButtons
            editLabel={t('outcomes.editNamed', { text })}
            onEdit={onEdit}
            removeLabel={t('outcomes.removeNamed', { text })}
            question={t('outcomes.removeQuestion')}
            removing={remove.isPending}
            onRemove={() => remove.mutate()}
          />
        </div>
      )}
      <FormAlert error={remove.error} />
    </li>
  );
}

function OutcomeForm({ exchange, outcome, onDone }: { exchange: ExchangeDetail; outcome?: Outcome; onDone: () => void }) {
  const { t } = useTranslation();
  // An idea needs nobody responsible, so a new outcome can be saved as it starts.
  const [kind, setKind] = useState<OutcomeKind>(outcome?.kind ?? 'idea');
  const [text, setText] = useState<Texts>(textsOf(outcome?.text));
  const [owner, setOwner] = useState<PersonRef | null>(outcome?.owner ?? null);
  const [dueOn, setDueOn] = useState(outcome?.dueOn ?? '');
  const [status, setStatus] = useState<OutcomeStatus>(outcome?.status ?? 'open');
  const save = useSaveAndRefresh(
    () => {
      const body = { kind, text: filledTexts(text), ownerPersonId: owner?.id ?? null, dueOn: dueOn || null, status };
      return outcome ? exchangeApi.updateOutcome(exchange.id, outcome.id, body) : exchangeApi.addOutcome(exchange.id, body);
    },
    { refresh: [exchangeKeys.detail(exchange.id)], then: onDone },
  );
  const error = bodyFieldErrors(save.error);
  return (
    <InlineForm heading={outcome ? t('outcomes.editTitle') : t('outcomes.createTitle')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} problemsBesideFields onCancel={onDone}>
      <div className="form-row">
        <EnumSelectField label={t('outcomes.kind')} value={kind} values={outcomeKindValues} labels="enums.outcomeKind" onChange={(value) => setKind(value || 'idea')} />
        <EnumSelectField label={t('outcomes.status')} value={status} values={outcomeStatusValues} labels="enums.outcomeStatus" onChange={(value) => setStatus(value || 'open')} />
      </div>
      <LocalizedTextFields legend={t('outcomes.textInLanguages')} value={text} onChange={setText} error={error('text')} required multiline />
      <PersonAutocomplete
        label={t('outcomes.ownerLabel')}
        hint={kind === 'task' ? t('outcomes.ownerHintForTask') : undefined}
        initialText={owner?.displayName ?? ''}
        onSelect={setOwner}
        error={error('ownerPersonId')}
      />
      <InputField label={t('outcomes.dueOn')} type="date" value={dueOn} onChange={setDueOn} error={error('dueOn')} />
    </InlineForm>
  );
}
