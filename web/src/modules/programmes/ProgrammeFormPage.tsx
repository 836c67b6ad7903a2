import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { LocalizedText, Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { VisibilityField } from '../../shell/VisibilityField';
import { PartnershipAutocomplete } from '../partnerships/PartnershipAutocomplete';
import { usePartnership } from '../partnerships/usePartnership';
import { programmeApi, programmeKeys, type ProgrammeDetail } from './programmeApi';
import { useProgramme } from './useProgramme';
import { RecordFormFrame } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';

/** Creates a visit programme (preset to a partnership with ?partnershipId=…) or changes one. */
export function ProgrammeFormPage() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const existing = useProgramme(id);
  const presetId = searchParams.get('partnershipId') ?? undefined;
  const preset = usePartnership(id ? undefined : presetId);
  if (id && existing.isPending) return <LoadingState />;
  if (presetId && !id && preset.isPending) return <LoadingState />;
  const partnership = existing.data?.partnership ?? (preset.data ? { id: preset.data.id, title: preset.data.title } : null);
  return <ProgrammeForm key={id ?? 'new'} programme={existing.data} partnership={partnership} />;
}

function ProgrammeForm({ programme, partnership: initialPartnership }: { programme?: ProgrammeDetail; partnership: { id: string; title: LocalizedText } | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [workspaceId, setWorkspaceId] = useState('');
  const [title, setTitle] = useState<Texts>(textsOf(programme?.title));
  const [plannedParts, setPlannedParts] = useState(programme?.plannedParts?.toString() ?? '');
  const [partnership, setPartnership] = useState(initialPartnership);
  const [visibility, setVisibility] = useState<Visibility>(programme?.visibility ?? 'workspace');

  const save = useSaveAndOpen(
    () => {
      const parts = plannedParts.trim() === '' ? null : Number(plannedParts.trim());
      const body = { title: filledTexts(title), plannedParts: parts, partnershipId: partnership?.id ?? null, visibility };
      return programme ? programmeApi.update(programme.id, body) : programmeApi.create({ ...body, workspaceId });
    },
    { refresh: [programmeKeys.all], open: (saved) => `/programmes/${saved.id}` },
  );
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = programme ? t('programmes.editTitle', { title: pickText(programme.title, language).text }) : t('programmes.createTitle');
  const fieldLabels = {
    'body.title': t('programmes.titleInLanguages'),
    'body.partnershipId': t('programmes.partnership'),
    'body.plannedParts': t('programmes.plannedParts'),
    'body.visibility': t('forms.visibility'),
  };
  const back = programme ? `/programmes/${programme.id}` : partnership ? `/partnerships/${partnership.id}` : '/exchanges';

  return (
    <RecordFormFrame heading={heading} back={{ to: back, label: t('forms.backToRecord') }} workspace={programme ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} problemsBesideFields fieldLabels={fieldLabels}>
        <LocalizedTextFields legend={t('programmes.titleInLanguages')} value={title} onChange={setTitle} error={error('title', t('programmes.titleMissing'))} required />
        <PartnershipAutocomplete
          label={t('programmes.partnership')}
          initial={partnership}
          onSelect={(chosen) => setPartnership(chosen ? { id: chosen.id, title: chosen.title } : null)}
          error={error('partnershipId', t('programmes.partnershipInvalid'))}
        />
        <InputField
          label={t('programmes.plannedParts')}
          hint={t('programmes.plannedPartsHint')}
          type="number"
          min="1"
          max="50"
          value={plannedParts}
          onChange={setPlannedParts}
          error={error('plannedParts', t('programmes.plannedPartsInvalid'))}
        />
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
