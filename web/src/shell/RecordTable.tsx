import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableScroll } from './TableScroll';

export interface Column<T> {
  /** The column's name; also its key and, on cards, the cell's label. */
  header: string;
  /** Shown instead of `header` where the name needs markup, e.g. a text marked with its language. */
  heading?: ReactNode;
  /** The column's key where headers may repeat, e.g. an indicator's id. */
  key?: string;
  /** A further class of the column's header and cells, e.g. for its width in print. */
  className?: string;
  cell: (row: T, index: number) => ReactNode;
  /** Where the cell leads, e.g. the record's page; nowhere for a row that gives none. */
  link?: (row: T) => string | undefined;
  numeric?: boolean;
  /** A further class for a row's cell, e.g. to mark an amount overspent. */
  cellClass?: (row: T) => string | undefined;
  /** The header is read out by screen readers only, e.g. over a column of buttons. */
  hiddenHeader?: boolean;
  /** The cell names its column when the table is shown as cards on narrow screens (`table-cards`). */
  cardLabel?: boolean;
}

interface Props<T> {
  /** Read out by screen readers only, unless `captionShown`. */
  caption: string;
  /** The caption stands above the table as its title (`true`), where no heading names the table, or as a line of text (`'body'`). */
  captionShown?: boolean | 'body';
  columns: Column<T>[];
  rows: T[];
  /** The row's key; its `id` when left out. */
  rowKey?: (row: T, index: number) => string;
  /** The column that names each row (a row header), as a record's name does: the first unless said; `false` for rows of figures only. */
  rowHeader?: number | false;
  /** Said instead of an empty table. */
  empty?: string;
  /** The denser table, e.g. for settings. */
  small?: boolean;
  /** Further classes of the table, e.g. `kern-table--striped`. */
  className?: string;
  /** The rows of the table's foot, e.g. the totals. */
  footer?: ReactNode;
  /** `false` for a narrow table that never needs to scroll sideways, e.g. one of several side by side. */
  scrolls?: boolean;
}

/** A table of records (KERN), scrolling sideways on narrow screens. */
export function RecordTable<T>({ caption, captionShown = false, columns, rows, rowKey = (row) => String((row as { id?: unknown }).id), rowHeader = 0, empty, small = false, className, footer, scrolls = true }: Props<T>) {
  if (empty !== undefined && rows.length === 0) return <p className="kern-body">{empty}</p>;
  const content = (column: Column<T>, row: T, rowIndex: number) => {
    const to = column.link?.(row);
    const cell = column.cell(row, rowIndex);
    return to === undefined ? cell : <Link className="kern-link" to={to}>{cell}</Link>;
  };
  const classOf = (column: Column<T>, base: string, extra?: string) =>
    [base, column.numeric && `${base}--numeric`, column.className, extra].filter(Boolean).join(' ');
  const keyOf = (column: Column<T>) => column.key ?? column.header;
  const classes = ['kern-table', small && 'kern-table--small', className].filter(Boolean).join(' ');
  const captionClass = captionShown === 'body' ? 'kern-body' : captionShown ? 'kern-title' : 'kern-sr-only';
  const table = (
    <table className={classes}>
      <caption className={captionClass}>{caption}</caption>
      <thead>
        <tr className="kern-table__row">
          {columns.map((column) => (
            <th key={keyOf(column)} scope="col" className={classOf(column, 'kern-table__header')}>
              {column.hiddenHeader ? <span className="kern-sr-only">{column.header}</span> : (column.heading ?? column.header)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)} className="kern-table__row">
            {columns.map((column, index) =>
              index === rowHeader ? (
                <th key={keyOf(column)} scope="row" className="kern-table__header">
                  {content(column, row, rowIndex)}
                </th>
              ) : (
                <td key={keyOf(column)} className={classOf(column, 'kern-table__cell', column.cellClass?.(row))} data-label={column.cardLabel ? column.header : undefined}>
                  {content(column, row, rowIndex)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot className="kern-table__footer">{footer}</tfoot>}
    </table>
  );
  return scrolls ? <TableScroll>{table}</TableScroll> : table;
}
