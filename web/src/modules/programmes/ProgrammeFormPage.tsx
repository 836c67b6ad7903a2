import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { LocalizedText, Visibility } from '../../lib/api/types';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { PageHeading } from '../../shell/PageHeading';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { VisibilityField } from '../../shell/VisibilityField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { PartnershipAutocomplete } from '../partnerships/PartnershipAutocomplete';
import { usePartnership } from '../partnerships/usePartnership';
import { programmeApi, programmeKeys, type ProgrammeDetail } from './programmeApi';
import { useProgramme } from './useProgramme';

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
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [workspaceId, setWorkspaceId] = useState('');
  const [title, setTitle] = useState<Texts>(textsOf(programme?.title));
  const [plannedParts, setPlannedParts] = useState(programme?.plannedParts?.toString() ?? '');
  const [partnership, setPartnership] = useState(initialPartnership);
  const [visibility, setVisibility] = useState<Visibility>(programme?.visibility ?? 'workspace');

  const save = useMutation({
    mutationFn: () => {
      const parts = plannedParts.trim() === '' ? null : Number(plannedParts.trim());
      const body = { title: filledTexts(title), plannedParts: parts, partnershipId: partnership?.id ?? null, visibility };
      return programme ? programmeApi.update(programme.id, body) : programmeApi.create({ ...body, workspaceId });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: programmeKeys.all });
      await navigate(`/programmes/${saved.id}`);
    },
  });
  const error = (field: string, text: string) => localizedFieldError(save.error, `body.${field}`, text);
  const heading = programme ? t('programmes.editTitle', { title: pickText(programme.title, language).text }) : t('programmes.createTitle');
  const back = programme ? `/programmes/${programme.id}` : partnership ? `/partnerships/${partnership.id}` : '/exchanges';

  return (
    <>
      <BackLink to={back}>{t('forms.backToRecord')}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {!programme && <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />}
        <LocalizedTextFields legend={t('programmes.titleInLanguages')} value={title} onChange={setTitle} error={error('title', t('programmes.titleMissing'))} required />
        <PartnershipAutocomplete
          label={t('programmes.partnership')}
          initialText={partnership ? pickText(partnership.title, language).text : ''}
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
        <SaveFailedAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending || (!programme && !workspaceId)}>
            <span className="kern-label">{t('forms.save')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
