import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { localizedFieldError } from '../../lib/localizedFieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { PartnershipAutocomplete } from './PartnershipAutocomplete';
import { PartyPicker } from './PartyPicker';
import { partnershipApi, partnershipKeys } from './partnershipApi';
import type { Party, PartnershipDetail, PartnershipKind, PartnershipStatus } from './partnershipApi';
import { usePartnership } from './usePartnership';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { partnershipKindValues, partnershipStatusValues } from '../../lib/api/enums';

/** "1961", "2018-05" or "2018-05-14", as precise as the start is known. */
function sinceText(partnership: PartnershipDetail | undefined): string {
  if (!partnership?.since) return '';
  if (partnership.sincePrecision === 'year') return partnership.since.slice(0, 4);
  if (partnership.sincePrecision === 'month') return partnership.since.slice(0, 7);
  return partnership.since;
}

/** Creates a partnership (parties found with the place and organization pickers) or edits one. */
export function PartnershipFormPage() {
  return <RecordFormLoader useRecord={usePartnership} form={PartnershipForm} />;
}

function PartnershipForm({ record: partnership }: { record?: PartnershipDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [workspaceId, setWorkspaceId] = useState('');
  const [kind, setKind] = useState<PartnershipKind | ''>(partnership?.kind ?? '');
  const [status, setStatus] = useState<PartnershipStatus>(partnership?.status ?? 'active');
  const [title, setTitle] = useState<Texts>(textsOf(partnership?.title));
  const [description, setDescription] = useState<Texts>(textsOf(partnership?.description));
  const [since, setSince] = useState(sinceText(partnership));
  const [endedOn, setEndedOn] = useState(partnership?.endedOn ?? '');
  const [parties, setParties] = useState<Party[]>(partnership?.parties ?? []);
  const [themeIds, setThemeIds] = useState<string[]>(partnership?.themes.map((theme) => theme.id) ?? []);
  const [visibility, setVisibility] = useState<Visibility>(partnership?.visibility ?? 'workspace');
  const [parent, setParent] = useState<{ id: string; title: PartnershipDetail['title'] } | null>(partnership?.parent ?? null);

  const save = useSaveAndOpen(
    () => {
      const body = {
        kind: kind || undefined,
        status,
        title: Object.fromEntries(Object.entries(title).filter(([, text]) => text.trim() !== '')),
        description: Object.fromEntries(Object.entries(description).filter(([, text]) => text.trim() !== '')),
        since: since.trim() || null,
        endedOn: endedOn || null,
        parties: parties.map((party) => (party.place ? { placeId: party.place.id } : { organizationId: party.organization!.id })),
        themeIds,
        visibility,
        parentId: parent?.id ?? null,
      };
      return partnership ? partnershipApi.update(partnership.id, body) : partnershipApi.create({ ...body, workspaceId });
    },
    { refresh: [partnershipKeys.all], open: (saved) => `/partnerships/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.kind': t('partnerships.kind'),
    'body.title': t('partnerships.titleInLanguages'),
    'body.parties': t('partnerships.parties'),
    'body.parentId': t('partnerships.parent'),
    'body.since': t('partnerships.since'),
    'body.endedOn': t('partnerships.endedOn'),
    'body.status': t('partnerships.status'),
    'body.description': t('partnerships.descriptionInLanguages'),
  };
  const heading = partnership ? t('partnerships.editTitle', { title: pickText(partnership.title, language).text }) : t('partnerships.createTitle');

  return (
    <RecordFormFrame heading={heading} back={{ to: partnership ? `/partnerships/${partnership.id}` : '/partnerships', label: partnership ? t('forms.backToRecord') : t('partnerships.backToList') }} workspace={partnership ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <EnumSelectField label={t('partnerships.kind')} value={kind} values={partnershipKindValues} labels="enums.partnershipKind" onChange={setKind} required error={error('kind')} />
        <LocalizedTextFields legend={t('partnerships.titleInLanguages')} value={title} onChange={setTitle} error={error('title')} required />
        <PartyPicker parties={parties} onChange={setParties} error={error('parties')} />
        <PartnershipAutocomplete
          label={t('partnerships.parent')}
          hint={t('partnerships.parentHint')}
          excludeId={partnership?.id}
          initial={parent}
          onSelect={setParent}
          error={localizedFieldError(save.error, 'body.parentId', t('partnerships.parentInvalid'))}
        />
        <div className="form-row">
          <InputField label={t('partnerships.since')} hint={t('partnerships.sinceHint')} value={since} onChange={setSince} error={error('since')} />
          <InputField label={t('partnerships.endedOn')} type="date" value={endedOn} onChange={setEndedOn} error={error('endedOn')} />
        </div>
        <EnumSelectField label={t('partnerships.status')} value={status} values={partnershipStatusValues} labels="enums.partnershipStatus" onChange={(value) => setStatus(value || 'active')} />
        <LocalizedTextFields legend={t('partnerships.descriptionInLanguages')} value={description} onChange={setDescription} multiline />
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
