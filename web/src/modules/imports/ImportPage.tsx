import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fieldProblemText } from '../../lib/api/codeTexts';
import { FormAlert } from '../../shell/FormAlert';
import { PageHeading } from '../../shell/PageHeading';
import { RecordTable } from '../../shell/RecordTable';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { WorkspaceField } from '../../shell/WorkspaceField';
import { importApi } from './importApi';
import { importKindValues } from '../../lib/api/enums';
import { TextFileField } from '../../shell/TextFileField';

/** CSV import with a dry run first: every bad row is listed by line and column before anything is written. */
export function ImportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<(typeof importKindValues)[number]>(importKindValues.find((candidate) => candidate === params.get('kind')) ?? 'organizations');
  const [workspaceId, setWorkspaceId] = useState('');
  const [csv, setCsv] = useState('');
  const run = useMutation({
    mutationFn: (options: { dryRun: boolean; skipInvalid: boolean }) =>
      importApi.importCsv(kind, csv, { workspaceId, dryRun: options.dryRun ? 'true' : 'false', skipInvalid: options.skipInvalid ? 'true' : 'false' }),
  });
  const report = run.data;
  return (
    <>
      <PageHeading title={t('imports.title')}>{t('imports.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('imports.intro')}</p>
      <form className="record-form" onSubmit={(event) => event.preventDefault()}>
        <EnumSelectField label={t('imports.kind')} value={kind} values={importKindValues} labels="imports.kinds" onChange={(value) => setKind(value || 'organizations')} />
        <WorkspaceField value={workspaceId} onChange={setWorkspaceId} />
        <TextFileField label={t('imports.file')} hint={t(`imports.columns.${kind}`)} accept=".csv,text/csv" onText={setCsv} />
        <div className="button-row">
          <button type="button" className="kern-btn kern-btn--secondary" disabled={!csv || run.isPending} onClick={() => run.mutate({ dryRun: true, skipInvalid: false })}>
            <span className="kern-label">{t('imports.check')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--primary" disabled={!csv || run.isPending} onClick={() => run.mutate({ dryRun: false, skipInvalid: false })}>
            <span className="kern-label">{t('imports.run')}</span>
          </button>
          {report && report.invalidRows > 0 && report.validRows > 0 && (
            <button type="button" className="kern-btn kern-btn--tertiary" disabled={run.isPending} onClick={() => run.mutate({ dryRun: false, skipInvalid: true })}>
              <span className="kern-label">{t('imports.runValid', { count: report.validRows })}</span>
            </button>
          )}
        </div>
      </form>
      <FormAlert error={run.error} />
      {report && (
        <section className="page-section" aria-live="polite">
          <p className="kern-body">
            {t('imports.summary', { rows: report.rows, valid: report.validRows, invalid: report.invalidRows })}{' '}
            {report.dryRun ? t('imports.dryRunDone') : t('imports.created', { count: report.created })}
          </p>
          {report.issues.length > 0 && (
            <RecordTable
              caption={t('imports.issuesCaption')}
              rows={report.issues}
              rowKey={(_issue, index) => String(index)}
              rowHeader={false}
              columns={[
                { header: t('imports.line'), cell: (issue) => issue.line },
                { header: t('imports.column'), cell: (issue) => (issue.field === 'file' ? t('imports.wholeFile') : <code>{issue.field}</code>) },
                { header: t('imports.problem'), cell: (issue) => fieldProblemText(issue, t) },
              ]}
            />
          )}
        </section>
      )}
    </>
  );
}
