import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { Section } from '../../shell/Section';
import { TextInLanguage } from '../../shell/TextInLanguage';
import type { PastExchange } from './matchingApi';

/** The exchanges an expert took part in or facilitated, as the exchanges record them. */
export function PastExchangesSection({ exchanges }: { exchanges: PastExchange[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Section title={t('matchingForms.pastExchanges')}>
      <p className="kern-body kern-body--small">{t('matchingForms.pastExchangesHint')}</p>
      {exchanges.length === 0 ? (
        <p className="kern-body">{t('matchingForms.noPastExchanges')}</p>
      ) : (
        <ul className="past-exchanges">
          {exchanges.map((exchange) => (
            <li key={exchange.id}>
              <Link to={`/exchanges/${exchange.id}`}>
                <TextInLanguage picked={pickText(exchange.title, language)} />
              </Link>{' '}
              ({formatDate(exchange.startDate, language)}) · {exchange.roles.map((role) => t(`matchingForms.exchangeRole.${role}`)).join(', ')}
              {exchange.themes.length > 0 ? ` · ${exchange.themes.map((theme) => pickText(theme.name, language).text).join(', ')}` : ''}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
