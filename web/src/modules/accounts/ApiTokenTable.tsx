import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSendError } from '../../lib/forms/describeSendError';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { apiTokenApi, apiTokenKeys, type ApiToken } from './apiTokenApi';
import { TableScroll } from '../../shell/TableScroll';

function stateOf(token: ApiToken, now: number): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The account's tokens (never their secrets), newest first, each revocable while active. */
export function ApiTokenTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => apiTokenApi.revoke(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.list }),
  });
  // Expiry is judged against the time the list was shown, not re-read on every render.
  const [now] = useState(() => Date.now());
  if (tokens.length === 0) return <p className="kern-body">{t('tokens.empty')}</p>;
  const dateTime = (iso: string | null, empty: string) => (iso ? <time dateTime={iso}>{formatDateTime(iso, language)}</time> : empty);
  return (
    <>
      {revoke.isError && (
        <p className="kern-body" role="alert">
          {describeSendError(revoke.error, t)}
        </p>
      )}
      <TableScroll>
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">{t('tokens.caption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('tokens.name')}</th>
              <th scope="col" className="kern-table__header">{t('tokens.scope')}</th>
              <th scope="col" className="kern-table__header">{t('tokens.prefix')}</th>
              <th scope="col" className="kern-table__header">{t('tokens.created')}</th>
              <th scope="col" className="kern-table__header">{t('tokens.lastUsed')}</th>
              <th scope="col" className="kern-table__header">{t('tokens.expires')}</th>
              <th scope="col" className="kern-table__header">{t('tokens.state')}</th>
              <th scope="col" className="kern-table__header">
                <span className="kern-sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {tokens.map((token) => {
              const state = stateOf(token, now);
              return (
                <tr key={token.id} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{token.name}</th>
                  <td className="kern-table__cell">{t(`enums.tokenScope.${token.scope}`)}</td>
                  <td className="kern-table__cell">
                    <code>{token.prefix}…</code>
                  </td>
                  <td className="kern-table__cell">{dateTime(token.createdAt, '')}</td>
                  <td className="kern-table__cell">{dateTime(token.lastUsedAt, t('tokens.neverUsed'))}</td>
                  <td className="kern-table__cell">{dateTime(token.expiresAt, t('tokens.noExpiry'))}</td>
                  <td className="kern-table__cell">{t(`tokens.states.${state}`)}</td>
                  <td className="kern-table__cell">
                    {state === 'active' && (
                      <ConfirmButton
                        small
                        label={t('tokens.revoke')}
                        accessibleLabel={t('tokens.revokeNamed', { name: token.name })}
                        question={t('tokens.revokeQuestion', { name: token.name })}
                        confirmLabel={t('tokens.revokeConfirm')}
                        pending={revoke.isPending && revoke.variables === token.id}
                        onConfirm={() => revoke.mutate(token.id)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
