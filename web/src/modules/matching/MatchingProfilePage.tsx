import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { formatNumber } from '../../lib/formatNumber';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { FactList } from '../../shell/FactList';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { TextInLanguage } from '../../shell/TextInLanguage';
import { ItemOwnerActions } from './ItemOwnerActions';
import type { MatchingItem } from './matchingApi';
import { PastExchangesSection } from './PastExchangesSection';
import { ProfileName } from './ProfileName';
import { languageName } from './reasonText';
import { MayCreate } from '../accounts/MayCreate';
import { AddOfferForm } from './AddOfferForm';
import { RequestFromProfile } from './RequestFromProfile';
import { SuggestionList } from './SuggestionList';
import { useMatchingProfile } from './useMatching';

/** A published profile: its facts, its needs with suggested partners, and its offers. */
export function MatchingProfilePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const profile = useMatchingProfile(id);
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;
  const title = <ProfileName profile={data} />;
  const itemTitle = (item: MatchingItem) =>
    `${item.theme ? pickText(item.theme.name, language).text : ''} – ${t(`matching.kind.${item.kind}`)}`;
  return (
    <>
      <BackLink to="/matching">{t('matching.backToList')}</BackLink>
      <PageHeading title={t('matching.profileTitle')}>{title}</PageHeading>
      {data.canEdit && (
        <div className="button-row">
          <Link className="kern-btn kern-btn--secondary" to={`/matching/profiles/${data.id}/edit`}>
            <span className="kern-label">{t('matchingForms.editProfile')}</span>
          </Link>
        </div>
      )}
      <FactList
        facts={[
          { label: t('matching.subject'), value: t(`matching.subjectKind.${data.subject}`) },
          { label: t('matching.population'), value: data.population !== null ? formatNumber(data.population, language) : null },
          { label: data.subject === 'expert' ? t('matchingForms.expertLanguages') : t('matching.languages'), value: data.languages.map((code) => languageName(code, language)).join(', ') || null },
          { label: t('matching.partnershipTypes'), value: data.partnershipTypes.map((type) => t(`matching.partnershipType.${type}`)).join(', ') || null },
          { label: data.subject === 'expert' ? t('matchingForms.expertiseThemes') : t('matchingForms.profileThemes'), value: data.themes.map((theme) => pickText(theme.name, language).text).join(', ') || null },
          { label: t('matchingForms.availability'), value: data.availability },
          { label: t('matching.contactPerson'), value: data.contactPerson?.displayName },
          { label: t('matching.visibility'), value: t(`enums.visibility.${data.visibility}`) },
        ]}
      />
      {!data.canEdit && (
        <MayCreate>
          <Section title={t('introductions.request')}>
            <RequestFromProfile profile={data} />
          </Section>
        </MayCreate>
      )}
      <Section title={t('matching.needs')}>
        {data.canEdit && <AddItemLink profileId={data.id} direction="need" />}
        {data.needs.length === 0 && <p className="kern-body">{t('matching.noNeeds')}</p>}
        {data.needs.map((need) => (
          <article key={need.id} className="matching-need" aria-label={itemTitle(need)}>
            <h3 className="kern-heading-small">{itemTitle(need)}</h3>
            <p className="kern-body">
              <TextInLanguage picked={pickText(need.description, language)} />
            </p>
            <p className="kern-body kern-body--small">
              {t(`matching.urgency.${need.urgency}`)}
              {need.until ? ` · ${t('matching.untilDate', { date: formatDate(need.until, language) })}` : ''}
            </p>
            {data.canEdit && <ItemOwnerActions profileId={data.id} item={need} title={itemTitle(need)} />}
            <h4 className="kern-heading-small">{t('matching.suggestions')}</h4>
            <SuggestionList profileId={data.id} needId={need.id} from={{ id: data.id, workspaceId: data.workspaceId }} />
          </article>
        ))}
      </Section>
      <Section title={t('matching.offers')}>
        {data.canEdit && <AddItemLink profileId={data.id} direction="offer" />}
        {data.offers.length === 0 && <p className="kern-body">{t('matching.noOffers')}</p>}
        <ul>
          {data.offers.map((offer) => (
            <li key={offer.id}>
              <strong>{itemTitle(offer)}</strong>: <TextInLanguage picked={pickText(offer.description, language)} />
              {data.canEdit && <ItemOwnerActions profileId={data.id} item={offer} title={itemTitle(offer)} />}
            </li>
          ))}
        </ul>
        {data.canEdit && <AddOfferForm profileId={data.id} />}
      </Section>
      {data.subject === 'expert' && <PastExchangesSection exchanges={data.pastExchanges} />}
    </>
  );
}

function AddItemLink({ profileId, direction }: { profileId: string; direction: 'need' | 'offer' }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Link className="kern-btn kern-btn--secondary" to={`/matching/profiles/${profileId}/${direction}s/new`}>
        <span className="kern-label">{t(`matchingForms.add.${direction}`)}</span>
      </Link>
    </div>
  );
}
