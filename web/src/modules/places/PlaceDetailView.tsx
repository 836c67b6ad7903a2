import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { EditRow } from '../../shell/EditLink';
import { Badge } from '../../shell/Badge';
import { FactList } from '../../shell/FactList';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { InvolvementSection } from '../involvement/InvolvementSection';
import { LoadingState } from '../../shell/LoadingState';
import { MergeSection } from '../../shell/MergeSection';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { PlaceOrganizations } from '../organizations/PlaceOrganizations';
import { PlaceAutocomplete } from './PlaceAutocomplete';
import { PlaceTable } from './PlaceTable';
import type { PlaceDetail } from './placeApi';
import { MayCreate } from '../accounts/MayCreate';

// Leaflet and the base map load only when a place page shows a map.
const PlaceMap = lazy(() => import('./PlaceMap').then((module) => ({ default: module.PlaceMap })));

/** Country shapes are the only base layer, so towns are shown in their country and districts in their region. */
const ZOOM = { country: 4, state: 5, municipality: 6, district: 8, quarter: 9, area: 9 } as const;
const LANGUAGE_NAMES = ['de', 'en', 'uk'] as const;

export function PlaceDetailView({ place }: { place: PlaceDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = pickName(place.names, place.name, language).text;
  return (
    <>
      {place.ancestors.length > 0 && (
        <nav aria-label={t('places.lies')} className="breadcrumbs">
          <ol>
            {place.ancestors.map((ancestor) => (
              <li key={ancestor.id}>
                <Link className="kern-link" to={`/places/${ancestor.id}`}>
                  <PlaceName place={ancestor} />
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <PageHeading title={title}>
        <PlaceName place={place} />
      </PageHeading>
      <p className="badge-row">
        <Badge>{t(`enums.placeKind.${place.kind}`)}</Badge>
        {place.countryCode && <Badge>{countryName(place.countryCode, language)}</Badge>}
      </p>
      <EditRow to={`/places/${place.id}/edit`} canEdit={place.canEdit} />
      <Section title={t('places.facts')}>
        <FactList
          facts={[
            { label: t('places.localName'), value: place.name },
            ...LANGUAGE_NAMES.map((tag) => ({ label: t(`places.nameIn.${tag}`), value: place.names[tag] && <span lang={tag}>{place.names[tag]}</span> })),
            { label: t('places.aliases'), value: place.aliases.length > 0 && place.aliases.join(', ') },
            { label: t('places.population'), value: place.population !== null && formatNumber(place.population, language) },
            { label: t('places.geonamesId'), value: place.geonamesId !== null && String(place.geonamesId) },
            { label: t('places.ags'), value: place.ags },
            { label: t('places.katottg'), value: place.katottg },
            { label: t('places.isoCode'), value: place.isoCode },
          ]}
        />
      </Section>
      {place.latitude !== null && place.longitude !== null && (
        <Section title={t('places.map')}>
          <Suspense fallback={<LoadingState />}>
            <PlaceMap latitude={place.latitude} longitude={place.longitude} name={title} zoom={ZOOM[place.kind]} />
          </Suspense>
        </Section>
      )}
      <Section title={t('places.childrenTitle')}>
        {place.children.length > 0 ? (
          <>
            <p className="kern-body">{t('places.children', { count: place.childCount })}</p>
            <PlaceTable places={place.children} caption={t('places.childrenCaption', { name: title })} />
          </>
        ) : (
          <p className="kern-body">{t('places.noChildren')}</p>
        )}
        {place.childCount > place.children.length && <p className="kern-body">{t('places.moreChildren', { count: place.childCount - place.children.length })}</p>}
        {place.kind !== 'area' && (
          <p>
            <MayCreate>
              <Link className="kern-link" to={`/places/new?parentId=${place.id}`}>
                {t('places.addChild')}
              </Link>
            </MayCreate>
          </p>
        )}
      </Section>
      <Section title={t('places.organizations')}>
        <PlaceOrganizations placeId={place.id} />
      </Section>
      {place.canEdit && (
        <MergeSection
          collection="/places"
          recordId={place.id}
          picker={(onSelect) => <PlaceAutocomplete label={t('merge.into')} onSelect={(chosen) => onSelect(chosen && chosen.id !== place.id ? chosen.id : null)} />}
        />
      )}
      <InvolvementSection collection="places" id={place.id} />
      <RecordHistorySection path={`/places/${encodeURIComponent(place.id)}/history`} workspaceId={place.workspaceId} undoCollection="/places" />
    </>
  );
}
