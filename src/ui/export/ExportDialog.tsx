import { useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_DISCLOSURE, type DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import { buildPathwayFigure } from '../../core/figure/buildPathwayFigure.ts';
import type { FigureSize, FigureView, PathwayFigure } from '../../core/figure/figureTypes.ts';
import { defaultTitle } from '../../core/figure/figureWords.ts';
import { embedHash } from './embedLink.ts';
import type { ViewFilters } from '../state/viewFilters.ts';
import { DisclosureFieldset } from './DisclosureFieldset.tsx';
import { FigureChoices } from './FigureChoices.tsx';
import { appAddress, embedSnippet, svgDataUrl } from './exportFiles.ts';
import type { FigureSource } from './figureInput.ts';
import type { ExportedFile } from './saveAndCopy.ts';
import { useFigureFiles } from './useFigureFiles.ts';
import { useModalDialog } from './useModalDialog.ts';
import './export.css';

export type { ExportedFile } from './saveAndCopy.ts';
export { UNSUPPRESS_WARNING } from './DisclosureFieldset.tsx';

export interface ExportDialogProps extends FigureSource {
  readonly onClose: () => void;
  /**
   * Offered when the figure is of the built-in synthetic cohort: the view's filters, for the embed
   * link. Absent or null: no embed snippet (a user's own cohort never goes into a link).
   */
  readonly embed?: { readonly filters: ViewFilters } | null | undefined;
  /** Where a made file goes; by default the browser downloads it. */
  readonly saveFile?: ((file: ExportedFile) => void) | undefined;
  /** Copies text to the clipboard, resolving to false when it could not; by default the Clipboard API. */
  readonly copyText?: ((text: string) => Promise<boolean>) | undefined;
  /** The app's address for the embed snippet; by default this page's address without its hash. */
  readonly appUrl?: string | undefined;
}

const DOWNLOADS = [
  { format: 'pdf', name: 'PDF', note: 'A4, vector' },
  { format: 'png', name: 'PNG', note: '300 dpi' },
  { format: 'svg', name: 'SVG', note: 'vector' },
  { format: 'csv', name: 'CSV', note: 'the figure’s numbers' },
] as const;

/**
 * Exports the current view as a board-paper figure: a preview of the figure (an image made from the
 * SVG string, so no markup is put into the page), its title, page and disclosure control, and
 * downloads as SVG, PNG (300 dpi), PDF (A4, vector) and CSV, its alt text to copy and, for the
 * built-in cohort, an embed snippet. A native modal `<dialog>`: focus stays inside, Esc closes.
 * Suppression of counts below 5 is on; switching it off asks for confirmation first.
 */
export function ExportDialog(props: ExportDialogProps): ReactNode {
  const { pathway, summary, parameters, cohortInfo, leadTimeJourneys, filter, onClose, embed } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const altArea = useRef<HTMLTextAreaElement>(null);
  const snippetArea = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState('');
  const [size, setSize] = useState<FigureSize>('a4-landscape');
  const [view, setView] = useState<FigureView>(props.view ?? 'frequency');
  const [disclosure, setDisclosure] = useState<DisclosureSettings>(DEFAULT_DISCLOSURE);
  const deferredTitle = useDeferredValue(title);
  useModalDialog(dialog, onClose);

  const figure: PathwayFigure = useMemo(
    () =>
      buildPathwayFigure({
        pathway,
        summary,
        parameters,
        cohortInfo,
        leadTimeJourneys,
        title: deferredTitle,
        size,
        view,
        filter,
        disclosure,
      }),
    [
      pathway,
      summary,
      parameters,
      cohortInfo,
      leadTimeJourneys,
      deferredTitle,
      size,
      view,
      filter,
      disclosure,
    ],
  );
  const preview = useMemo(() => svgDataUrl(figure.svg), [figure]);
  const figureTitle = figure.metadata.title;
  const suppressed = disclosure.suppress;
  const { status, busy, make, copy } = useFigureFiles({
    figure,
    size,
    suppressed,
    dialog,
    saveFile: props.saveFile,
    copyText: props.copyText,
  });

  const base = props.appUrl ?? appAddress(window.location.href);
  const snippet = useMemo(() => {
    if (!embed) return null;
    const hash = embedHash({
      parameters,
      size,
      title: title.trim() ? title.trim() : undefined,
      roundTo: disclosure.roundTo,
      filters: embed.filters,
      view,
    });
    return embedSnippet({ src: `${base}${hash}`, title: figureTitle, size });
  }, [embed, base, parameters, size, title, disclosure.roundTo, view, figureTitle]);

  return (
    <dialog
      ref={dialog}
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="export-dialog"
      onKeyDown={(event) => {
        // The browser closes a modal dialog on Esc by itself; this also covers synthetic key events.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          dialog.current?.close();
        }
      }}
    >
      <div className="export-dialog__header">
        <h2 id={`${id}-title`} className="export-dialog__title">
          Export figure
        </h2>
        <button
          type="button"
          className="button export-dialog__close"
          onClick={() => dialog.current?.close()}
          aria-label="Close the export dialog"
        >
          <span aria-hidden="true">×</span> Close
        </button>
      </div>

      <div className="export-dialog__body">
        <figure className={`export-preview export-preview--${size}`}>
          <img
            className="export-preview__image"
            src={preview}
            alt={figure.altText}
            data-testid="export-preview"
          />
          <figcaption className="export-preview__caption">
            Preview of the figure as it will be printed (
            {size === 'a4-portrait' ? 'A4 portrait' : 'A4 landscape'})
            {suppressed ? '' : ' — unsuppressed, not for publication'}.
          </figcaption>
        </figure>

        <div className="export-controls">
          <section className="export-section" aria-labelledby={`${id}-settings`}>
            <h3 id={`${id}-settings`} className="export-section__title">
              Figure
            </h3>
            <label className="export-field" htmlFor={`${id}-figure-title`}>
              <span className="export-field__label">Title</span>
              <input
                id={`${id}-figure-title`}
                className="export-field__input"
                type="text"
                value={title}
                placeholder={defaultTitle(pathway, view)}
                maxLength={200}
                autoFocus
                onChange={(e) => {
                  setTitle(e.target.value);
                }}
              />
            </label>
            <FigureChoices id={id} size={size} onSize={setSize} view={view} onView={setView} />
            <DisclosureFieldset id={id} disclosure={disclosure} onChange={setDisclosure} />
          </section>

          <section className="export-section" aria-labelledby={`${id}-downloads`}>
            <h3 id={`${id}-downloads`} className="export-section__title">
              Download
            </h3>
            <div className="export-downloads">
              {DOWNLOADS.map((d) => (
                <button
                  key={d.format}
                  type="button"
                  className="button export-button"
                  disabled={busy !== null}
                  onClick={() => void make(d.format)}
                >
                  {d.name} <span className="export-button__note">{d.note}</span>
                </button>
              ))}
            </div>
          </section>

          <section className="export-section" aria-labelledby={`${id}-alt`}>
            <h3 id={`${id}-alt`} className="export-section__title">
              Alt text
            </h3>
            <label className="visually-hidden" htmlFor={`${id}-alt-text`}>
              Alt text of the figure
            </label>
            <textarea
              id={`${id}-alt-text`}
              ref={altArea}
              className="export-text"
              readOnly
              rows={5}
              value={figure.altText}
            />
            <button
              type="button"
              className="button export-button"
              onClick={() => void copy(figure.altText, 'Alt text', altArea.current)}
            >
              Copy alt text
            </button>
          </section>

          <section className="export-section" aria-labelledby={`${id}-embed`}>
            <h3 id={`${id}-embed`} className="export-section__title">
              Embed
            </h3>
            {snippet ? (
              <>
                <p className="export-help">
                  For an intranet page: the figure alone, read-only, from the built-in synthetic cohort with
                  these settings. Embeds always suppress counts below 5.
                </p>
                <label className="visually-hidden" htmlFor={`${id}-snippet`}>
                  Embed snippet
                </label>
                <textarea
                  id={`${id}-snippet`}
                  ref={snippetArea}
                  className="export-text export-text--code"
                  readOnly
                  rows={3}
                  value={snippet}
                />
                {base.startsWith('file:') ? (
                  <p className="export-help">
                    This copy of Pathway Lens is a file on this computer: put it on your intranet and open it
                    from there, so that the snippet holds an address other people can reach.
                  </p>
                ) : null}
                <button
                  type="button"
                  className="button export-button"
                  onClick={() => void copy(snippet, 'Embed snippet', snippetArea.current)}
                >
                  Copy embed snippet
                </button>
              </>
            ) : (
              <p className="export-help">
                Embedding is offered for the built-in synthetic cohort only: your own cohort stays on this
                computer.
              </p>
            )}
          </section>
        </div>
      </div>
      <div className="export-dialog__footer">
        <p
          className={status?.kind === 'error' ? 'export-status export-status--error' : 'export-status'}
          role="status"
          data-testid="export-status"
        >
          {status?.text ?? ''}
        </p>
      </div>
    </dialog>
  );
}

export default ExportDialog;
