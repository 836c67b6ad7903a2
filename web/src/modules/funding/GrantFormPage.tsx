import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { useProjectChoices } from '../plans/useProjectChoices';
import { fundingApi, fundingKeys, type GrantStatus } from './fundingApi';
import { useProgramme } from './useProgramme';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { grantStatusValues } from '../../lib/api/enums';

/** Records a grant of a programme to a project (or, with ?measureId=, to a measure of a plan). */
export function GrantFormPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params] = useSearchParams();
  const measureId = params.get('measureId');
  const planId = params.get('planId');
  const projects = useProjectChoices();
  const programmes = useQuery({ queryKey: fundingKeys.programmeChoices, queryFn: ({ signal }) => fundingApi.programmes({ limit: 100 }, signal), placeholderData: keepPreviousData });
  const [workspaceId, setWorkspaceId] = useState('');
  const [programmeId, setProgrammeId] = useState(params.get('programmeId') ?? '');
  const programme = useProgramme(programmeId || undefined);
  const [instrumentId, setInstrumentId] = useState('');
  const [projectId, setProjectId] = useState(params.get('projectId') ?? '');
  const [recipientId, setRecipientId] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [reference, setReference] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [status, setStatus] = useState<GrantStatus | ''>('approved');
  const [visibility, setVisibility] = useState<Visibility>('workspace');
  const save = useSaveAndOpen(
    () =>
      fundingApi.createGrant({
        workspaceId,
        programmeId: programmeId || undefined,
        instrumentId: instrumentId || null,
        projectId: measureId ? null : projectId || null,
        measureId,
        recipientOrganizationId: recipientId,
        amount: amount === '' ? undefined : Number(amount.replace(',', '.')),
        currency,
        reference,
        periodStart: periodStart || null,
        periodEnd: periodEnd || null,
        status: status || undefined,
        visibility,
      }),
    { open: (grant) => (grant.project ? `/projects/${grant.project.id}` : grant.measure ? `/action-plans/${grant.measure.plan.id}/measures/${grant.measure.id}` : `/funding/programmes/${grant.programme.id}`) },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.programmeId': t('funding.programme'),
    'body.instrumentId': t('funding.instrument'),
    'body.projectId': t('funding.project'),
    'body.recipientOrganizationId': t('funding.recipient'),
    'body.amount': t('funding.amount'),
    'body.currency': t('plans.currency'),
    'body.reference': t('funding.reference'),
    'body.periodStart': t('funding.periodStart'),
    'body.periodEnd': t('funding.periodEnd'),
    'body.status': t('funding.grantStatusLabel'),
    'body.visibility': t('forms.visibility'),
  };
  return (
    <RecordFormFrame heading={t('funding.addGrant')} back={measureId && planId ? { to: `/action-plans/${planId}/measures/${measureId}`, label: t('forms.backToRecord') } : { to: '/funding', label: t('funding.backToList') }} workspace={{ value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <SelectField
          label={t('funding.programme')}
          value={programmeId}
          emptyLabel={t('forms.choose')}
          options={(programmes.data?.items ?? []).map((item) => ({ value: item.id, label: pickText(item.name, language).text }))}
          onChange={setProgrammeId}
          error={error('programmeId')}
          required
        />
        <SelectField
          label={t('funding.instrument')}
          value={instrumentId}
          emptyLabel={t('funding.anyInstrument')}
          options={(programme.data?.instruments ?? []).map((instrument) => ({ value: instrument.id, label: pickText(instrument.name, language).text }))}
          onChange={setInstrumentId}
        />
        {measureId ? (
          <p className="kern-body">{t('funding.forMeasure')}</p>
        ) : (
          <SelectField
            label={t('funding.project')}
            value={projectId}
            emptyLabel={t('forms.choose')}
            options={(projects.data?.items ?? []).map((project) => ({ value: project.id, label: pickText(project.title, language).text }))}
            onChange={setProjectId}
          />
        )}
        {error('projectId') && <p className="kern-error kern-body">{error('projectId')}</p>}
        <OrganizationAutocomplete label={t('funding.recipient')} onSelect={(organization) => setRecipientId(organization?.id ?? null)} error={error('recipientOrganizationId')} />
        <div className="form-row">
          <InputField label={t('funding.amount')} type="number" value={amount} onChange={setAmount} error={error('amount')} required />
          <InputField label={t('plans.currency')} value={currency} onChange={setCurrency} error={error('currency')} />
        </div>
        <InputField label={t('funding.reference')} value={reference} onChange={setReference} />
        <div className="form-row">
          <InputField label={t('funding.periodStart')} type="date" value={periodStart} onChange={setPeriodStart} />
          <InputField label={t('funding.periodEnd')} type="date" value={periodEnd} onChange={setPeriodEnd} error={error('periodEnd')} />
        </div>
        <SelectField label={t('funding.grantStatusLabel')} value={status} emptyLabel={t('forms.choose')} options={grantStatusValues.map((value) => ({ value, label: t(`funding.grantStatus.${value}`) }))} onChange={(value) => setStatus(grantStatusValues.find((candidate) => candidate === value) ?? '')} />
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
