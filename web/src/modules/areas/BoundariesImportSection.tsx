import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldProblemText, fieldProblemsOf } from '../../lib/api/codeTexts';
import { FormAlert } from '../../shell/FormAlert';
import { Section } from '../../shell/Section';
import { areaApi, areaKeys, type MonitorDetail } from './areaApi';
import { TextFileField } from '../../shell/TextFileField';

const FEATURE_FIELD = /^body\.features\.(\d+)\.(geometry|properties)/;

/** Uploads the candidate areas' boundaries as GeoJSON, for the ranking map; each refused feature is named by its number. */
export function BoundariesImportSection({ monitor }: { monitor: MonitorDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (text: string) => areaApi.importBoundaries(monitor.id, text),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: areaKeys.boundaries(monitor.id) });
    },
  });
  const problems = fieldProblemsOf(upload.error).flatMap((problem) => {
    const match = FEATURE_FIELD.exec(problem.field);
    if (!match) return [];
    const what = match[2] === 'geometry' ? t('areas.featureShape') : t('areas.featureName');
    return [{ key: `${problem.field}-${problem.code}`, text: t('areas.featureIssue', { number: Number(match[1]) + 1, what, message: fieldProblemText(problem, t) }) }];
  });
  return (
    <Section title={t('areas.boundariesTitle')}>
      <p className="kern-body">{t('areas.boundariesHint')}</p>
      <TextFileField label={t('areas.boundariesFile')} accept=".geojson,.json,application/geo+json,application/json" disabled={upload.isPending} onText={(text) => upload.mutate(text)} clearAfterReading />
      {problems.length > 0 ? (
        <ul className="kern-list" role="alert">
          {problems.map((problem) => (
            <li key={problem.key} className="kern-body kern-error">
              {problem.text}
            </li>
          ))}
        </ul>
      ) : (
        <FormAlert error={upload.error} />
      )}
      {upload.data && (
        <p role="status" className="kern-body">
          {t('areas.boundariesImported', { count: upload.data.areas })}
        </p>
      )}
    </Section>
  );
}
