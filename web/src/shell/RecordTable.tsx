import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { TableScroll } from './TableScroll';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Where the cell leads, e.g. the record's page. */
  link?: (row: T) => string;
  numeric?: boolean;
  /** A further class for a row's cell, e.g. to mark an amount overspent. */
  cellClass?: (row: T) => string | undefined;
  /** The header is read out by screen readers only, e.g. over a column of buttons. */
  hiddenHeader?: boolean;
}

interface Props<T> {
  /** Read out by screen readers only, unless `captionShown`. */
  caption: string;
  /** The caption stands above the table as its title, where no heading names the table. */
  captionShown?: boolean;
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
}

/** A table of records (KERN), scrolling sideways on narrow screens. */
export function RecordTable<T>({ caption, captionShown = false, columns, rows, rowKey = (row) => String((row as { id?: unknown }).id), rowHeader = 0, empty, small = false }: Props<T>) {
  if (empty !== undefined && rows.length === 0) return <p className="kern-body">{empty}</p>;
  const content = (column: Column<T>, row: T) => {
    const to = column.link?.(row);
    return to === undefined ? column.cell(row) : <Link className="kern-link" to={to}>{column.cell(row)}</Link>;
  };
  const numeric = (column: Column<T>, base: string) => (column.numeric ? `${base} ${base}--numeric` : base);
  return (
    <TableScroll>
      <table className={small ? 'kern-table kern-table--small' : 'kern-table'}>
        <caption className={captionShown ? 'kern-title' : 'kern-sr-only'}>{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th key={column.header} scope="col" className={numeric(column, 'kern-table__header')}>
                {column.hiddenHeader ? <span className="kern-sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row, rowIndex) => (
            <tr key={rowKey(row, rowIndex)} className="kern-table__row">
              {columns.map((column, index) => {
                const extra = column.cellClass?.(row);
                if (index === rowHeader)
                  return (
                    <th key={column.header} scope="row" className="kern-table__header">
                      {content(column, row)}
                    </th>
                  );
                return (
                  <td key={column.header} className={extra ? `${numeric(column, 'kern-table__cell')} ${extra}` : numeric(column, 'kern-table__cell')}>
                    {content(column, row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
