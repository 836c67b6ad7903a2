import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyableValue } from '../../shell/CopyableValue';
import type { CreatedApiToken } from './apiTokenApi';

interface Props {
  token: CreatedApiToken;
  onDone: () => void;
}

/** The new token, shown this once, with a copy button and a clear warning; it takes the focus. */
export function NewApiToken({ token, onDone }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [token.id]);
  return (
    <div ref={ref} tabIndex={-1} className="kern-alert kern-alert--warning new-secret" aria-labelledby="new-token-title">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--warning" aria-hidden="true" />
        <h3 id="new-token-title" className="kern-title">
          {t('tokens.newTitle', { name: token.name })}
        </h3>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body kern-body--bold">{t('tokens.onlyOnce')}</p>
        <CopyableValue id="new-token-value" label={t('tokens.tokenLabel')} value={token.token} />
        <p className="kern-body">
          {t('tokens.usage')} <code>Authorization: Bearer …</code>
        </p>
        <div className="button-row">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onDone}>
            <span className="kern-label">{t('tokens.done')}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
