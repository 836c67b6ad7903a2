import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { EditLink } from '../../shell/EditLink';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { BadgeRow } from '../../shell/BadgeRow';
import { FactList } from '../../shell/FactList';
import { FormAlert } from '../../shell/FormAlert';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { InvolvementSection } from '../involvement/InvolvementSection';
import { OrganizationName } from '../../shell/OrganizationName';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { personApi, personKeys, type PersonDetail } from './personApi';
import { usePerson } from './usePerson';
import { ItemList } from '../../shell/ItemList';

export function PersonDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = usePerson(id);
  return (
    <RecordDetailFrame back={{ to: '/people', label: t('people.backToList') }} query={query} fallbackTitle={t('people.detailFallbackTitle')}>
      {(record) => <PersonDetailView person={record} />}
    </RecordDetailFrame>
  );
}

function PersonDetailView({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const erase = useMutation({
    mutationFn: () => personApi.erase(person.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: personKeys.all }),
  });
  const languageNames = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'de'], { type: 'language' });
  const title = person.erased ? t('people.anonymised') : person.displayName;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <BadgeRow themes={person.themes} />
      {person.canEdit && !person.erased && (
        <p className="button-row">
          <EditLink to={`/people/${person.id}/edit`} />
          <a className="kern-btn kern-btn--tertiary" href={`/api/people/${person.id}/export`} download>
            <span className="kern-label">{t('people.exportData')}</span>
          </a>
        </p>
      )}
      <Section title={t('people.facts')}>
        <FactList
          facts={[
            { label: t('people.email'), value: person.email && <a className="kern-link" href={`mailto:${person.email}`}>{person.email}</a> },
            { label: t('people.phone'), value: person.phone },
            { label: t('people.languages'), value: person.languages.length > 0 && person.languages.map((code) => languageNames.of(code) ?? code).join(', ') },
            { label: t('people.notes'), value: person.notes },
          ]}
        />
      </Section>
      <Section title={t('people.affiliations')}>
        <ItemList items={person.affiliations} keyOf={(affiliation) => affiliation.id} empty={t('people.noAffiliations')} itemClassName="">
          {(affiliation) => (
            <>
              {affiliation.organization && (
                <Link className="kern-link" to={`/organizations/${affiliation.organization.id}`}>
                  <OrganizationName organization={affiliation.organization} />
                </Link>
              )}
              {affiliation.role && ` – ${affiliation.role}`}
              {(affiliation.from || affiliation.to) &&
                ` (${[affiliation.from && formatDate(affiliation.from, language, 'medium'), affiliation.to ? formatDate(affiliation.to, language, 'medium') : t('people.today')].filter(Boolean).join(' – ')})`}
            </>
          )}
        </ItemList>
      </Section>
      <Section title={t('people.consent')}>
        {person.consent ? (
          <FactList
            facts={[
              { label: t('people.consentBasis'), value: t(`enums.consentBasis.${person.consent.basis}`) },
              { label: t('people.consentObtainedOn'), value: person.consent.obtainedOn && formatDate(person.consent.obtainedOn, language) },
              { label: t('people.consentNote'), value: person.consent.note },
              { label: t('people.consentRecordedBy'), value: person.consent.recordedBy },
            ]}
          />
        ) : (
          <p className="kern-body">{person.erased ? t('people.erasedNotice') : person.selfEntered ? t('people.selfEntered') : t('people.noConsent')}</p>
        )}
      </Section>
      {person.canEdit && !person.erased && (
        <Section title={t('people.erase')}>
          <p className="kern-body">{t('people.eraseExplanation')}</p>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              if (window.confirm(t('people.eraseConfirm'))) erase.mutate();
            }}
            disabled={erase.isPending}
          >
            <span className="kern-label">{t('people.eraseButton')}</span>
          </button>
          <FormAlert error={erase.error} />
        </Section>
      )}
      <InvolvementSection collection="people" id={person.id} />
      <RecordHistorySection path={`/people/${encodeURIComponent(person.id)}/history`} workspaceId={person.workspaceId} undoCollection="/people" />
    </>
  );
}
