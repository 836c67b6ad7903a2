import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { SendFailedLine } from '../../shell/SendFailedLine';
import { ConfirmRowButton } from '../../shell/ConfirmRowButton';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { apiTokenApi, apiTokenKeys, type ApiToken } from './apiTokenApi';

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
  const columns: Column<ApiToken>[] = [
    { header: t('tokens.name'), cell: (token) => token.name },
    { header: t('tokens.scope'), cell: (token) => t(`enums.tokenScope.${token.scope}`) },
    { header: t('tokens.prefix'), cell: (token) => <code>{token.prefix}…</code> },
    { header: t('tokens.created'), cell: (token) => dateTime(token.createdAt, '') },
    { header: t('tokens.lastUsed'), cell: (token) => dateTime(token.lastUsedAt, t('tokens.neverUsed')) },
    { header: t('tokens.expires'), cell: (token) => dateTime(token.expiresAt, t('tokens.noExpiry')) },
    { header: t('tokens.state'), cell: (token) => t(`tokens.states.${stateOf(token, now)}`) },
    {
      header: t('common.actions'),
      hiddenHeader: true,
      cell: (token) =>
        stateOf(token, now) === 'active' && (
          <ConfirmRowButton texts="tokens.revoke" naming={{ name: token.name }} action={revoke} rowId={token.id} />
        ),
    },
  ];
  return (
    <>
      <SendFailedLine error={revoke.error} />
      <RecordTable caption={t('tokens.caption')} columns={columns} rows={tokens} small />
    </>
  );
}
