import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../lib/forms/formErrorsOf';
import { RowSelect } from '../../shell/RowSelect';
import type { WorkspaceRole } from '../../lib/session/sessionTypes';
import { WORKSPACE_ROLES } from './workspaceRoles';
import { workspaceApi, type Member } from './workspaceApi';
import { useWorkspaceChanged } from './useWorkspaceChanged';

interface Props {
  workspaceId: string;
  member: Member;
}

/** An owner changes a member's role: choose, then confirm with the button (nothing changes on choosing alone). */
export function MemberRoleControl({ workspaceId, member }: Props) {
  const { t } = useTranslation();
  const workspaceChanged = useWorkspaceChanged();
  const [role, setRole] = useState<WorkspaceRole>(member.role);
  const change = useMutation({
    mutationFn: (next: WorkspaceRole) =>
      workspaceApi.changeMember(workspaceId, member.userId, { role: next }),
    onSuccess: workspaceChanged,
  });
  const error = change.isError ? formErrorsOf(change.error, {}, t) : null;
  return (
    <div className="member-role">
      <div className="kern-form-input__select-wrapper">
        <RowSelect
          label={t('members.roleOf', { name: member.displayName })}
          value={role}
          options={WORKSPACE_ROLES.map((candidate) => ({ value: candidate, label: t(`enums.workspaceRole.${candidate}`) }))}
          onChange={(chosen) => setRole(WORKSPACE_ROLES.find((candidate) => candidate === chosen) ?? member.role)}
        />
      </div>
      <button
        type="button"
        className="kern-btn kern-btn--secondary kern-btn--x-small"
        aria-label={t('members.changeRoleOf', { name: member.displayName })}
        aria-disabled={role === member.role || change.isPending || undefined}
        onClick={() => {
          if (role !== member.role && !change.isPending) change.mutate(role);
        }}
      >
        <span className="kern-label">{t('members.changeRole')}</span>
      </button>
      <span className="kern-body kern-body--small member-role__status" role="status">
        {change.isSuccess && t('members.roleChanged', { name: member.displayName, role: t(`enums.workspaceRole.${change.variables}`) })}
      </span>
      {error && (
        <span className="kern-error member-role__error" role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body kern-body--small">{error.general}</span>
        </span>
      )}
    </div>
  );
}
