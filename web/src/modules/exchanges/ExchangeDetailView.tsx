import { useTranslation } from 'react-i18next';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { DelegationTable } from './DelegationTable';
import { ExchangeFacts } from './ExchangeFacts';
import type { ExchangeDetail } from './exchangeTypes';
import { OrganizationRoleTable } from './OrganizationRoleTable';

export function ExchangeDetailView({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hasDescription = pickText(exchange.description, language).text !== '';
  return (
    <>
      <PageHeading title={pickText(exchange.title, language).text}>
        <LocalizedText value={exchange.title} />
      </PageHeading>
      <p className="badge-row">
        <Badge>{t(`enums.exchangeKind.${exchange.kind}`)}</Badge>
        <Badge>{t(`enums.exchangeStatus.${exchange.status}`)}</Badge>
      </p>
      {hasDescription && (
        <p className="kern-body kern-body--large page-intro">
          <LocalizedText value={exchange.description} />
        </p>
      )}
      <Section title={t('exchanges.facts')}>
        <ExchangeFacts exchange={exchange} />
      </Section>
      <Section title={t('exchanges.organizations')}>
        <OrganizationRoleTable organizations={exchange.organizations} />
      </Section>
      <Section title={t('exchanges.delegations')}>
        <DelegationTable delegations={exchange.delegations} />
      </Section>
    </>
  );
}
