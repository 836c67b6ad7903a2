import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { EditLink } from '../../shell/EditLink';
import { BackLink } from '../../shell/BackLink';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { PlaceName } from '../../shell/PlaceName';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { Section } from '../../shell/Section';
import { ExchangeDates } from '../exchanges/ExchangeDates';
import { SeriesPart } from '../exchanges/SeriesPart';
import { ProgrammePartForm } from './ProgrammePartForm';
import { exchangeKeys } from '../exchanges/exchangeApi';
import { partnershipKeys } from '../partnerships/partnershipApi';
import { programmeApi, programmeKeys, type ProgrammeDetail } from './programmeApi';
import { useProgramme } from './useProgramme';

export function ProgrammePage() {
  const { id } = useParams();
  const query = useProgramme(id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <ProgrammeView programme={query.data} />;
}

/** A visit programme: its parts in order on a timeline, each "part n of m", and what those allowed may change. */
function ProgrammeView({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: programmeKeys.all });
    await queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
      // The partnership's timeline and its parent's "latest activity" show the parts too.
      await queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
  };
  const reorder = useMutation({
    mutationFn: (exchangeIds: string[]) => programmeApi.reorderParts(programme.id, exchangeIds),
    onSuccess: refresh,
  });
  const removePart = useMutation({ mutationFn: (exchangeId: string) => programmeApi.removePart(programme.id, exchangeId), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: () => programmeApi.remove(programme.id),
    onSuccess: async () => {
      await refresh();
      await navigate(programme.partnership ? `/partnerships/${programme.partnership.id}` : '/exchanges');
    },
  });
  const title = pickText(programme.title, language).text;
  const move = (index: number, by: -1 | 1) => {
    const ids = programme.parts.map((part) => part.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    reorder.mutate(ids);
  };

  return (
    <>
      <BackLink to={programme.partnership ? `/partnerships/${programme.partnership.id}` : '/exchanges'}>
        {programme.partnership ? pickText(programme.partnership.title, language).text : t('exchanges.backToList')}
      </BackLink>
      <PageHeading title={title}>
        <LocalizedText value={programme.title} />
      </PageHeading>
      <p className="kern-body kern-body--large page-intro">
        {programme.plannedParts !== null
          ? t('programmes.partsOfPlanned', { count: programme.plannedParts, recorded: programme.parts.length })
          : t('programmes.partsOpen', { count: programme.parts.length })}
      </p>
      {programme.canEdit && (
        <div className="button-row">
          <EditLink to={`/programmes/${programme.id}/edit`} />
          <ConfirmButton
            label={t('common.delete')}
            question={programme.parts.length > 0 ? t('programmes.deleteWithPartsQuestion', { title, count: programme.parts.length }) : t('programmes.deleteQuestion', { title })}
            confirmLabel={t('common.delete')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      )}
      <SaveFailedAlert error={remove.error ?? reorder.error ?? removePart.error} />
      <Section title={t('programmes.parts')}>
        {programme.parts.length === 0 ? (
          <p className="kern-body">{t('programmes.noParts')}</p>
        ) : (
          <ol className="timeline">
            {programme.parts.map((part, index) => (
              <li key={part.id} className="timeline__item timeline__item--exchange">
                <p className="kern-body kern-body--bold timeline__date">
                  <ExchangeDates startDate={part.startDate} endDate={part.endDate} />
                </p>
                <h3 className="kern-heading-small timeline__title">
                  <Link className="kern-link" to={`/exchanges/${part.id}`}>
                    <LocalizedText value={part.title} />
                  </Link>
                </h3>
                <p className="kern-body kern-body--small timeline__meta">
                  {part.series && <SeriesPart series={part.series} />}
                  {' · '}
                  {t(`enums.exchangeKind.${part.kind}`)}
                  {part.venue && (
                    <>
                      {' · '}
                      <PlaceName place={part.venue} />
                    </>
                  )}
                </p>
                {programme.canEdit && (
                  <div className="button-row">
                    <button
                      type="button"
                      className="kern-btn kern-btn--tertiary kern-btn--x-small"
                      disabled={index === 0 || reorder.isPending}
                      aria-label={t('programmes.moveEarlierLabel', { title: pickText(part.title, language).text })}
                      onClick={() => move(index, -1)}
                    >
                      <span className="kern-label">{t('programmes.moveEarlier')}</span>
                    </button>
                    <button
                      type="button"
                      className="kern-btn kern-btn--tertiary kern-btn--x-small"
                      disabled={index === programme.parts.length - 1 || reorder.isPending}
                      aria-label={t('programmes.moveLaterLabel', { title: pickText(part.title, language).text })}
                      onClick={() => move(index, 1)}
                    >
                      <span className="kern-label">{t('programmes.moveLater')}</span>
                    </button>
                    <ConfirmButton
                      small
                      label={t('programmes.removePart')}
                      accessibleLabel={t('programmes.removePartLabel', { title: pickText(part.title, language).text })}
                      question={t('programmes.removePartQuestion', { title: pickText(part.title, language).text })}
                      confirmLabel={t('programmes.removePart')}
                      pending={removePart.isPending}
                      onConfirm={() => removePart.mutate(part.id)}
                    />
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
        {programme.canEdit && !adding && (
          <div className="button-row">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAdding(true)}>
              <span className="kern-label">{t('programmes.addPart')}</span>
            </button>
          </div>
        )}
        {adding && <ProgrammePartForm programme={programme} onDone={() => setAdding(false)} />}
      </Section>
    </>
  );
}
