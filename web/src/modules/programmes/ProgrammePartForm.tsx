import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { SelectField } from '../../shell/SelectField';
import { exchangeApi, exchangeKeys, type ExchangeKind } from '../exchanges/exchangeApi';
import { partnershipKeys } from '../partnerships/partnershipApi';
import { programmeApi, programmeKeys, type ProgrammeDetail } from './programmeApi';
import { InlineForm } from '../../shell/InlineForm';
import { useSaveAndRefresh } from '../../lib/useSaveAndRefresh';
import { ExchangeKindField } from '../exchanges/ExchangeKindField';

/** Adds the next part: a new exchange (title, kind, dates) or one of the partnership's exchanges not yet in a programme. */
export function ProgrammePartForm({ programme, onDone }: { programme: ProgrammeDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [title, setTitle] = useState<Texts>(textsOf(null));
  const [kind, setKind] = useState<ExchangeKind | ''>('delegation_visit');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [exchangeId, setExchangeId] = useState('');
  const candidates = useQuery({
    queryKey: exchangeKeys.programmeCandidates(programme.partnership?.id),
    queryFn: ({ signal }) => exchangeApi.list({ partnershipId: programme.partnership!.id, order: 'oldest', limit: 100 }, signal),
    enabled: mode === 'existing' && programme.partnership !== null,
  });
  const save = useSaveAndRefresh(
    () =>
      programmeApi.addPart(
        programme.id,
        mode === 'existing' ? { exchangeId: exchangeId || undefined } : { exchange: { title: filledTexts(title), kind: kind || undefined, startDate, endDate } },
      ),
    // The partnership's timeline and its parent's "latest activity" show the parts too.
    { refresh: [programmeKeys.all, exchangeKeys.all, partnershipKeys.all], then: onDone },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const full = localizedFieldError(save.error, mode === 'existing' ? 'body.exchangeId' : 'body.exchange', 'x') !== undefined && programme.plannedParts !== null && programme.parts.length >= programme.plannedParts;
  const free = (candidates.data?.items ?? []).filter((exchange) => exchange.series === null);

  return (
    <InlineForm heading={t('programmes.addPartTitle', { part: programme.parts.length + 1 })} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} problemsBesideFields submitLabel={t('programmes.addPart')} onCancel={onDone}>
      {programme.partnership && (
        <SelectField
          label={t('programmes.addPartHow')}
          value={mode}
          emptyLabel={t('forms.choose')}
          options={[
            { value: 'new', label: t('programmes.addNewExchange') },
            { value: 'existing', label: t('programmes.addExistingExchange') },
          ]}
          onChange={(value) => setMode(value === 'existing' ? 'existing' : 'new')}
        />
      )}
      {mode === 'new' ? (
        <>
          <LocalizedTextFields
            legend={t('programmes.partTitleInLanguages')}
            value={title}
            onChange={setTitle}
            error={error('exchange.title', t('programmes.partTitleMissing'))}
            required
          />
          <ExchangeKindField value={kind} onChange={setKind} error={error('exchange.kind', t('programmes.partKindMissing'))} />
          <div className="form-row">
            <InputField label={t('programmes.partStart')} type="date" value={startDate} onChange={setStartDate} error={error('exchange.startDate', t('forms.dateInvalid'))} />
            <InputField label={t('programmes.partEnd')} type="date" value={endDate} onChange={setEndDate} error={error('exchange.endDate', t('programmes.partEndInvalid'))} />
          </div>
        </>
      ) : (
        <SelectField
          label={t('programmes.existingExchange')}
          value={exchangeId}
          emptyLabel={free.length === 0 ? t('programmes.noFreeExchanges') : t('forms.choose')}
          options={free.map((exchange) => ({ value: exchange.id, label: `${formatDate(exchange.startDate, language, 'medium')}: ${pickText(exchange.title, language).text}` }))}
          onChange={setExchangeId}
          error={error('exchangeId', t('programmes.existingExchangeInvalid'))}
        />
      )}
      {full && <p className="kern-body">{t('programmes.allPartsPlanned', { count: programme.plannedParts ?? 0 })}</p>}
    </InlineForm>
  );
}
