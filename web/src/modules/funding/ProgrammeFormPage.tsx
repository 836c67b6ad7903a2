import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { compactText } from '../plans/compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { fundingApi, fundingKeys, type ProgrammeDetail, type ProgrammeLevel } from './fundingApi';
import { useProgramme } from './useProgramme';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { EditableRows } from '../../shell/EditableRows';
import { Fieldset } from '../../shell/Fieldset';
import { instrumentKindValues, programmeLevelValues } from '../../lib/api/enums';

export function ProgrammeFormPage() {
  return <RecordFormLoader useRecord={useProgramme} form={ProgrammeForm} />;
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

function ProgrammeForm({ record: programme }: { record?: ProgrammeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [workspaceId, setWorkspaceId] = useState('');
  const [name, setName] = useState<LocalizedText>(programme?.name ?? {});
  const [description, setDescription] = useState<LocalizedText>(programme?.description ?? {});
  const [level, setLevel] = useState<ProgrammeLevel | ''>(programme?.level ?? 'national');
  const [funderId, setFunderId] = useState<string | null>(programme?.funder?.id ?? null);
  const [periodStart, setPeriodStart] = useState(programme?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(programme?.periodEnd ?? '');
  const [website, setWebsite] = useState(programme?.website ?? '');
  const [visibility, setVisibility] = useState<Visibility>(programme?.visibility ?? 'workspace');
  const [instruments, setInstruments] = useState(
    (programme?.instruments ?? []).map((instrument) => ({ ...instrument, key: instrument.id, text: pickText(instrument.name, language).text, max: instrument.maxAmount?.toString() ?? '', rateText: instrument.fundingRate?.toString() ?? '' })),
  );
  const [deadlines, setDeadlines] = useState(
    (programme?.deadlines ?? []).map((deadline) => ({
      key: deadline.id,
      dueOn: deadline.dueOn,
      label: deadline.label,
      text: pickText(deadline.label, language).text,
      instrument: deadline.instrumentId ? String(programme!.instruments.findIndex((instrument) => instrument.id === deadline.instrumentId)) : '',
    })),
  );
  const save = useSaveAndOpen(
    () => {
      const body = {
        name: compactText(name),
        description: compactText(description),
        level: level || undefined,
        funderOrganizationId: funderId,
        periodStart: periodStart || null,
        periodEnd: periodEnd || null,
        website: website.trim() || null,
        visibility,
        instruments: instruments.map((instrument) => ({
          ...(instrument.id ? { id: instrument.id } : {}),
          name: { ...instrument.name, [language]: instrument.text },
          kind: instrument.kind,
          maxAmount: numberOrNull(instrument.max),
          fundingRate: numberOrNull(instrument.rateText),
          description: instrument.description,
        })),
        deadlines: deadlines.map((deadline) => ({ dueOn: deadline.dueOn || undefined, label: { ...deadline.label, [language]: deadline.text }, instrumentIndex: deadline.instrument === '' ? null : Number(deadline.instrument) })),
      };
      return programme ? fundingApi.updateProgramme(programme.id, body) : fundingApi.createProgramme({ ...body, workspaceId });
    },
    { refresh: [fundingKeys.all], open: (saved) => `/funding/programmes/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.name': t('funding.programmeName'),
    'body.description': t('funding.description'),
    'body.level': t('funding.level'),
    'body.funderOrganizationId': t('funding.funder'),
    'body.periodStart': t('funding.periodStart'),
    'body.periodEnd': t('funding.periodEnd'),
    'body.website': t('funding.website'),
    'body.visibility': t('forms.visibility'),
    'body.instruments': t('funding.instruments'),
    'body.deadlines': t('funding.deadlines'),
    ...Object.fromEntries(instruments.map((_, index) => [`body.instruments.${index}.name`, t('funding.instrumentName', { number: index + 1 })])),
    ...Object.fromEntries(deadlines.map((_, index) => [`body.deadlines.${index}.dueOn`, t('funding.dueOn', { number: index + 1 })])),
    ...Object.fromEntries(deadlines.map((_, index) => [`body.deadlines.${index}.label`, t('funding.deadlineLabelOf', { number: index + 1 })])),
  };
  const heading = programme ? t('funding.editProgramme') : t('funding.createProgramme');
  return (
    <RecordFormFrame heading={heading} back={{ to: programme ? `/funding/programmes/${programme.id}` : '/funding', label: programme ? t('forms.backToRecord') : t('funding.backToList') }} workspace={programme ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <LocalizedTextFields legend={t('funding.programmeName')} value={name} onChange={setName} error={error('name')} required languageHint={false} compact />
        <LocalizedTextFields legend={t('funding.description')} value={description} onChange={setDescription} multiline compact />
        <EnumSelectField label={t('funding.level')} value={level} values={programmeLevelValues} labels="funding.levels" onChange={setLevel} />
        <OrganizationAutocomplete
          label={t('funding.funder')}
          initial={programme?.funder}
          onSelect={(organization) => setFunderId(organization?.id ?? null)}
          error={error('funderOrganizationId')}
        />
        <div className="form-row">
          <InputField label={t('funding.periodStart')} type="date" value={periodStart} onChange={setPeriodStart} error={error('periodStart')} />
          <InputField label={t('funding.periodEnd')} type="date" value={periodEnd} onChange={setPeriodEnd} error={error('periodEnd')} />
        </div>
        <InputField label={t('funding.website')} type="url" value={website} onChange={setWebsite} error={error('website')} />
        <Fieldset legend={t('funding.instruments')}>
          <EditableRows
            rows={instruments}
            onChange={setInstruments}
            keyOf={(instrument) => instrument.key}
            newRow={() => ({ key: crypto.randomUUID(), id: '', name: {}, kind: 'grant' as const, maxAmount: null, fundingRate: null, description: {}, text: '', max: '', rateText: '' })}
            addLabel={t('funding.addInstrument')}
          >
            {(instrument, change, index) => (
              <>
                <InputField label={t('funding.instrumentName', { number: index + 1 })} value={instrument.text} onChange={(text) => change({ text })} error={error(`instruments.${index}.name`)} />
                <SelectField
                  label={t('funding.instrumentKind')}
                  value={instrument.kind}
                  emptyLabel={t('forms.choose')}
                  options={instrumentKindValues.map((value) => ({ value, label: t(`funding.kinds.${value}`) }))}
                  onChange={(value) => change({ kind: instrumentKindValues.find((kind) => kind === value) ?? 'grant' })}
                />
                <InputField label={t('funding.maxAmount')} type="number" value={instrument.max} onChange={(max) => change({ max })} error={error(`instruments.${index}.maxAmount`)} />
                <InputField label={t('funding.fundingRate')} type="number" value={instrument.rateText} onChange={(rateText) => change({ rateText })} error={error(`instruments.${index}.fundingRate`)} />
              </>
            )}
          </EditableRows>
        </Fieldset>
        <Fieldset legend={t('funding.deadlines')}>
          <EditableRows
            rows={deadlines}
            onChange={setDeadlines}
            keyOf={(deadline) => deadline.key}
            newRow={() => ({ key: crypto.randomUUID(), dueOn: '', label: {}, text: '', instrument: '' })}
            addLabel={t('funding.addDeadline')}
            removeLabel={(index) => t('funding.removeDeadline', { number: index + 1 })}
          >
            {(deadline, change, index) => (
              <>
                <InputField label={t('funding.dueOn', { number: index + 1 })} type="date" value={deadline.dueOn} onChange={(dueOn) => change({ dueOn })} error={error(`deadlines.${index}.dueOn`)} />
                <InputField label={t('funding.deadlineLabel')} value={deadline.text} onChange={(text) => change({ text })} error={error(`deadlines.${index}.label`)} />
                <SelectField
                  label={t('funding.deadlineInstrument')}
                  value={deadline.instrument}
                  emptyLabel={t('funding.anyInstrument')}
                  options={instruments.map((instrument, at) => ({ value: String(at), label: instrument.text || String(at + 1) }))}
                  onChange={(instrument) => change({ instrument })}
                />
              </>
            )}
          </EditableRows>
        </Fieldset>
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
