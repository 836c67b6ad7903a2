import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../shell/Section';
import { PartnershipMapFigure } from '../partnerships/PartnershipMapFigure';
import type { StartPageData } from './startApi';

/** The partnerships as lines on the map, with a link to the full map and its list as text. */
export function StartMap({ map }: { map: StartPageData['map'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('start.mapTitle')}>
      {map.items.length === 0 ? (
        <p className="kern-body">{t('start.mapEmpty')}</p>
      ) : (
        <PartnershipMapFigure partnerships={map.items}>{map.more && ` ${t('start.mapMore')}`}</PartnershipMapFigure>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/partnerships/map">
          {t('start.mapLink')}
        </Link>
      </p>
    </Section>
  );
}
