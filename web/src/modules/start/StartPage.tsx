import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import type { DocumentSummary } from '../documents/documentApi';
import { ExchangeDates } from '../exchanges/ExchangeDates';
import type { ExchangeSummary } from '../exchanges/exchangeApi';
import { sideName } from '../plans/sideName';
import { KeyFigures } from './KeyFigures';
import { ShortList } from './ShortList';
import { StartMap } from './StartMap';
import type { StartPageData } from './startApi';
import { useStartPage } from './useStartPage';

/** The start page: what the platform holds and, for a signed-in user, what awaits them. */
export function StartPage() {
  const { t } = useTranslation();
  const query = useStartPage();
  return (
    <>
      <PageHeading title={t('start.title')}>{t('start.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('start.intro')}</p>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <StartView data={query.data} />}
    </>
  );
}

function StartView({ data }: { data: StartPageData }) {
  const { t } = useTranslation();
  return (
    <>
      {data.mine && <MyWork mine={data.mine} />}
      <KeyFigures counts={data.counts} />
      <div className="start-columns">
        <ShortList
          title={t('start.upcomingExchanges')}
          items={data.upcomingExchanges}
          empty={t('start.noUpcomingExchanges')}
          keyOf={(exchange) => exchange.id}
          more={{ to: '/exchanges', label: t('start.allExchanges') }}
        >
          {(exchange) => <ExchangeEntry exchange={exchange} />}
        </ShortList>
        <ShortList
          title={t('start.recentDocuments')}
          items={data.recentDocuments}
          empty={t('start.noDocuments')}
          keyOf={(document) => document.id}
          more={{ to: '/documents', label: t('start.allDocuments') }}
        >
          {(document) => <DocumentEntry document={document} />}
        </ShortList>
      </div>
      <StartMap map={data.map} />
    </>
  );
}

/** What concerns the signed-in user's workspaces. */
function MyWork({ mine }: { mine: NonNullable<StartPageData['mine']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="start-columns start-mine">
      <ShortList title={t('start.myExchanges')} items={mine.upcomingExchanges} empty={t('start.noMyExchanges')} keyOf={(exchange) => exchange.id}>
        {(exchange) => <ExchangeEntry exchange={exchange} />}
      </ShortList>
      <ShortList title={t('start.openRegistrations')} items={mine.openRegistrations} empty={t('start.noOpenRegistrations')} keyOf={(entry) => entry.exchange.id}>
        {(entry) => (
          <>
            <Link className="kern-link" to={`/exchanges/${entry.exchange.id}`}>
              <LocalizedText value={entry.exchange.title} />
            </Link>
            {' · '}
            <ExchangeDates startDate={entry.exchange.startDate} endDate={entry.exchange.endDate} />
            <br />
            <span className="kern-body--small">
              {[
                entry.invited > 0 ? t('start.invitedOpen', { count: entry.invited }) : '',
                entry.waitlisted > 0 ? t('start.waitlisted', { count: entry.waitlisted }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </>
        )}
      </ShortList>
      <ShortList
        title={t('start.plansAwaitingAgreement')}
        items={mine.plansAwaitingAgreement}
        empty={t('start.noPlansAwaitingAgreement')}
        keyOf={(entry) => entry.side.id}
      >
        {(entry) => (
          <>
            <Link className="kern-link" to={`/action-plans/${entry.plan.id}`}>
              <LocalizedText value={entry.plan.title} />
            </Link>
            <br />
            <span className="kern-body--small">{t('start.agreeForSide', { side: sideName(entry.side, language) })}</span>
          </>
        )}
      </ShortList>
      <ShortList title={t('start.overdueMeasures')} items={mine.overdueMeasures} empty={t('start.noOverdueMeasures')} keyOf={(measure) => measure.id}>
        {(measure) => (
          <>
            <Link className="kern-link" to={`/action-plans/${measure.plan.id}/measures/${measure.id}`}>
              <LocalizedText value={measure.title} />
            </Link>
            <br />
            <span className="kern-body--small">
              {t('start.measureDue', { date: formatDate(measure.endDate, language) })} · <LocalizedText value={measure.plan.title} />
            </span>
          </>
        )}
      </ShortList>
      <ShortList title={t('start.documentsToReview')} items={mine.documentsToReview} empty={t('start.noDocumentsToReview')} keyOf={(document) => document.id}>
        {(document) => (
          <>
            <Link className="kern-link" to={`/documents/${document.id}/review`}>
              {document.title}
            </Link>
            <br />
            <span className="kern-body--small">{t('start.proposalsWaiting', { count: document.pendingProposals })}</span>
          </>
        )}
      </ShortList>
    </div>
  );
}

function ExchangeEntry({ exchange }: { exchange: ExchangeSummary }) {
  return (
    <>
      <Link className="kern-link" to={`/exchanges/${exchange.id}`}>
        <LocalizedText value={exchange.title} />
      </Link>
      <br />
      <span className="kern-body--small">
        <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} />
      </span>
    </>
  );
}

function DocumentEntry({ document }: { document: DocumentSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Link className="kern-link" to={`/documents/${document.id}`} lang={document.language}>
        {document.title}
      </Link>
      <br />
      <span className="kern-body--small">
        {t(`documents.kinds.${document.kind}`)}
        {document.language !== language && ` · ${t(`forms.inLanguage.${document.language}`)}`} ·{' '}
        {formatDate(document.sortDate, language)}
      </span>
    </>
  );
}
