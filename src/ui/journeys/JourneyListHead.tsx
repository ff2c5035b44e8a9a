import type { ReactNode, Ref } from 'react';
import { nextSort, type JourneyColumn, type JourneySort } from './journeyListModel.ts';

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | undefined }): ReactNode {
  return (
    <svg className="journey-list__sort-icon" viewBox="0 0 10 14" aria-hidden="true" focusable="false">
      <path className={direction === 'descending' ? 'is-faint' : ''} d="M5 1 9 6H1Z" />
      <path className={direction === 'ascending' ? 'is-faint' : ''} d="M5 13 1 8h8Z" />
    </svg>
  );
}

/** The list's column widths and its header: a button per column that sorts by it (again: the other way). */
export function JourneyListHead({
  columns,
  sort,
  onSortChange,
  headRef,
}: {
  readonly columns: readonly JourneyColumn[];
  readonly sort: JourneySort | null;
  readonly onSortChange: (sort: JourneySort) => void;
  readonly headRef: Ref<HTMLTableSectionElement>;
}): ReactNode {
  return (
    <>
      <colgroup>
        {columns.map((c) => (
          <col
            key={c.key}
            className={`journey-list__col journey-list__col--${c.key.startsWith('attr:') ? 'attr' : c.key}`}
          />
        ))}
      </colgroup>
      <thead ref={headRef}>
        <tr aria-rowindex={1}>
          {columns.map((c) => {
            const direction = sort?.key === c.key ? sort.direction : undefined;
            return (
              <th
                key={c.key}
                scope="col"
                aria-sort={direction}
                className={c.numeric ? 'is-numeric' : undefined}
              >
                <button
                  type="button"
                  className="journey-list__sort"
                  onClick={() => {
                    onSortChange(nextSort(sort, c.key));
                  }}
                >
                  <span>{c.label}</span>
                  <SortIcon direction={direction} />
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
    </>
  );
}
