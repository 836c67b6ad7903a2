import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldError } from '../../lib/fieldError';
import { InputField } from '../../shell/InputField';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { useMayCreate } from '../accounts/MayCreate';
import { useSession } from '../accounts/useSession';
import { introductionApi, introductionKeys } from './matchingApi';

interface Props {
  /** The profile the introduction is asked for, and its workspace. */
  from: { id: string; workspaceId: string };
  toProfileId: string;
  needId?: string;
  /** Names the partner, for the button's accessible name. */
  partnerName: string;
}

/**
 * Asks to be introduced to a suggested partner. A member of the profile's workspace asks for it;
 * anyone else (an agency) brokers on its behalf from a workspace of their own, and both sides answer.
 */
export function RequestIntroduction({ from, toProfileId, needId, partnerName }: Props) {
  const { t } = useTranslation();
  const mayCreate = useMayCreate();
  const { workspaces } = useSession();
  const queryClient = useQueryClient();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [proposedDate, setProposedDate] = useState('');
  const ownSide = workspaces.some((workspace) => workspace.id === from.workspaceId && workspace.role !== 'guest');
  const [brokerWorkspaceId, setBrokerWorkspaceId] = useState('');
  const send = useMutation({
    mutationFn: () =>
      introductionApi.request({
        workspaceId: ownSide ? from.workspaceId : brokerWorkspaceId,
        fromProfileId: from.id,
        toProfileId,
        needId: needId ?? null,
        message,
        proposedDate: proposedDate || null,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: introductionKeys.all }),
  });
  if (!mayCreate) return null;
  if (send.data) {
    return (
      <p className="kern-body" role="status">
        {t('introductions.sent')} <Link to={`/matching/introductions/${send.data.id}`}>{t('introductions.openIntroduction')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="kern-btn kern-btn--secondary" aria-label={t('introductions.requestWith', { name: partnerName })} onClick={() => setOpen(true)}>
        <span className="kern-label">{t('introductions.request')}</span>
      </button>
    );
  }
  return (
    <form
      className="record-form introduction-request"
      aria-label={t('introductions.requestWith', { name: partnerName })}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      {!ownSide && (
        <>
          <p className="kern-body">{t('introductions.brokerHint')}</p>
          <WorkspaceField value={brokerWorkspaceId} onChange={setBrokerWorkspaceId} error={fieldError(send.error, 'body.workspaceId')} />
        </>
      )}
      <InputField id={`${formId}-message`} label={t('introductions.message')} multiline required value={message} onChange={setMessage} error={fieldError(send.error, 'body.message')} maxLength={4000} />
      <InputField label={t('introductions.proposedDate')} type="date" value={proposedDate} onChange={setProposedDate} error={fieldError(send.error, 'body.proposedDate')} />
      <SaveFailedAlert error={send.error} />
      <div className="button-row">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={send.isPending}>
          <span className="kern-label">{t('introductions.send')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setOpen(false)}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
