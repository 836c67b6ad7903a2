import path from 'node:path';

export type IngestOutcome =
  | { file: string; status: 'created'; documentId: string; title: string; proposals: number }
  | { file: string; status: 'skipped'; documentId: string; title: string }
  | { file: string; status: 'failed'; reason: string };

export interface IngestReport {
  folder: string;
  workspace: { id: string; name: string };
  outcomes: IngestOutcome[];
}

export const countOf = (report: IngestReport, status: IngestOutcome['status']) => report.outcomes.filter((outcome) => outcome.status === status).length;

/** The summary printed at the end: the counts, then every file with what became of it. */
export function describeIngestReport(report: IngestReport): string {
  const name = (file: string) => path.relative(report.folder, file) || path.basename(file);
  const lines = [
    `Ingested ${report.outcomes.length} files into "${report.workspace.name}": ${countOf(report, 'created')} created, ` +
      `${countOf(report, 'skipped')} skipped as already ingested, ${countOf(report, 'failed')} failed.`,
  ];
  const section = (status: IngestOutcome['status'], heading: string, line: (outcome: IngestOutcome) => string) => {
    const outcomes = report.outcomes.filter((outcome) => outcome.status === status);
    if (outcomes.length === 0) return;
    lines.push(heading, ...outcomes.map((outcome) => `  ${name(outcome.file)}: ${line(outcome)}`));
  };
  section('created', 'Created:', (outcome) =>
    outcome.status === 'created' ? `"${outcome.title}" (${outcome.documentId})${outcome.proposals > 0 ? `, ${outcome.proposals} proposals to review` : ''}` : '',
  );
  section('skipped', 'Skipped (the same text is in the workspace already):', (outcome) => (outcome.status === 'skipped' ? `"${outcome.title}" (${outcome.documentId})` : ''));
  section('failed', 'Failed:', (outcome) => (outcome.status === 'failed' ? outcome.reason : ''));
  return lines.join('\n');
}
