import type { ReactNode } from 'react';
import { METHODS } from '../../core/compare/compareGroups.ts';
import type { CompareRow, CompareTable } from '../../core/compare/compareTable.ts';
import { SMALL_COUNT_LIMIT } from '../../core/disclosure/disclosureSettings.ts';
import { SyntheticNotice } from '../common/SyntheticNotice.tsx';
import { changeShort, changeWords, intervalWords, valueText, type ChangeUnit } from '../map/changeWords.ts';
import './compare.css';

export interface CompareSummaryProps {
  readonly table: CompareTable;
  /** How the groups were made, in words. */
  readonly split: string;
  readonly parameters: { readonly windowDays: number; readonly horizonDays: number };
  readonly synthetic: boolean;
  /** The disclosure-control note of the numbers. */
  readonly disclosureNote: string;
  /** What the filters left out, if anything (a sentence), or null. */
  readonly filterNote: string | null;
}

const unitOf = (row: CompareRow): ChangeUnit =>
  row.unit === 'share' ? 'points' : row.unit === 'per100' ? 'per100' : 'days';

function GroupCell({ row, i }: { row: CompareRow; i: 0 | 1 }): ReactNode {
  const count = row.counts[i].text;
  if (row.unit === 'count') return <td className="compare-table__value">{count}</td>;
  const value = row.change?.values[i] ?? null;
  return (
    <td className="compare-table__value">
      {valueText(value, unitOf(row))}
      {row.unit === 'days' ? null : <span className="compare-table__count"> ({count})</span>}
    </td>
  );
}

function ChangeCell({ row }: { row: CompareRow }): ReactNode {
  const c = row.change;
  if (!c) return <td className="compare-table__change">—</td>;
  const unit = unitOf(row);
  const classes = ['compare-table__change', `is-${c.state}`];
  return (
    <td className={classes.join(' ')} title={changeWords(c, unit)}>
      <span className="compare-table__delta">{changeShort(c, unit)}</span>
      {c.state === 'hidden' ? null : (
        <span className="compare-table__interval">
          {intervalWords(c).replace('95% interval ', '')}
          {c.state === 'finding' && c.includesZero ? ', could be chance' : ''}
        </span>
      )}
    </td>
  );
}

/**
 * The comparison in numbers: two groups side by side and the change, each change with its 95% interval
 * and said not to be a finding when a group has fewer than 5 journeys; every count under disclosure
 * control. The notes say how the groups were made, which intervals, and what was left out. Props only.
 */
export function CompareSummary(props: CompareSummaryProps): ReactNode {
  const { table } = props;
  const [a, b] = table.labels;
  return (
    <section className="compare-summary" aria-labelledby="compare-summary-title">
      <h2 id="compare-summary-title" className="summary__title">
        The groups in numbers
      </h2>
      {props.synthetic ? <SyntheticNotice /> : null}
      <p className="compare-summary__split">{props.split}</p>
      {table.small ? (
        <p className="compare-summary__warning" role="note">
          <strong>No change here is a finding:</strong> a group has fewer than {SMALL_COUNT_LIMIT} journeys.
        </p>
      ) : null}
      <table className="compare-table" data-testid="compare-table">
        <caption className="visually-hidden">
          {b} compared with {a}: each measure in both groups, and the change with its 95% interval
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">{a}</th>
            <th scope="col">{b}</th>
            <th scope="col">Change (95% interval)</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.measure}</th>
              <GroupCell row={row} i={0} />
              <GroupCell row={row} i={1} />
              <ChangeCell row={row} />
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="compare-summary__notes">
        <li>
          Changes are {b} minus {a}; shares in percentage points (pts). 95% intervals: shares,{' '}
          {METHODS.share.text}; rates, {METHODS.per100.text}; medians, {METHODS.median.text}.
        </li>
        <li>
          A change resting on fewer than {SMALL_COUNT_LIMIT} journeys in either group is not a finding; one
          whose interval includes no change could be chance.
        </li>
        <li>
          Missed points: a concern at an early-intervention service, no response within W ={' '}
          {props.parameters.windowDays} days, then crisis within H = {props.parameters.horizonDays} days.
        </li>
        {props.filterNote ? <li>{props.filterNote}</li> : null}
        <li>{props.disclosureNote}</li>
      </ul>
    </section>
  );
}
