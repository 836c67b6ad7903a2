import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { ApiTokenCreateForm } from './ApiTokenCreateForm';
import { ApiTokenTable } from './ApiTokenTable';
import type { CreatedApiToken } from './apiTokenApi';
import { NewApiToken } from './NewApiToken';
import { useApiTokens } from './useApiTokens';

/** Personal tokens for scripts and other programs that use the API on the user's behalf. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  // Held only in memory: after leaving the page the token cannot be shown again.
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <>
      <BackLink to="/profile">{t('tokens.backToProfile')}</BackLink>
      <PageHeading title={t('tokens.title')}>{t('tokens.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('tokens.intro')}</p>
      <Section title={t('tokens.createTitle')}>
        {created && <NewApiToken token={created} onDone={() => setCreated(null)} />}
        <ApiTokenCreateForm onCreated={setCreated} />
      </Section>
      <Section title={t('tokens.listTitle')}>
        {tokens.isPending && <LoadingState />}
        {tokens.isError && <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data && <ApiTokenTable tokens={[...tokens.data.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))} />}
      </Section>
    </>
  );
}
