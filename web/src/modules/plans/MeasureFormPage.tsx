import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { LocalizedText, OrganizationRef } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { LoadingState } from '../../shell/LoadingState';
import { OrganizationName } from '../../shell/OrganizationName';
import { ChosenRecords } from '../../shell/ChosenRecords';
import { SelectField } from '../../shell/SelectField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { compactText } from './compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { planApi, planKeys, type Measure, type PlanDetail } from './planApi';
import { usePlan } from './usePlan';
import { useProjectChoices } from './useProjectChoices';
import { EditableRows } from '../../shell/EditableRows';
import { Fieldset } from '../../shell/Fieldset';

export function MeasureFormPage() {
  const { id, measureId } = useParams();
  const plan = usePlan(id);
  if (plan.isPending) return <LoadingState />;
  if (!plan.data) return null;
  const measure = plan.data.measures.find((candidate) => candidate.id === measureId);
  return <MeasureForm key={measureId ?? 'new'} plan={plan.data} measure={measure} />;
}

interface IndicatorDraft {
  key: string;
  id?: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

function MeasureForm({ plan, measure }: { plan: PlanDetail; measure?: Measure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const projects = useProjectChoices();
  const [priorityId, setPriorityId] = useState(measure?.priorityId ?? params.get('priorityId') ?? plan.priorities[0]?.id ?? '');
  const [title, setTitle] = useState<LocalizedText>(measure?.title ?? {});
  const [description, setDescription] = useState<LocalizedText>(measure?.description ?? {});
  const [responsibleId, setResponsibleId] = useState<string | null>(measure?.responsible?.id ?? null);
  const [partners, setPartners] = useState<OrganizationRef[]>(measure?.partners ?? []);
  const [startDate, setStartDate] = useState(measure?.startDate ?? '');
  const [endDate, setEndDate] = useState(measure?.endDate ?? '');
  const [budget, setBudget] = useState(measure?.budget?.toString() ?? '');
  const [currency, setCurrency] = useState(measure?.currency ?? 'EUR');
  const [funding, setFunding] = useState<LocalizedText>(measure?.funding ?? {});
  const [projectId, setProjectId] = useState(measure?.project?.id ?? '');
  const [indicators, setIndicators] = useState<IndicatorDraft[]>(
    measure?.indicators.map((indicator) => ({
      key: indicator.id,
      id: indicator.id,
      name: pickText(indicator.name, language).text,
      unit: indicator.unit,
      baseline: indicator.baseline?.toString() ?? '',
      target: indicator.target.toString(),
    })) ?? [],
  );
  const save = useMutation({
    mutationFn: () => {
      const body = {
        priorityId,
        title: compactText(title),
        description: compactText(description),
        responsibleOrganizationId: responsibleId,
        partnerOrganizationIds: partners.map((partner) => partner.id),
        startDate: startDate || null,
        endDate: endDate || null,
        budget: numberOrNull(budget),
        currency,
        funding: compactText(funding),
        projectId: projectId || null,
        indicators: indicators.map((indicator) => {
          const original = measure?.indicators.find((candidate) => candidate.id === indicator.id);
          return {
            ...(indicator.id ? { id: indicator.id } : {}),
            name: { ...(original?.name ?? {}), [language]: indicator.name },
            unit: indicator.unit,
            baseline: numberOrNull(indicator.baseline),
            target: numberOrNull(indicator.target) ?? undefined,
          };
        }),
      };
      return measure ? planApi.updateMeasure(plan.id, measure.id, body) : planApi.addMeasure(plan.id, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      await navigate(`/action-plans/${plan.id}`);
    },
  });
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.priorityId': t('plans.priority'),
    'body.title': t('plans.measureTitle'),
    'body.description': t('plans.description'),
    'body.responsibleOrganizationId': t('plans.responsible'),
    'body.partnerOrganizationIds': t('plans.partners'),
    'body.startDate': t('plans.startDate'),
    'body.endDate': t('plans.endDate'),
    'body.budget': t('plans.budget'),
    'body.currency': t('plans.currency'),
    'body.funding': t('plans.funding'),
    'body.projectId': t('plans.project'),
    'body.indicators': t('plans.indicators'),
  };
  const heading = measure ? t('plans.editMeasure') : t('plans.addMeasure');

  return (
    <RecordFormFrame
      heading={heading}
      back={{ to: `/action-plans/${plan.id}`, label: pickText(plan.title, language).text }}
      intro={<p className="kern-body">{t('plans.periodHint', { start: plan.periodStart, end: plan.periodEnd })}</p>}
      save={save}
      fieldLabels={fieldLabels}
    >
      <SelectField
        label={t('plans.priority')}
        value={priorityId}
        emptyLabel={t('forms.choose')}
        options={plan.priorities.map((priority) => ({ value: priority.id, label: pickText(priority.title, language).text }))}
        onChange={setPriorityId}
      />
      <LocalizedTextFields legend={t('plans.measureTitle')} value={title} onChange={setTitle} error={error('title')} required languageHint={false} compact />
      <LocalizedTextFields legend={t('plans.description')} value={description} onChange={setDescription} multiline compact />
      <OrganizationAutocomplete
        label={t('plans.responsible')}
        initial={measure?.responsible}
        onSelect={(organization) => setResponsibleId(organization?.id ?? null)}
        error={error('responsibleOrganizationId')}
      />
      <Fieldset legend={t('plans.partners')}>
        <ChosenRecords records={partners} show={(partner) => <OrganizationName organization={partner} />} removeLabel={(name) => t('plans.removePartner', { name })} onChange={setPartners} />
        <OrganizationAutocomplete
          key={partners.length}
          label={t('plans.addPartner')}
          onSelect={(organization) => {
            if (organization && !partners.some((partner) => partner.id === organization.id)) setPartners((current) => [...current, organization]);
          }}
          error={error('partnerOrganizationIds')}
        />
      </Fieldset>
      <div className="form-row">
        <InputField label={t('plans.startDate')} type="date" value={startDate} onChange={setStartDate} error={error('startDate')} />
        <InputField label={t('plans.endDate')} type="date" value={endDate} onChange={setEndDate} error={error('endDate')} />
      </div>
      <div className="form-row">
        <InputField label={t('plans.budget')} type="number" value={budget} onChange={setBudget} error={error('budget')} />
        <InputField label={t('plans.currency')} value={currency} onChange={setCurrency} error={error('currency')} />
      </div>
      <LocalizedTextFields legend={t('plans.funding')} value={funding} onChange={setFunding} compact />
      <SelectField
        label={t('plans.project')}
        value={projectId}
        emptyLabel={t('plans.noProject')}
        options={(projects.data?.items ?? []).map((project) => ({ value: project.id, label: pickText(project.title, language).text }))}
        onChange={setProjectId}
      />
      <Fieldset legend={t('plans.indicators')}>
        <EditableRows
          rows={indicators}
          onChange={setIndicators}
          keyOf={(indicator) => indicator.key}
          newRow={() => ({ key: crypto.randomUUID(), name: '', unit: '', baseline: '', target: '' })}
          addLabel={t('plans.addIndicator')}
          removeLabel={(index) => t('plans.removeIndicator', { number: index + 1 })}
          rowClassName="form-row indicator-row"
        >
          {(indicator, change, index) => (
            <>
              <InputField label={t('plans.indicatorName')} value={indicator.name} onChange={(name) => change({ name })} error={error(`indicators.${index}.name`)} />
              <InputField label={t('plans.indicatorUnit')} value={indicator.unit} onChange={(unit) => change({ unit })} />
              <InputField label={t('plans.baseline')} type="number" value={indicator.baseline} onChange={(baseline) => change({ baseline })} />
              <InputField label={t('plans.target')} type="number" value={indicator.target} onChange={(target) => change({ target })} error={error(`indicators.${index}.target`)} />
            </>
          )}
        </EditableRows>
      </Fieldset>
    </RecordFormFrame>
  );
}
