import { useTranslation } from 'react-i18next';
import { fieldChecks } from '../../lib/forms/fieldChecks';

/**
 * The password rule beside a new-password field, with a live count of the characters still
 * missing. Only reaching the length is announced, not every keystroke.
 */
export function PasswordRuleHint({ password }: { password: string }) {
  const { t } = useTranslation();
  const length = [...password].length;
  const missing = Math.max(0, fieldChecks.MIN_PASSWORD_LENGTH - length);
  return (
    <>
      {t('passwordRule.rule', { count: fieldChecks.MIN_PASSWORD_LENGTH })}{' '}
      <span className={missing === 0 ? 'password-rule password-rule--met' : 'password-rule'}>
        {missing === 0 ? (
          <>
            <span className="kern-icon kern-icon--check kern-icon--small" aria-hidden="true" />
            <span role="status">{t('passwordRule.lengthMet')}</span>
          </>
        ) : length > 0 ? (
          t('passwordRule.missing', { count: missing })
        ) : null}
      </span>
    </>
  );
}
