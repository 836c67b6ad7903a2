import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemText } from '../../lib/api/codeTexts';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { FormAlert } from '../../shell/FormAlert';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { areaApi, areaKeys, type MonitorDetail } from './areaApi';
import { TextFileField } from '../../shell/TextFileField';

/** Pastes or uploads a CSV of indicator values; a check first reports every bad row. */
export function ValuesImportSection({ monitor }: { monitor: MonitorDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState('');
  const language = useLanguage();
  const indicatorName = (key: string) => {
    const indicator = monitor.indicators.find((candidate) => candidate.key === key);
    return indicator ? pickText(indicator.name, language).text : key;
  };
  const quoted = (text: string) => (/[",;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  // Readers never see indicator keys: the columns are named by the indicators' names, which the import takes as well.
  const example = [t('areas.csvArea'), t('areas.csvPeriod'), ...monitor.indicators.map((indicator) => quoted(pickText(indicator.name, language).text))].join(',');
  const columnName = (field: string) => (field === 'file' ? t('imports.wholeFile') : field === 'area' ? t('areas.area') : field === 'period' ? t('areas.period') : indicatorName(field));
  const run = useMutation({
    mutationFn: (mode: 'check' | 'import' | 'skip') =>
      areaApi.importValues(monitor.id, csv, { dryRun: mode === 'check' ? 'true' : 'false', skipInvalid: mode === 'skip' ? 'true' : 'false' }),
    onSuccess: async (report) => {
      if (!report.dryRun) await queryClient.invalidateQueries({ queryKey: areaKeys.all });
    },
  });
  const report = run.data;
  const questions = (report?.issues ?? []).filter((issue) => issue.code === 'ambiguous_area');
  const otherIssues = (report?.issues ?? []).filter((issue) => issue.code !== 'ambiguous_area');
  const additions = (report?.areas ?? []).filter((entry) => entry.added);
  const matches = (report?.areas ?? []).filter((entry) => !entry.added);
  return (
    <Section title={t('areas.importTitle')}>
      <p className="kern-body">{t('areas.importHint', { columns: example })}</p>
      <TextFileField label={t('areas.importFile')} accept=".csv,text/csv" onText={setCsv} />
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-text`}>
          {t('areas.importText')}
        </label>
        <textarea id={`${id}-text`} className="kern-form-input__input text-area" rows={6} value={csv} placeholder={example} onChange={(event) => setCsv(event.target.value)} />
      </div>
      <p className="button-row">
        <button type="button" className="kern-btn kern-btn--secondary" disabled={run.isPending || csv.trim() === ''} onClick={() => run.mutate('check')}>
          <span className="kern-label">{t('areas.check')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--primary" disabled={run.isPending || csv.trim() === ''} onClick={() => run.mutate('import')}>
          <span className="kern-label">{t('areas.import')}</span>
        </button>
        {report && report.invalidRows > 0 && (
          <button type="button" className="kern-btn kern-btn--tertiary" disabled={run.isPending} onClick={() => run.mutate('skip')}>
            <span className="kern-label">{t('areas.importValid')}</span>
          </button>
        )}
      </p>
      <FormAlert error={run.error} />
      {report && (
        <div role="status" className="import-report">
          <p className="kern-body">
            {report.dryRun
              ? t('areas.reportChecked', { rows: report.rows, valid: report.validRows, invalid: report.invalidRows })
              : t('areas.reportWritten', { values: report.valuesWritten, areas: report.areasAdded, invalid: report.invalidRows })}
          </p>
          {questions.length > 0 && (
            <>
              <h3 className="kern-heading-small">{t('areas.questions')}</h3>
              <ul className="kern-list" aria-label={t('areas.questions')}>
                {questions.map((issue) => (
                  <li key={`${issue.line}-${issue.field}`} className="kern-body">
                    {t('areas.issue', { line: issue.line, field: columnName(issue.field), message: fieldProblemText(issue, t) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {otherIssues.length > 0 && (
            <ul className="kern-list">
              {otherIssues.map((issue) => (
                <li key={`${issue.line}-${issue.field}`} className="kern-body">
                  {t('areas.issue', { line: issue.line, field: columnName(issue.field), message: fieldProblemText(issue, t) })}
                </li>
              ))}
            </ul>
          )}
          {additions.length > 0 && (
            <>
              <h3 className="kern-heading-small">{report.dryRun ? t('areas.wouldBeAdded', { count: additions.length }) : t('areas.wereAdded', { count: additions.length })}</h3>
              <ul className="kern-list" aria-label={t('areas.additions')}>
                {additions.map((entry) => (
                  <li key={entry.line} className="kern-body">
                    {t('areas.matchLine', { line: entry.line, name: entry.name })} <PlaceName place={entry.area} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {matches.length > 0 && (
            <details className="import-report__matches">
              <summary className="kern-body">{t('areas.matchedCandidates', { count: matches.length })}</summary>
              <ul className="kern-list" aria-label={t('areas.matches')}>
                {matches.map((entry) => (
                  <li key={entry.line} className="kern-body">
                    {t('areas.matchLine', { line: entry.line, name: entry.name })} <PlaceName place={entry.area} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </Section>
  );
}
