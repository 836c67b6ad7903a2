import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceRef } from '../../lib/api/types';
import { fieldError } from '../../lib/fieldError';
import { FormAlert } from '../../shell/FormAlert';
import { InputField } from '../../shell/InputField';
import { SelectField } from '../../shell/SelectField';
import { placeApi } from '../places/placeApi';

const KINDS = ['quarter', 'district', 'area'] as const;

interface Props {
  city: { id: string; name: string };
  workspaceId: string;
  onCreated: (place: PlaceRef) => void;
}

/** A quarter or district the gazetteer lacks, created in place below the monitoring's city and added as a candidate. */
export function NewAreaOfCity({ city, workspaceId, onCreated }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('quarter');
  const create = useMutation({
    mutationFn: () => placeApi.create({ workspaceId, kind, parentId: city.id, name: name.trim() }),
    onSuccess: (place) => {
      setName('');
      onCreated(place);
    },
  });
  return (
    <div className="form-row" role="group" aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="kern-body">
        {t('areas.missingArea', { city: city.name })}
      </p>
      <InputField label={t('areas.newAreaName')} value={name} onChange={setName} error={fieldError(create.error, 'body.name')} />
      <SelectField label={t('areas.newAreaKind')} value={kind} emptyLabel={t('forms.choose')} options={KINDS.map((value) => ({ value, label: t(`enums.placeKind.${value}`) }))} onChange={(value) => setKind(KINDS.find((candidate) => candidate === value) ?? 'quarter')} />
      <button type="button" className="kern-btn kern-btn--secondary" disabled={create.isPending || name.trim() === '' || !workspaceId} onClick={() => create.mutate()}>
        <span className="kern-label">{t('areas.createArea', { city: city.name })}</span>
      </button>
      <FormAlert error={create.error} />
    </div>
  );
}
