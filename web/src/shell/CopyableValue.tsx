import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  value: string;
}

/** A value to take elsewhere (an API token, an invitation link): read-only, selectable, with a copy button. */
export function CopyableValue({ id, label, value }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="kern-form-input copyable-value">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="copyable-value__row">
        <input
          id={id}
          className="kern-form-input__input copyable-value__input"
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void copy()}>
          <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
          <span className="kern-label">{t('common.copy')}</span>
        </button>
      </div>
      <p className="kern-body kern-body--small copyable-value__status" role="status">
        {state === 'copied' && t('common.copied')}
        {state === 'failed' && t('common.copyFailed')}
      </p>
    </div>
  );
}
