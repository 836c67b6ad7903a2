import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SelectField } from '../../shell/SelectField';
import { ProfileName } from './ProfileName';
import { reasonText } from './reasonText';
import { RequestIntroduction } from './RequestIntroduction';
import { pickName } from '../../lib/pickName';
import type { SuggestionFilter } from './matchingApi';
import { useSuggestions } from './useMatching';
import { soughtPartnershipTypeValues } from '../../lib/api/enums';

const COUNTRIES = ['DE', 'UA', 'XK', 'PL'];

/** Partners suggested for one need, best first, each with its score and the reasons in words. */
export function SuggestionList({ profileId, needId, from }: { profileId: string; needId: string; from?: { id: string; workspaceId: string } }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filter, setFilter] = useState<SuggestionFilter>({});
  const suggestions = useSuggestions(profileId, needId, filter);
  return (
    <div className="matching-suggestions">
      <div className="form-row">
        <SelectField
          label={t('matching.filterCountry')}
          value={filter.country ?? ''}
          emptyLabel={t('matching.anyCountry')}
          options={COUNTRIES.map((code) => ({ value: code, label: countryName(code, language) }))}
          onChange={(country) => setFilter({ ...filter, country: country || undefined })}
        />
        <EnumSelectField
          label={t('matching.filterPartnershipType')}
          value={filter.partnershipType ?? ''}
          emptyLabel={t('matching.anyPartnershipType')}
          values={soughtPartnershipTypeValues}
          labels="matching.partnershipType"
          onChange={(partnershipType) => setFilter({ ...filter, partnershipType: partnershipType || undefined })}
        />
      </div>
      <p className="kern-body kern-body--small">{t('matching.howRanked')}</p>
      {suggestions.isPending && <LoadingState />}
      {suggestions.isError && <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />}
      {suggestions.data && suggestions.data.items.length === 0 && <p className="kern-body">{t('matching.noSuggestions')}</p>}
      {suggestions.data && suggestions.data.items.length > 0 && (
        <ol className="matching-suggestions__list" aria-label={t('matching.suggestionsLabel')}>
          {suggestions.data.items.map((suggestion) => (
            <li key={suggestion.profile.id} className="matching-suggestion">
              <p className="kern-body kern-body--bold">
                <Link to={`/matching/profiles/${suggestion.profile.id}`}>
                  <ProfileName profile={suggestion.profile} />
                </Link>{' '}
                <span className="kern-body--small">{t('matching.score', { score: formatNumber(Math.round(suggestion.score * 100), language) })}</span>
              </p>
              <ul className="matching-suggestion__reasons">
                {suggestion.reasons.map((reason) => (
                  <li key={reason.code}>{reasonText(reason, t, language)}</li>
                ))}
              </ul>
              {from && (
                <RequestIntroduction
                  from={from}
                  toProfileId={suggestion.profile.id}
                  needId={needId}
                  partnerName={
                    suggestion.profile.place
                      ? pickName(suggestion.profile.place.names, suggestion.profile.place.name, language).text
                      : suggestion.profile.organization
                        ? pickName(suggestion.profile.organization.names, suggestion.profile.organization.name, language).text
                        : (suggestion.profile.person?.displayName ?? '')
                  }
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
