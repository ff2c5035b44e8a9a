import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_DISCLOSURE, type DisclosureSettings } from '../../core/disclosure/disclosureSettings.ts';
import { buildPathwayFigure } from '../../core/figure/buildPathwayFigure.ts';
import type { FigureSize, PathwayFigure } from '../../core/figure/figureTypes.ts';
import { defaultTitle } from '../../core/figure/figureWords.ts';
import { embedHash } from '../embed/embedLink.ts';
import type { ViewFilters } from '../state/viewFilters.ts';
import {
  appAddress,
  csvFileText,
  embedSnippet,
  figureFileName,
  MIME_TYPES,
  svgDataUrl,
  type ExportFormat,
} from './exportFiles.ts';
import type { FigureSource } from './figureInput.ts';
import { figureToPngBlob } from './figurePng.ts';
import './export.css';

/** A file the dialog made, ready to be saved. */
export interface ExportedFile {
  readonly name: string;
  readonly blob: Blob;
}

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

export const UNSUPPRESS_WARNING = 'Counts below 5 will be shown. Do not publish.';

const SIZES: readonly { value: FigureSize; label: string }[] = [
  { value: 'a4-landscape', label: 'A4 landscape' },
  { value: 'a4-portrait', label: 'A4 portrait' },
];

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  svg: 'SVG',
  png: 'PNG',
  pdf: 'PDF',
  csv: 'CSV',
  txt: 'text',
};

async function clipboardCopy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves a blob through a temporary link inside `host` (the modal dialog: the rest of the page is inert). */
function downloadWithin(host: HTMLElement | null): (file: ExportedFile) => void {
  return ({ name, blob }) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    (host ?? document.body).append(a);
    a.click();
    a.remove();
    // The download has started from the URL by now; keep it a while for slow disks.
    window.setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 60_000);
  };
}

type Status = { readonly kind: 'busy' | 'done' | 'error'; readonly text: string } | null;

/**
 * Exports the current view as a board-paper figure: a preview of the figure (an image made from the
 * SVG string, so no markup is put into the page), its title, page and disclosure control, and
 * downloads as SVG, PNG (300 dpi), PDF (A4, vector) and CSV, its alt text to copy and, for the
 * built-in cohort, an embed snippet. A native modal `<dialog>`: focus stays inside, Esc closes.
 * Suppression of counts below 5 is on; switching it off asks for confirmation first.
 */
export function ExportDialog(props: ExportDialogProps): ReactNode {
  const { pathway, summary, parameters, cohortInfo, leadTimeJourneys, onClose, embed } = props;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const altArea = useRef<HTMLTextAreaElement>(null);
  const snippetArea = useRef<HTMLTextAreaElement>(null);
  const [title, setTitle] = useState('');
  const [size, setSize] = useState<FigureSize>('a4-landscape');
  const [disclosure, setDisclosure] = useState<DisclosureSettings>(DEFAULT_DISCLOSURE);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const deferredTitle = useDeferredValue(title);

  // Open as a modal on mount; the dialog's own close (Esc, the Close button) tells the owner.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const onDialogClose = () => {
      onCloseRef.current();
    };
    d.addEventListener('close', onDialogClose);
    return () => {
      d.removeEventListener('close', onDialogClose);
      if (d.open) d.close();
    };
  }, []);

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

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
        disclosure,
      }),
    [pathway, summary, parameters, cohortInfo, leadTimeJourneys, deferredTitle, size, disclosure],
  );
  const preview = useMemo(() => svgDataUrl(figure.svg), [figure]);
  const figureTitle = figure.metadata.title;
  const suppressed = disclosure.suppress;

  const base = props.appUrl ?? appAddress(window.location.href);
  const snippet = useMemo(() => {
    if (!embed) return null;
    const hash = embedHash({
      parameters,
      size,
      title: title.trim() ? title.trim() : undefined,
      roundTo: disclosure.roundTo,
      filters: embed.filters,
    });
    return embedSnippet({ src: `${base}${hash}`, title: figureTitle, size });
  }, [embed, base, parameters, size, title, disclosure.roundTo, figureTitle]);

  const save = (format: ExportFormat, blob: Blob) => {
    const name = figureFileName(figureTitle, size, format, suppressed);
    (props.saveFile ?? downloadWithin(dialog.current))({ name, blob });
    setStatus({ kind: 'done', text: `${FORMAT_NAMES[format]} ready: ${name}` });
  };

  const make = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    setStatus({ kind: 'busy', text: `Preparing the ${FORMAT_NAMES[format]}…` });
    try {
      if (format === 'svg') save(format, new Blob([figure.svg], { type: MIME_TYPES.svg }));
      else if (format === 'csv') save(format, new Blob([csvFileText(figure.csv)], { type: MIME_TYPES.csv }));
      else if (format === 'png') save(format, await figureToPngBlob(figure.svg, size));
      else if (format === 'pdf') {
        const { figureToPdfBlob } = await import('./figurePdf.ts');
        save(
          format,
          await figureToPdfBlob(figure.svg, size, { title: figureTitle, subject: figure.altText }),
        );
      }
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `The ${FORMAT_NAMES[format]} could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(null);
    }
  };

  const copy = async (text: string, what: string, area: HTMLTextAreaElement | null) => {
    const ok = await (props.copyText ?? clipboardCopy)(text);
    if (ok) {
      setStatus({ kind: 'done', text: `${what} copied to the clipboard.` });
      return;
    }
    // No clipboard access (e.g. a page opened from disk): select the text for the user to copy.
    area?.focus();
    area?.select();
    setStatus({
      kind: 'error',
      text: `${what} could not be copied here: it is selected, press Ctrl+C (⌘C on a Mac) to copy it.`,
    });
  };

  const onSuppressChange = (checked: boolean) => {
    if (checked) {
      setConfirming(false);
      setDisclosure((d) => ({ ...d, suppress: true }));
    } else {
      setConfirming(true);
    }
  };

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
      <header className="export-dialog__header">
        <h2 id={`${id}-title`} className="export-dialog__title">
          Export figure
        </h2>
        <button
          type="button"
          className="export-dialog__close"
          onClick={() => dialog.current?.close()}
          aria-label="Close the export dialog"
        >
          <span aria-hidden="true">×</span> Close
        </button>
      </header>

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
                placeholder={defaultTitle(pathway)}
                maxLength={200}
                autoFocus
                onChange={(e) => {
                  setTitle(e.target.value);
                }}
              />
            </label>
            <fieldset className="export-fieldset">
              <legend>Page</legend>
              {SIZES.map((s) => (
                <label key={s.value} className="export-choice">
                  <input
                    type="radio"
                    name={`${id}-size`}
                    value={s.value}
                    checked={size === s.value}
                    onChange={() => {
                      setSize(s.value);
                    }}
                  />{' '}
                  {s.label}
                </label>
              ))}
            </fieldset>
            <fieldset className="export-fieldset">
              <legend>Disclosure control</legend>
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={suppressed}
                  aria-describedby={`${id}-suppress-help`}
                  onChange={(e) => {
                    onSuppressChange(e.target.checked);
                  }}
                />{' '}
                Suppress counts below 5 (shown as “&lt;5”)
              </label>
              <p id={`${id}-suppress-help`} className="export-help">
                NHS practice for small numbers: on for every figure that leaves this screen.
              </p>
              {confirming ? (
                <div className="export-warning" role="group" aria-labelledby={`${id}-warning`}>
                  <p id={`${id}-warning`} className="export-warning__text" role="alert">
                    <strong>{UNSUPPRESS_WARNING}</strong> The figure will be marked “not for publication”.
                    With small numbers a reader may recognise a child.
                  </p>
                  <div className="export-warning__actions">
                    <button
                      type="button"
                      ref={keepButton}
                      className="export-button export-button--primary"
                      onClick={() => {
                        setConfirming(false);
                      }}
                    >
                      Keep suppression
                    </button>
                    <button
                      type="button"
                      className="export-button export-button--danger"
                      onClick={() => {
                        setConfirming(false);
                        setDisclosure((d) => ({ ...d, suppress: false }));
                      }}
                    >
                      Show counts below 5
                    </button>
                  </div>
                </div>
              ) : null}
              {!suppressed ? (
                <p className="export-unsuppressed" data-testid="unsuppressed-note">
                  <strong>Suppression is off.</strong> The figure shows counts below 5 and says it is not for
                  publication.
                </p>
              ) : null}
              <label className="export-choice">
                <input
                  type="checkbox"
                  checked={disclosure.roundTo === 5}
                  onChange={(e) => {
                    setDisclosure((d) => ({ ...d, roundTo: e.target.checked ? 5 : 0 }));
                  }}
                />{' '}
                Round other counts to the nearest 5
              </label>
            </fieldset>
          </section>

          <section className="export-section" aria-labelledby={`${id}-downloads`}>
            <h3 id={`${id}-downloads`} className="export-section__title">
              Download
            </h3>
            <div className="export-downloads">
              <button
                type="button"
                className="export-button"
                disabled={busy !== null}
                onClick={() => void make('pdf')}
              >
                PDF <span className="export-button__note">A4, vector</span>
              </button>
              <button
                type="button"
                className="export-button"
                disabled={busy !== null}
                onClick={() => void make('png')}
              >
                PNG <span className="export-button__note">300 dpi</span>
              </button>
              <button
                type="button"
                className="export-button"
                disabled={busy !== null}
                onClick={() => void make('svg')}
              >
                SVG <span className="export-button__note">vector</span>
              </button>
              <button
                type="button"
                className="export-button"
                disabled={busy !== null}
                onClick={() => void make('csv')}
              >
                CSV <span className="export-button__note">the figure’s numbers</span>
              </button>
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
              className="export-button"
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
                  className="export-button"
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
      <footer className="export-dialog__footer">
        <p
          className={status?.kind === 'error' ? 'export-status export-status--error' : 'export-status'}
          role="status"
          data-testid="export-status"
        >
          {status?.text ?? ''}
        </p>
      </footer>
    </dialog>
  );
}

export default ExportDialog;
