import { useTranslation } from 'react-i18next';
import { InputField } from '../../shell/InputField';
import { Fieldset } from '../../shell/Fieldset';

export interface SideDraft {
  key: string;
  /** The party's name shown as legend (place or organisation), or empty for a side named by its label. */
  partyName: string;
  placeId: string | null;
  organizationId: string | null;
  label: string;
  workspaceSlug: string;
}

interface Props {
  sides: SideDraft[];
  onChange: (sides: SideDraft[]) => void;
  error: (field: string) => string | undefined;
  /** Area plans name their sides freely and may add more. */
  free: boolean;
}

/** Who agrees for each side: the address of the workspace whose owners and coordinators agree for it. */
export function SideFields({ sides, onChange, error, free }: Props) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<SideDraft>) => onChange(sides.map((side, at) => (at === index ? { ...side, ...changes } : side)));
  return (
    <Fieldset legend={t('plans.sides')}>
      <p className="kern-hint">{t('plans.sidesHint')}</p>
      {sides.map((side, index) => (
        <Fieldset key={side.key} legend={side.partyName || t('plans.sideNumber', { number: index + 1 })} className="side-fields">
          {free && <InputField label={t('plans.sideLabel')} value={side.label} onChange={(label) => update(index, { label })} error={error(`sides.${index}.label`)} />}
          <InputField
            label={t('plans.sideWorkspace', { side: side.partyName || side.label || index + 1 })}
            hint={t('plans.sideWorkspaceHint')}
            value={side.workspaceSlug}
            onChange={(workspaceSlug) => update(index, { workspaceSlug })}
            error={error(`sides.${index}.workspaceSlug`)}
          />
          {free && sides.length > 1 && (
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onChange(sides.filter((_, at) => at !== index))}>
              <span className="kern-label">{t('plans.removeSide')}</span>
            </button>
          )}
        </Fieldset>
      ))}
      {free && (
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => onChange([...sides, { key: crypto.randomUUID(), partyName: '', placeId: null, organizationId: null, label: '', workspaceSlug: '' }])}
        >
          <span className="kern-label">{t('plans.addSide')}</span>
        </button>
      )}
    </Fieldset>
  );
}
