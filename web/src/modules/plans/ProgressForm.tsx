import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InlineForm } from '../../shell/InlineForm';
import { InputField } from '../../shell/InputField';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { planApi, type Measure, type ProgressStatus } from './planApi';
import { usePlanChange } from './usePlanChange';
import { progressStatusValues } from '../../lib/api/enums';

/** A dated progress report: status, indicator values reached, a note. */
export function ProgressForm({ planId, measure }: { planId: string; measure: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [reportedOn, setReportedOn] = useState(new Date().toISOString().slice(0, 10));
  const [status, setStatus] = useState<ProgressStatus | ''>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const report = usePlanChange(planId, () =>
    planApi.reportProgress(planId, measure.id, {
      reportedOn,
      status: status || undefined,
      note,
      indicatorValues: Object.fromEntries(Object.entries(values).flatMap(([id, text]) => (text.trim() === '' ? [] : [[id, Number(text.replace(',', '.'))]]))),
    }),
  );
  return (
    <InlineForm
      onSubmit={() =>
        report.mutate(undefined, {
          onSuccess: () => {
            setNote('');
            setValues({});
            setStatus('');
          },
        })
      }
      pending={report.isPending}
      error={report.error}
      submitLabel={t('plans.saveProgress')}
    >
      <div className="form-row">
        <InputField label={t('plans.reportedOn')} type="date" value={reportedOn} onChange={setReportedOn} error={fieldError(report.error, 'body.reportedOn')} required />
        <EnumSelectField label={t('plans.progressStatus')} value={status} values={progressStatusValues} labels="plans.progress" onChange={setStatus} />
      </div>
      {measure.indicators.map((indicator) => (
        <InputField
          key={indicator.id}
          type="number"
          label={t('plans.reachedValue', { indicator: pickText(indicator.name, language).text, target: indicator.target, unit: indicator.unit })}
          value={values[indicator.id] ?? ''}
          onChange={(text) => setValues((current) => ({ ...current, [indicator.id]: text }))}
          error={fieldError(report.error, `body.indicatorValues.${indicator.id}`)}
        />
      ))}
      <InputField label={t('plans.note')} value={note} onChange={setNote} multiline />
    </InlineForm>
  );
}
