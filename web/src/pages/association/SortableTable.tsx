import { ReactNode, useMemo, useState } from 'react';
import { useT } from '../../i18n/i18n';

export interface Column<Row> {
  key: string;
  label: string;
  /** The value sorted on. */
  value: (row: Row) => string | number;
  /** What the cell shows (defaults to the value). */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
}

/**
 * A table whose column headers sort it (click again to reverse); the order is announced through
 * aria-sort. On a phone its rows stack (association.css), each cell labelled by its column.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  testId,
  hideCaption,
  collapseAfter,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; descending: boolean };
  testId?: string;
  /** When a heading just above already names the table, the caption is only read out. */
  hideCaption?: boolean;
  /**
   * Show the first rows in the current order and a button for the rest: on a phone every row is
   * a card, and a long table would push what follows it thousands of pixels down.
   */
  collapseAfter?: number;
}) {
  const t = useT('association');
  const [sort, setSort] = useState(initialSort ?? { key: columns[0].key, descending: false });
  const [expanded, setExpanded] = useState(false);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const out = [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sort.descending ? -order : order;
    });
    return out;
  }, [rows, columns, sort]);
  const collapsible = collapseAfter !== undefined && rows.length > collapseAfter;
  const shown = collapsible && !expanded ? sorted.slice(0, collapseAfter) : sorted;
  const moreLabel = expanded ? t('table.showFewer', { count: collapseAfter ?? 0 }) : t('table.showAll', { count: rows.length });
  return (
    <>
      <div className="table-wrap">
        <table className="stack with-head titled" data-testid={testId}>
          <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
          <thead>
            <tr data-label={t('table.sortLabel')}>
              {columns.map((c) => {
                const active = c.key === sort.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                    className={c.numeric ? 'num' : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort({ key: c.key, descending: active ? !sort.descending : !!c.numeric })}
                      aria-label={t('table.sortBy', { column: c.label })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} data-label={c.label}>
                    {c.render ? c.render(row) : c.value(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {collapsible && (
        <p className="table-more">
          {/* The visible words, then which table: several pages hold more than one. */}
          <button
            type="button"
            className="button-secondary"
            aria-expanded={expanded}
            aria-label={`${moreLabel} (${caption})`}
            onClick={() => setExpanded(!expanded)}
          >
            {moreLabel}
          </button>
        </p>
      )}
    </>
  );
}
