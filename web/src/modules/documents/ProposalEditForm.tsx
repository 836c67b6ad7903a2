import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../lib/fieldError';
import { useLanguage } from '../../lib/useLanguage';
import { InlineForm } from '../../shell/InlineForm';
import { InputField } from '../../shell/InputField';
import { RadioGroup } from '../../shell/RadioGroup';
import { SelectField } from '../../shell/SelectField';
import { pickTitle } from '../../lib/pickTitle';
import { candidateFactsText } from './candidateFactsText';
import { organizationKindValues } from '../../lib/api/enums';
import type { AcceptInput, Proposal } from './documentApi';

const CREATABLE = new Set(['exchange', 'organization', 'funding_programme', 'partnership']);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

interface Props {
  proposal: Proposal;
  pending: boolean;
  error: unknown;
  onAccept: (input: AcceptInput) => void;
  onCancel: () => void;
}

/** Accepting otherwise than suggested: another candidate, or a new record with its name or dates edited. */
export function ProposalEditForm({ proposal, pending, error, onAccept, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const found = proposal.proposal;
  const candidates = proposal.suggestion?.candidates ?? [];
  const canCreate = CREATABLE.has(proposal.field);
  const [choice, setChoice] = useState(proposal.suggestion?.action === 'create' || candidates.length === 0 ? 'create' : (proposal.suggestion?.recordId ?? candidates[0]?.id ?? 'create'));
  const [name, setName] = useState(text(found.name));
  const [shortName, setShortName] = useState(text(found.shortName));
  const [kind, setKind] = useState(text(found.kind));
  const [title, setTitle] = useState(proposal.field === 'partnership' ? '' : text(found.title));
  const [startDate, setStartDate] = useState(text(found.startDate));
  const [endDate, setEndDate] = useState(text(found.endDate));
  const [since, setSince] = useState(typeof found.since === 'number' ? String(found.since) : '');

  const options = [
    ...candidates.map((candidate) => ({
      value: candidate.id,
      label: t('review.linkTo', { title: pickTitle(candidate.title, language).text }) + (candidateFactsText(candidate, t, language) ? ` (${candidateFactsText(candidate, t, language)})` : ''),
    })),
    ...(canCreate ? [{ value: 'create', label: t('review.createNew') }] : []),
  ];

  const input = (): AcceptInput => {
    if (choice !== 'create') return { action: 'link', recordId: choice };
    switch (proposal.field) {
      case 'organization':
        return { action: 'create', name: name.trim(), shortName: shortName.trim() || null, organizationKind: organizationKindValues.find((candidate) => candidate === kind) };
      case 'funding_programme':
        return { action: 'create', name: name.trim() };
      case 'exchange':
        return { action: 'create', title: title.trim() || undefined, startDate: startDate || undefined, endDate: endDate || undefined };
      case 'partnership':
        return { action: 'create', title: title.trim() || undefined, since: since ? Number(since) : null };
      default:
        return { action: 'create' };
    }
  };

  return (
    <InlineForm onSubmit={() => onAccept(input())} pending={pending} incomplete={options.length === 0} submitLabel={t('review.acceptEdited')} onCancel={onCancel} small>
      {options.length > 0 ? (
        <RadioGroup id={`proposal-${proposal.id}-choice`} legend={t('review.chooseRecord')} value={choice} options={options} onChange={setChoice} />
      ) : (
        <p className="kern-body">{t('review.noCandidates')}</p>
      )}
      {choice === 'create' && (proposal.field === 'organization' || proposal.field === 'funding_programme') && (
        <InputField label={t('review.name')} required value={name} onChange={setName} error={fieldError(error, 'body.name')} />
      )}
      {choice === 'create' && proposal.field === 'organization' && (
        <div className="form-row">
          <InputField label={t('review.shortName')} value={shortName} onChange={setShortName} error={fieldError(error, 'body.shortName')} />
          <SelectField
            label={t('review.organizationKind')}
            value={kind}
            emptyLabel={t('forms.choose')}
            options={organizationKindValues.map((value) => ({ value, label: t(`enums.organizationKind.${value}`) }))}
            onChange={setKind}
          />
        </div>
      )}
      {choice === 'create' && (proposal.field === 'exchange' || proposal.field === 'partnership') && (
        <InputField label={t('review.recordTitle')} hint={proposal.field === 'partnership' ? t('review.partnershipTitleHint') : undefined} value={title} onChange={setTitle} error={fieldError(error, 'body.title')} />
      )}
      {choice === 'create' && proposal.field === 'exchange' && (
        <div className="form-row">
          <InputField label={t('review.startDate')} type="date" value={startDate} onChange={setStartDate} error={fieldError(error, 'body.startDate')} />
          <InputField label={t('review.endDate')} type="date" value={endDate} onChange={setEndDate} error={fieldError(error, 'body.endDate')} />
        </div>
      )}
      {choice === 'create' && proposal.field === 'partnership' && (
        <InputField label={t('review.sinceYear')} type="number" value={since} onChange={setSince} error={fieldError(error, 'body.since')} />
      )}
    </InlineForm>
  );
}
