import { memo, type ReactNode } from 'react';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import { concernShortText, concernText, formatDays, type JourneyColumn } from './journeyListModel.ts';
import { MissedMark } from './MissedMark.tsx';

export interface RowProps {
  readonly row: JourneyRow;
  readonly position: number;
  readonly columns: readonly JourneyColumn[];
  readonly concernsLabel: (id: string) => string;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (index: number) => void;
}

/** One journey of the list: its id is the button that selects it; the row is clickable too. */
export const JourneyListRow = memo(function JourneyListRow({
  row,
  position,
  columns,
  concernsLabel,
  selected,
  tabbable,
  onSelect,
}: RowProps): ReactNode {
  const concerns = concernText(row, concernsLabel);
  return (
    <tr
      aria-rowindex={position + 2}
      className={`journey-list__row${selected ? ' is-selected' : ''}${row.missedPoints > 0 ? ' has-missed' : ''}`}
      onClick={() => {
        onSelect(row.index);
      }}
    >
      {columns.map((c) => {
        switch (c.key) {
          case 'id':
            return (
              <th key={c.key} scope="row">
                <button
                  type="button"
                  className="journey-list__select"
                  tabIndex={tabbable ? 0 : -1}
                  aria-pressed={selected}
                  data-index={row.index}
                  data-position={position}
                  onClick={(e) => {
                    // The row's own click handler selects; this keeps one call per click.
                    e.stopPropagation();
                    onSelect(row.index);
                  }}
                >
                  {row.id}
                </button>
              </th>
            );
          case 'crisis':
            return (
              <td key={c.key}>
                {row.reachedCrisis ? (
                  <span className="journey-list__crisis">
                    <svg
                      className="journey-list__crisis-icon"
                      viewBox="0 0 12 12"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <path d="M6 0.6 11.6 11H0.4Z" />
                    </svg>
                    Yes
                  </span>
                ) : (
                  'No'
                )}
              </td>
            );
          case 'lead':
            return (
              <td key={c.key} className="is-numeric">
                {row.leadTimeDays === null ? (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">none</span>
                  </>
                ) : (
                  formatDays(row.leadTimeDays)
                )}
              </td>
            );
          case 'missed':
            return (
              <td key={c.key} className="is-numeric">
                {row.missedPoints > 0 ? (
                  <span className="journey-list__missed">
                    <MissedMark className="journey-list__missed-icon" />
                    {row.missedPoints}
                  </span>
                ) : (
                  <span className="journey-list__none">0</span>
                )}
              </td>
            );
          case 'concerns': {
            const short = concernShortText(row, concernsLabel);
            return (
              <td key={c.key} className="journey-list__concerns" title={concerns}>
                {short === concerns ? (
                  concerns
                ) : (
                  <>
                    <span aria-hidden="true">{short}</span>
                    <span className="visually-hidden">{concerns}</span>
                  </>
                )}
              </td>
            );
          }
          default: {
            const value = row.attributes[c.key.slice(5)];
            return <td key={c.key}>{value ?? ''}</td>;
          }
        }
      })}
    </tr>
  );
});
