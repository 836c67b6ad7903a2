import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { RecordIntro } from '../../shell/RecordIntro';
import { EditLink } from '../../shell/EditLink';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { FactList } from '../../shell/FactList';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { Section } from '../../shell/Section';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { formatMoney } from '../plans/formatMoney';
import { fundingApi, fundingKeys } from './fundingApi';
import { useProgramme } from './useProgramme';
import { MayCreate } from '../accounts/MayCreate';
import { ItemList } from '../../shell/ItemList';
import { RecordHeading } from '../../shell/RecordHeading';

export function ProgrammeDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const query = useProgramme(id);
  const grants = useQuery({ queryKey: fundingKeys.grantsOf(id), queryFn: ({ signal }) => fundingApi.grants({ programmeId: id, limit: 100 }, signal), enabled: Boolean(id) });
  return (
    <RecordDetailFrame back={{ to: '/funding', label: t('funding.backToList') }} query={query} fallbackTitle={t('funding.title')} retry={false}>
      {(programme) => (
        <>
          <RecordHeading value={programme.name} />
          <p className="button-row">
            {programme.canEdit && (
              <EditLink to={`/funding/programmes/${programme.id}/edit`} />
            )}
            <MayCreate>
              <Link className="kern-btn kern-btn--secondary" to={`/funding/grants/new?programmeId=${programme.id}`}>
                <span className="kern-label">{t('funding.addGrant')}</span>
              </Link>
            </MayCreate>
          </p>
          <RecordIntro text={programme.description} />
          <Section title={t('funding.facts')}>
            <FactList
              facts={[
                { label: t('funding.funder'), value: programme.funder && <OrganizationName organization={programme.funder} /> },
                { label: t('funding.level'), value: t(`funding.levels.${programme.level}`) },
                { label: t('funding.period'), value: (programme.periodStart || programme.periodEnd) && `${programme.periodStart ? formatDate(programme.periodStart, language) : '…'} – ${programme.periodEnd ? formatDate(programme.periodEnd, language) : '…'}` },
                { label: t('funding.website'), value: programme.website && <a className="kern-link" href={programme.website} rel="noopener noreferrer">{programme.website}</a> },
              ]}
            />
          </Section>
          <Section title={t('funding.instruments')}>
            <ItemList items={programme.instruments} keyOf={(instrument) => instrument.id} empty={t('funding.noInstruments')}>
              {(instrument) => (
                <>
                  <strong>
                    <LocalizedText value={instrument.name} />
                  </strong>{' '}
                  ({t(`funding.kinds.${instrument.kind}`)}
                  {instrument.maxAmount !== null && `, ${t('funding.upTo', { amount: formatMoney(instrument.maxAmount, 'EUR', language) })}`}
                  {instrument.fundingRate !== null && `, ${t('funding.rate', { rate: instrument.fundingRate })}`})
                  {pickText(instrument.description, language).text && (
                    <>
                      {' – '}
                      <LocalizedText value={instrument.description} />
                    </>
                  )}
                </>
              )}
            </ItemList>
          </Section>
          <Section title={t('funding.deadlines')}>
            <ItemList items={programme.deadlines} keyOf={(deadline) => deadline.id} empty={t('funding.noDeadlines')}>
              {(deadline) => (
                <>
                  {formatDate(deadline.dueOn, language)}: <LocalizedText value={deadline.label} />
                </>
              )}
            </ItemList>
          </Section>
          <Section title={t('funding.grants')}>
            {grants.data && grants.data.items.length === 0 && <p className="kern-body">{t('funding.noGrants')}</p>}
            {grants.data && grants.data.items.length > 0 && (
              <ul className="kern-list">
                {grants.data.items.map((grant) => (
                  <li key={grant.id} className="kern-body">
                    {formatMoney(grant.amount, grant.currency, language)} · {t(`funding.grantStatus.${grant.status}`)}
                    {grant.reference && ` · ${grant.reference}`}
                    {grant.project && (
                      <>
                        {' · '}
                        <Link className="kern-link" to={`/projects/${grant.project.id}`}>
                          <LocalizedText value={grant.project.title} />
                        </Link>
                      </>
                    )}
                    {grant.measure && (
                      <>
                        {' · '}
                        <Link className="kern-link" to={`/action-plans/${grant.measure.plan.id}/measures/${grant.measure.id}`}>
                          <LocalizedText value={grant.measure.title} />
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <RecordHistorySection path={`/funding-programmes/${encodeURIComponent(programme.id)}/history`} workspaceId={programme.workspaceId} membersOnly />
        </>
      )}
    </RecordDetailFrame>
  );
}
