import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { matchingApi, matchingKeys, type MatchingItem } from './matchingApi';

/** For those who may edit the profile: change a need or offer, or withdraw it. */
export function ItemOwnerActions({ profileId, item, title }: { profileId: string; item: MatchingItem; title: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => matchingApi.removeItem(profileId, item.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchingKeys.all }),
  });
  return (
    <div className="button-row">
      <Link className="kern-btn kern-btn--secondary kern-btn--x-small" to={`/matching/profiles/${profileId}/items/${item.id}/edit`} aria-label={t('matchingForms.changeNamed', { title })}>
        <span className="kern-label">{t('matchingForms.change')}</span>
      </Link>
      <ConfirmButton
        small
        label={t('matchingForms.withdraw')}
        accessibleLabel={t('matchingForms.withdrawNamed', { title })}
        question={t(`matchingForms.withdrawQuestion.${item.direction}`)}
        confirmLabel={t('matchingForms.withdrawConfirm')}
        pending={withdraw.isPending}
        onConfirm={() => withdraw.mutate()}
      />
      <SaveFailedAlert error={withdraw.error} />
    </div>
  );
}
