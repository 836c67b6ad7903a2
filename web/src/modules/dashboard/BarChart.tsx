import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { shortenToWidth } from '../../lib/shortenToWidth';
import { useElementWidth } from '../../lib/useElementWidth';
import { useLanguage } from '../../lib/useLanguage';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

interface Props {
  title: string;
  /** What one bar counts, for the column head of the table ("Exchanges", "Participants"). */
  valueLabel: string;
  bars: Bar[];
  /** The sentence screen readers hear for the picture; the table below holds every figure. */
  summary: string;
}

const ROW = 28;
/** Drawn at the width shown (within these bounds), so the 14 px text stays 14 px on a phone. */
const MIN_WIDTH = 280;
const MAX_WIDTH = 768;
/** The labels' font (as `.chart__label` sets it), to shorten long names to the space left. */
const labelFont = () => `14px ${getComputedStyle(document.body).fontFamily}`;

/**
 * Horizontal bars as SVG: the picture is one described image, the same figures follow as a table
 * (behind a disclosure), so nothing depends on seeing the chart.
 */
export function BarChart({ title, valueLabel, bars, summary }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [figure, shownWidth] = useElementWidth<HTMLElement>(640);
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, shownWidth));
  const labelWidth = Math.round(Math.min(230, width * 0.42));
  const font = labelFont();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(ROW, bars.length * ROW) + 8;
  const scale = (width - labelWidth - 60) / max;
  return (
    <figure ref={figure} className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="kern-heading-small">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="kern-body">{t('dashboard.noData')}</p>
      ) : (
        <>
          <svg className="chart__svg" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }} role="img" aria-label={summary} preserveAspectRatio="xMinYMin meet">
            {bars.map((bar, index) => {
              const y = index * ROW + 4;
              const barWidth = Math.max(2, bar.value * scale);
              return (
                <g key={bar.key}>
                  <text className="chart__label" x={labelWidth - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
                    {shortenToWidth(bar.label, labelWidth - 12, font)}
                  </text>
                  <rect className="chart__bar" x={labelWidth} y={y + 4} width={barWidth} height={ROW - 10} rx={2} />
                  <text className="chart__value" x={labelWidth + barWidth + 6} y={y + ROW / 2} dominantBaseline="middle">
                    {formatNumber(bar.value, language)}
                  </text>
                </g>
              );
            })}
          </svg>
          <details className="chart__data">
            <summary className="kern-link">{t('dashboard.showTable')}</summary>
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{title}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('dashboard.category')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{valueLabel}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {bars.map((bar) => (
                  <tr key={bar.key} className="kern-table__row">
                    <th scope="row" className="kern-table__header">{bar.label}</th>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(bar.value, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
