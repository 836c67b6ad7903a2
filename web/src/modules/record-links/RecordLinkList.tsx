import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../lib/pickText';
import { pickTitle } from '../../lib/pickTitle';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { LocalizedText } from '../../shell/LocalizedText';
import { RecordTitle } from '../../shell/RecordTitle';
import { recordLinkApi, type RecordLink } from './recordLinkApi';

/** The link in words from the page's side: "Begleitet" on the trip, "Begleitet von" on the congress. */
export function linkLabel(link: RecordLink, t: TFunction): string {
  if (link.kind !== 'project') return t(`recordLinks.kinds.${link.kind}.${link.direction}`);
  if (link.direction === 'outgoing') return t(link.outcome ? 'recordLinks.outcomeForProject' : 'recordLinks.kinds.project.outgoing');
  if (link.outcome) return t('recordLinks.outcomeOfExchange');
  return t(link.record.recordType === 'action_plan' ? 'recordLinks.planOfProject' : 'recordLinks.exchangeOfProject');
}

function LinkItem({ link }: { link: RecordLink }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => recordLinkApi.remove(link),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const title = pickTitle(link.record.title, language).text;
  return (
    <li className="link-list__item">
      <span className="kern-body">
        {linkLabel(link, t)}:{' '}
        <Link className="kern-link" to={link.record.path}>
          <RecordTitle value={link.record.title} />
        </Link>
        {link.outcome && (
          <>
            {' – '}
            <LocalizedText value={link.outcome.text} />
          </>
        )}
      </span>{' '}
      {link.canRemove && (
        <ConfirmButton
          small
          label={t('common.remove')}
          accessibleLabel={t('recordLinks.remove', { title })}
          question={t('recordLinks.removeQuestion', { title, outcome: link.outcome ? pickText(link.outcome.text, language).text : '' })}
          confirmLabel={t('common.remove')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      )}
      <FormAlert error={remove.error} />
    </li>
  );
}

/** Links of a record as a list; nothing when there are none. */
export function RecordLinkList({ links }: { links: RecordLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="link-list">
      {links.map((link) => (
        <LinkItem key={link.id} link={link} />
      ))}
    </ul>
  );
}
