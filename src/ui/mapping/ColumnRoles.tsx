import type { ReactNode } from 'react';
import type { DraftRole } from '../../core/profile/preview/mappingDraft.ts';
import { DRAFT_ROLES } from '../../core/profile/preview/mappingDraft.ts';
import type { ExportPreview } from '../../core/profile/preview/previewExport.ts';
import { exactCount } from '../common/format.ts';

/** The words for each role in the dialog's lists. */
export const ROLE_WORDS: Readonly<Record<DraftRole, string>> = {
  journey: 'Journey (pseudonymous id)',
  time: 'Time of the event',
  day: 'Day offset',
  start: 'Start time (interval logs)',
  service: 'Service (team, place)',
  activity: 'Activity (what happened)',
  lifecycle: 'Lifecycle (start/complete)',
  instance: 'Instance (pairs start and complete)',
  concerns: 'Concerns (list of words)',
  note: 'Note (free text)',
};

const ROWS_SHOWN = 8;

/**
 * The first rows of the file as it writes them, with a choice of role above each column (suggested
 * from common names: `case:concept:name`, `Case ID`, `time:timestamp`, `Activity`…). A column not given
 * a role is kept as an attribute.
 */
export function ColumnRoles(props: {
  preview: ExportPreview;
  roleOf: (column: string) => DraftRole | undefined;
  onRole: (column: string, role: DraftRole | undefined) => void;
}): ReactNode {
  const { preview } = props;
  return (
    <section className="mapping__section" aria-labelledby="mapping-columns-title">
      <h3 id="mapping-columns-title">Columns</h3>
      <p className="mapping__hint">
        {preview.file}: {exactCount(preview.rowCount)} rows, header on row {preview.headerRow}. Choose what
        each column holds; a column with no role is kept as an attribute for the filters.
      </p>
      <div className="mapping__scroll" role="region" aria-label="First rows of the file" tabIndex={0}>
        <table className="data-table mapping__rows">
          <thead>
            <tr>
              <th scope="col" className="is-numeric">
                Row
              </th>
              {preview.columns.map((c) => (
                <th scope="col" key={c.index}>
                  <span className="mapping__column-name">{c.name}</span>
                  <select
                    aria-label={`Role of column “${c.name}”`}
                    value={props.roleOf(c.name) ?? ''}
                    onChange={(event) => {
                      const v = event.target.value;
                      props.onRole(c.name, v === '' ? undefined : (v as DraftRole));
                    }}
                  >
                    <option value="">Keep as attribute</option>
                    {DRAFT_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_WORDS[r]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, ROWS_SHOWN).map((r) => (
              <tr key={r.row}>
                <td className="is-numeric">{r.row}</td>
                {preview.columns.map((c) => (
                  <td key={c.index}>{r.cells[c.index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
