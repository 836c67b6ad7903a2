import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/formatNumber';
import { useElementWidth } from '../../lib/useElementWidth';
import { useLanguage } from '../../lib/useLanguage';
import type { ExchangeKind } from '../exchanges/exchangeApi';
import { TableScroll } from '../../shell/TableScroll';

export interface YearCount {
  year: number;
  kind: string;
  count: number;
}

interface Props {
  title: string;
  rows: YearCount[];
  from: number;
  to: number;
}

const HEIGHT = 220;
const BOTTOM = 28;
const LEFT = 36;
/** At most this many kinds get a colour of their own; the rest are shown together. */
const SERIES = 6;
/** Room one year label needs, so labels never overlap: on a narrow screen every second or third year is named. */
const LABEL_ROOM = 44;

/**
 * Exchanges per year as stacked columns, one colour per kind of exchange, with a legend; the
 * same figures follow as a table (year × kind).
 */
export function YearChart({ title, rows, from, to }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [figure, shownWidth] = useElementWidth<HTMLElement>(480);
  const years = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.kind, (totals.get(row.kind) ?? 0) + row.count);
  const kinds = [...totals].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
  const shown = kinds.slice(0, SERIES);
  const seriesOf = (kind: string) => (shown.includes(kind) ? kind : 'other');
  const series = kinds.length > SERIES ? [...shown, 'other'] : shown;
  const count = (year: number, kind: string) => rows.filter((row) => row.year === year && seriesOf(row.kind) === kind).reduce((sum, row) => sum + row.count, 0);
  const yearTotal = (year: number) => rows.filter((row) => row.year === year).reduce((sum, row) => sum + row.count, 0);
  const max = Math.max(1, ...years.map(yearTotal));
  // Drawn at the width shown, so the text keeps its size; wider than the screen only when a year's column would be thinner than 12 px.
  const width = Math.max(Math.min(shownWidth, 768), LEFT + years.length * 12 + 8);
  const column = (width - LEFT - 8) / years.length;
  const labelEvery = Math.max(1, Math.ceil(LABEL_ROOM / column));
  const scale = (HEIGHT - BOTTOM - 12) / max;
  const label = (kind: string): string => (kind === 'other' ? t('dashboard.otherKinds') : t(`enums.exchangeKind.${kind as ExchangeKind}`));
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const peak = years.reduce((best, year) => (yearTotal(year) > yearTotal(best) ? year : best), from);

  return (
    <figure ref={figure} className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="kern-heading-small">
        {title}
      </figcaption>
      {total === 0 ? (
        <p className="kern-body">{t('dashboard.noData')}</p>
      ) : (
        <>
          <svg
            className="chart__svg"
            viewBox={`0 0 ${width} ${HEIGHT}`}
            style={{ maxWidth: width }}
            role="img"
            aria-label={t('dashboard.yearSummary', { total: formatNumber(total, language), from, to, peak, peakCount: formatNumber(yearTotal(peak), language) })}
          >
            <line className="chart__axis" x1={LEFT} y1={HEIGHT - BOTTOM} x2={width - 4} y2={HEIGHT - BOTTOM} />
            <text className="chart__value" x={LEFT - 6} y={12} textAnchor="end">
              {formatNumber(max, language)}
            </text>
            {years.map((year, index) => {
              let top = HEIGHT - BOTTOM;
              const x = LEFT + index * column + 3;
              return (
                <g key={year}>
                  {series.map((kind, at) => {
                    const value = count(year, kind);
                    if (value === 0) return null;
                    const height = value * scale;
                    top -= height;
                    return <rect key={kind} className={`chart__bar chart__bar--${at}`} x={x} y={top} width={Math.max(2, column - 6)} height={height} />;
                  })}
                  {index % labelEvery === 0 && (
                    <text className="chart__label" x={x + (column - 6) / 2} y={HEIGHT - 8} textAnchor="middle">
                      {year}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <ul className="chart__legend">
            {series.map((kind, at) => (
              <li key={kind}>
                <svg className="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                  <rect className={`chart__bar chart__bar--${at}`} width="10" height="10" />
                </svg>
                {label(kind)}
              </li>
            ))}
          </ul>
          <details className="chart__data">
            <summary className="kern-link">{t('dashboard.showTable')}</summary>
            <TableScroll>
              <table className="kern-table kern-table--small">
                <caption className="kern-sr-only">{title}</caption>
                <thead>
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">{t('dashboard.year')}</th>
                    {series.map((kind) => (
                      <th key={kind} scope="col" className="kern-table__header kern-table__header--numeric">
                        {label(kind)}
                      </th>
                    ))}
                    <th scope="col" className="kern-table__header kern-table__header--numeric">{t('exchanges.total')}</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {years.map((year) => (
                    <tr key={year} className="kern-table__row">
                      <th scope="row" className="kern-table__header">{year}</th>
                      {series.map((kind) => (
                        <td key={kind} className="kern-table__cell kern-table__cell--numeric">
                          {formatNumber(count(year, kind), language)}
                        </td>
                      ))}
                      <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(yearTotal(year), language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </figure>
  );
}
