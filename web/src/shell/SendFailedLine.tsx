import { useTranslation } from 'react-i18next';
import { describeSendError } from '../lib/forms/describeSendError';

/** Why an action beside a form (revoke, remove, leave …) failed, as one line read out at once; nothing while it has not failed. */
export function SendFailedLine({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="kern-body" role="alert">
      {describeSendError(error, t)}
    </p>
  );
}
