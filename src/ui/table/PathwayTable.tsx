import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CohortSummary } from '../../core/analysis/summariseAnalysis.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import {
  copyStatus,
  formatCell,
  pathwayTableSections,
  sectionsToTsv,
  type TableColumn,
  type TableSection,
} from './pathwayTableModel.ts';
import { disclose } from '../../core/disclosure/disclose.ts';
import { DEFAULT_DISCLOSURE } from '../../core/disclosure/disclosureSettings.ts';
import { MissedMark } from '../journeys/MissedMark.tsx';
import './table.css';

export interface PathwayTableProps {
  readonly pathway: Pathway;
  /** The overlay's numbers; null when no cohort is loaded (the tables then describe the pathway only). */
  readonly summary: CohortSummary | null;
  /** Says so in every caption. */
  readonly synthetic: boolean;
  readonly cohortName: string | null;
  /** How to write to the clipboard; defaults to `navigator.clipboard.writeText`. For tests and embedding. */
  readonly writeClipboard?: ((text: string) => Promise<void>) | undefined;
  /** The heading level of the view's title. Default 2. */
  readonly headingLevel?: 2 | 3 | undefined;
  /** Start with the "publishable" switch on (counts through disclosure control). Default off. */
  readonly publishable?: boolean | undefined;
  /** Always publishable, with no switch: the numbers of an aggregate overlay, which came from elsewhere. */
  readonly publishableOnly?: boolean | undefined;
}

function defaultWriteClipboard(text: string): Promise<void> {
  // The Clipboard API is missing on plain http and in some embedded browsers.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  if (!navigator.clipboard?.writeText) return Promise.reject(new Error('no clipboard'));
  return navigator.clipboard.writeText(text);
}

const cellClass = (c: TableColumn) =>
  [c.numeric ? 'is-numeric' : '', c.screenOnly ? 'is-screen-only' : ''].filter(Boolean).join(' ') ||
  undefined;

function Section({ section }: { section: TableSection }): ReactNode {
  if (section.rows.length === 0) {
    return (
      <div className="pathway-table__section">
        <p className="pathway-table__caption">{section.caption}</p>
        <p className="pathway-table__empty">{section.empty}</p>
      </div>
    );
  }
  return (
    <div className="pathway-table__section">
      <table className="data-table">
        <caption>{section.caption}</caption>
        <thead>
          <tr>
            {section.columns.map((c) => (
              <th key={c.label} scope="col" className={cellClass(c)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row, r) => (
            <tr key={r} className={row.includes('Off pathway') ? 'is-off-pathway' : undefined}>
              {row.map((cell, c) => {
                const column = section.columns[c];
                const content =
                  cell === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">none</span>
                    </>
                  ) : column?.missed && typeof cell === 'number' && cell > 0 ? (
                    <span className="pathway-table__missed">
                      <MissedMark className="pathway-table__missed-icon" />
                      {formatCell(cell)}
                    </span>
                  ) : (
                    formatCell(cell)
                  );
                return c === 0 ? (
                  <th key={c} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c} className={column ? cellClass(column) : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The map and its overlay as tables, for screen-reader users and for copying into a report: services by
 * level (journeys, missed points, median wait), the moves journeys made (on or off the pathway), the
 * routes nobody took, and the service targets. One button copies them all as tab-separated text; when the
 * browser refuses, the text is shown selected for Ctrl+C. The status line is announced.
 */
export function PathwayTable({
  pathway,
  summary,
  synthetic,
  cohortName,
  writeClipboard = defaultWriteClipboard,
  headingLevel = 2,
  publishable: initiallyPublishable = false,
  publishableOnly = false,
}: PathwayTableProps): ReactNode {
  const id = useId();
  const Heading = `h${String(headingLevel)}` as 'h2';
  const [publishableChosen, setPublishable] = useState(initiallyPublishable);
  const publishable = publishableOnly || publishableChosen;
  // Publishable: every count through the figure's disclosure control ("<5", "≥5" where a "<5" could
  // be worked out), so the tables and their copied text may leave the screen as the figure does.
  const disclosed = useMemo(
    () =>
      publishable && summary ? disclose(summary, DEFAULT_DISCLOSURE, { services: pathway.services }) : null,
    [publishable, summary, pathway],
  );
  const sections = useMemo(
    () => pathwayTableSections(pathway, summary, synthetic, cohortName, disclosed),
    [pathway, summary, synthetic, cohortName, disclosed],
  );
  const title = `${pathway.title}: the map as tables${disclosed ? ' (publishable: counts from 1 to 4 shown as <5)' : ''}`;
  // The copied text says "synthetic" in its first line too, so a pasted table never loses it.
  const tsvTitle = `${title}${summary && synthetic ? ' (synthetic cohort: invented journeys, not real children)' : ''}`;
  const tsv = useMemo(() => sectionsToTsv(tsvTitle, sections), [tsvTitle, sections]);
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!fallback) return;
    fallbackRef.current?.focus();
    fallbackRef.current?.select();
  }, [fallback, tsv]);

  const copy = () => {
    setStatus('');
    writeClipboard(tsv).then(
      () => {
        setFallback(false);
        setStatus(copyStatus('copied', sections));
      },
      () => {
        setFallback(true);
        setStatus(copyStatus('selected', sections));
      },
    );
  };

  return (
    <section className="pathway-table" aria-labelledby={`${id}-title`}>
      <div className="pathway-table__header">
        <Heading id={`${id}-title`} className="pathway-table__title">
          {title}
        </Heading>
        {summary && synthetic ? <span className="synthetic-badge">Synthetic</span> : null}
      </div>
      {summary && synthetic ? (
        <p className="pathway-table__note">
          The cohort {cohortName ? `“${cohortName}” ` : ''}is synthetic: invented journeys written to reflect
          the audit’s themes, not real children.
        </p>
      ) : null}
      <div className="pathway-table__copy">
        {summary && !publishableOnly ? (
          <label className="pathway-table__publishable">
            <input
              type="checkbox"
              checked={publishable}
              onChange={(e) => {
                setPublishable(e.target.checked);
              }}
            />{' '}
            Publishable: counts below 5 hidden, as in exported figures
          </label>
        ) : null}
        <button type="button" className="button toggle-button" onClick={copy}>
          Copy as tab-separated text
        </button>
        <p className="pathway-table__status" role="status">
          {status}
        </p>
      </div>
      {disclosed ? (
        <p className="pathway-table__note" data-testid="publishable-note">
          Counts from 1 to 4 are shown as “&lt;5”; where a “&lt;5” could be worked out from a total and the
          other counts, another count is hidden too (“≥5”); medians of fewer than 5 are left out.
        </p>
      ) : null}
      {fallback ? (
        <div className="pathway-table__fallback">
          <label htmlFor={`${id}-tsv`}>The tables as tab-separated text</label>
          <textarea id={`${id}-tsv`} ref={fallbackRef} readOnly value={tsv} rows={8} spellCheck={false} />
        </div>
      ) : null}
      {sections.map((s) => (
        <Section key={s.id} section={s} />
      ))}
    </section>
  );
}
