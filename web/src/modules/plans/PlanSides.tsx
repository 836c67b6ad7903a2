import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { FormAlert } from '../../shell/FormAlert';
import { Section } from '../../shell/Section';
import { planApi, type PlanDetail } from './planApi';
import { SideInvitation } from './SideInvitation';
import { sideName } from './sideName';
import { usePlanChange } from './usePlanChange';
import { RecordTable } from '../../shell/RecordTable';
import { ItemList } from '../../shell/ItemList';

/** The partner sides: who may agree for each, who has agreed and when, what is missing, and the buttons to agree or withdraw. */
export function PlanSides({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const agree = usePlanChange(plan.id, (sideId: string) => planApi.agree(plan.id, sideId));
  const withdraw = usePlanChange(plan.id, (sideId: string) => planApi.withdrawAgreement(plan.id, sideId));
  const open = plan.status === 'draft';
  const missing = open ? plan.sides.filter((side) => !side.agreement?.current) : [];
  return (
    <Section title={t('plans.agreement')}>
      <p className="kern-body">{open ? t('plans.agreementHintDraft') : t('plans.agreementHintAgreed', { version: plan.currentVersion ?? '' })}</p>
      {open && (
        <div className="agreement-missing" role="status">
          <ItemList items={missing} keyOf={(side) => side.id} empty={t('plans.nothingMissing')}>
            {(side) => (
              <>
                {t('plans.missingAgreement', { side: sideName(side, language) })}
              </>
            )}
          </ItemList>
        </div>
      )}
      <RecordTable
        caption={t('plans.agreement')}
        rows={plan.sides}
        columns={[
          { header: t('plans.side'), cell: (side) => sideName(side, language) },
          { header: t('plans.whoAgrees'), cell: (side) => t('plans.whoAgreesFor', { workspace: side.workspace.name }) },
          {
            header: t('plans.agreementState'),
            cell: (side) =>
              side.agreement
                ? side.agreement.current || !open
                  ? t('plans.agreedBy', { name: side.agreement.userName, date: formatDateTime(side.agreement.agreedAt, language) })
                  : t('plans.agreedEarlier', { name: side.agreement.userName })
                : t('plans.notAgreed'),
          },
          {
            header: t('plans.actions'),
            hiddenHeader: true,
            cell: (side) => (
              <>
                {side.canAgree && (
                  <button type="button" className="kern-btn kern-btn--primary kern-btn--small" disabled={agree.isPending} onClick={() => agree.mutate(side.id)}>
                    <span className="kern-label">{t('plans.agreeFor', { side: sideName(side, language) })}</span>
                  </button>
                )}
                {side.canWithdraw && (
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" disabled={withdraw.isPending} onClick={() => withdraw.mutate(side.id)}>
                    <span className="kern-label">{t('plans.withdraw', { side: sideName(side, language) })}</span>
                  </button>
                )}
                {open && side.agreeBlocker && side.agreeBlocker !== 'agreed' && (
                  <p className="kern-body kern-body--small">{t(`plans.agreeBlocker.${side.agreeBlocker}`, { workspace: side.workspace.name })}</p>
                )}
              </>
            ),
          },
        ]}
      />
      <FormAlert error={agree.error ?? withdraw.error} />
      {missing
        .filter((side) => side.canInvite)
        .map((side) => (
          <SideInvitation key={side.id} side={side} />
        ))}
      {missing
        .filter((side) => side.inviteBlocker === 'not_coordinator' || side.inviteBlocker === 'read_only_token')
        .map((side) => (
          <p key={side.id} className="kern-body kern-body--small">
            {t(`plans.inviteBlocker.${side.inviteBlocker === 'read_only_token' ? 'read_only_token' : 'not_coordinator'}`, { side: sideName(side, language), workspace: side.workspace.name })}
          </p>
        ))}
    </Section>
  );
}

