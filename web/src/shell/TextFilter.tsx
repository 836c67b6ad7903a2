import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called on Enter and with the button: filtering waits until the user is done typing. */
  onApply: (value: string) => void;
}

/** A labelled text filter with an apply button, for lists filtered by name. */
export function TextFilter({ label, value, onChange, onApply }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form
      className="text-filter"
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(value);
      }}
    >
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={id}>
          {label}
        </label>
        <input id={id} className="kern-form-input__input" type="search" value={value} onChange={(event) => onChange(event.target.value)} />
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{t('common.apply')}</span>
      </button>
    </form>
  );
}
