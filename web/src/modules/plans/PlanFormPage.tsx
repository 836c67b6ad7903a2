import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { SelectField } from '../../shell/SelectField';
import { HistoricalField } from '../../shell/HistoricalField';
import { VisibilityField } from '../../shell/VisibilityField';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { compactText } from './compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { partnershipApi, partnershipKeys } from '../partnerships/partnershipApi';
import { planApi, planKeys, type PlanDetail } from './planApi';
import { SideFields, type SideDraft } from './SideFields';
import { usePartnershipChoices } from './usePartnershipChoices';
import { usePlan } from './usePlan';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';

export function PlanFormPage() {
  return <RecordFormLoader useRecord={usePlan} form={PlanForm} />;
}

interface Party {
  place: PlaceRef | null;
  organization: OrganizationRef | null;
}

function PlanForm({ record: plan }: { record?: PlanDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const partnerships = usePartnershipChoices();
  const [workspaceId, setWorkspaceId] = useState('');
  const [title, setTitle] = useState<LocalizedText>(plan?.title ?? {});
  const [summary, setSummary] = useState<LocalizedText>(plan?.summary ?? {});
  const [scope, setScope] = useState<'partnership' | 'area'>(plan?.scope ?? 'partnership');
  const [partnershipId, setPartnershipId] = useState(plan?.partnership?.id ?? new URLSearchParams(window.location.search).get('partnershipId') ?? '');
  const [areaPlaceId, setAreaPlaceId] = useState<string | null>(plan?.area?.id ?? null);
  const [periodStart, setPeriodStart] = useState(plan?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(plan?.periodEnd ?? '');
  const [historical, setHistorical] = useState(plan?.historical ?? false);
  const [visibility, setVisibility] = useState<Visibility>(plan?.visibility ?? 'workspace');
  const partyName = (party: Party) =>
    party.place ? pickName(party.place.names, party.place.name, language).text : party.organization ? pickName(party.organization.names, party.organization.name, language).text : '';
  const planSides: SideDraft[] | null = plan
    ? plan.sides.map((side) => ({
        key: side.id,
        partyName: partyName(side),
        placeId: side.place?.id ?? null,
        organizationId: side.organization?.id ?? null,
        label: pickText(side.label, language).text,
        workspaceSlug: side.workspace.slug,
      }))
    : null;
  const parties = useQuery({
    queryKey: partnershipKeys.detail(partnershipId),
    queryFn: ({ signal }) => partnershipApi.get(partnershipId, signal),
    enabled: !plan && scope === 'partnership' && partnershipId !== '',
  });
  // Sides follow the scope (the partnership's parties, or one side of an area) until edited.
  const basis = plan ? 'plan' : `${scope}:${partnershipId}`;
  const [edited, setEdited] = useState<{ basis: string; sides: SideDraft[] } | null>(null);
  const derived: SideDraft[] =
    planSides ??
    (scope === 'area'
      ? [{ key: 'area', partyName: '', placeId: null, organizationId: null, label: '', workspaceSlug: '' }]
      : (parties.data?.parties ?? []).map((party, index) => ({ key: `${partnershipId}-${index}`, partyName: partyName(party), placeId: party.place?.id ?? null, organizationId: party.organization?.id ?? null, label: '', workspaceSlug: '' })));
  const sides = edited && edited.basis === basis ? edited.sides : derived;
  const setSides = (next: SideDraft[]) => setEdited({ basis, sides: next });

  const save = useSaveAndOpen(
    () => {
      const sideInput = sides.map((side) => ({
        placeId: side.placeId,
        organizationId: side.organizationId,
        label: side.label.trim() ? { [language]: side.label.trim() } : {},
        ...(side.workspaceSlug.trim() ? { workspaceSlug: side.workspaceSlug.trim() } : {}),
      }));
      const body = {
        title: compactText(title),
        summary: compactText(summary),
        partnershipId: scope === 'partnership' ? partnershipId || null : null,
        areaPlaceId: scope === 'area' ? areaPlaceId : null,
        periodStart: periodStart || undefined,
        periodEnd: periodEnd || undefined,
        historical,
        visibility,
        ...(sideInput.length > 0 ? { sides: sideInput } : {}),
      };
      return plan ? planApi.update(plan.id, body) : planApi.create({ ...body, workspaceId });
    },
    { refresh: [planKeys.all], open: (saved) => `/action-plans/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const heading = plan ? t('plans.editTitle') : t('plans.create');
  const fieldLabels = {
    'body.title': t('plans.planTitle'),
    'body.summary': t('plans.summary'),
    'body.partnershipId': t('plans.partnership'),
    'body.areaPlaceId': t('plans.area'),
    'body.periodStart': t('plans.periodStart'),
    'body.periodEnd': t('plans.periodEnd'),
    'body.sides': t('plans.sides'),
  };

  return (
    <RecordFormFrame heading={heading} back={{ to: plan ? `/action-plans/${plan.id}` : '/action-plans', label: plan ? t('forms.backToRecord') : t('plans.backToList') }} workspace={plan ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <LocalizedTextFields legend={t('plans.planTitle')} value={title} onChange={setTitle} error={error('title')} required languageHint={false} compact />
        <LocalizedTextFields legend={t('plans.summary')} value={summary} onChange={setSummary} multiline compact />
        <SelectField
          label={t('plans.scope')}
          value={scope}
          emptyLabel={t('forms.choose')}
          options={[
            { value: 'partnership', label: t('plans.scopePartnership') },
            { value: 'area', label: t('plans.scopeArea') },
          ]}
          onChange={(value) => setScope(value === 'area' ? 'area' : 'partnership')}
        />
        {scope === 'partnership' ? (
          <SelectField
            label={t('plans.partnership')}
            value={partnershipId}
            emptyLabel={t('forms.choose')}
            options={(partnerships.data?.items ?? []).map((partnership) => ({ value: partnership.id, label: pickText(partnership.title, language).text }))}
            onChange={setPartnershipId}
            error={error('partnershipId')}
          />
        ) : (
          <PlaceAutocomplete
            label={t('plans.area')}
            initial={plan?.area}
            onSelect={(place) => setAreaPlaceId(place?.id ?? null)}
            error={error('areaPlaceId') ?? error('partnershipId')}
          />
        )}
        <div className="form-row">
          <InputField label={t('plans.periodStart')} type="date" value={periodStart} onChange={setPeriodStart} error={error('periodStart')} required />
          <InputField label={t('plans.periodEnd')} type="date" value={periodEnd} onChange={setPeriodEnd} error={error('periodEnd')} required />
        </div>
        <HistoricalField checked={historical} onChange={setHistorical} />
        {sides.length > 0 && <SideFields sides={sides} onChange={setSides} error={error} free={scope === 'area'} />}
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
