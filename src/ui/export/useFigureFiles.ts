import { useState, type RefObject } from 'react';
import type { FigureSize, PathwayFigure } from '../../core/figure/figureTypes.ts';
import { csvFileText, figureFileName, MIME_TYPES, type ExportFormat } from './exportFiles.ts';
import { figureToPngBlob } from './figurePng.ts';
import { clipboardCopy, downloadWithin, type ExportedFile } from './saveAndCopy.ts';

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = {
  svg: 'SVG',
  png: 'PNG',
  pdf: 'PDF',
  csv: 'CSV',
  txt: 'text',
};

export type ExportStatus = { readonly kind: 'busy' | 'done' | 'error'; readonly text: string } | null;

/**
 * The export dialog's actions: make a file of the figure (SVG, 300 dpi PNG, vector PDF, its numbers as
 * CSV) and save it, or copy a text, with a status line saying what happened. One file at a time.
 */
export function useFigureFiles(args: {
  readonly figure: PathwayFigure;
  readonly size: FigureSize;
  readonly suppressed: boolean;
  /** Where a file is saved from (the modal dialog); by default the browser downloads it. */
  readonly dialog: RefObject<HTMLDialogElement | null>;
  readonly saveFile?: ((file: ExportedFile) => void) | undefined;
  readonly copyText?: ((text: string) => Promise<boolean>) | undefined;
}): {
  status: ExportStatus;
  busy: ExportFormat | null;
  make: (format: ExportFormat) => Promise<void>;
  copy: (text: string, what: string, area: HTMLTextAreaElement | null) => Promise<void>;
} {
  const { figure, size, suppressed } = args;
  const [status, setStatus] = useState<ExportStatus>(null);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const title = figure.metadata.title;

  const save = (format: ExportFormat, blob: Blob) => {
    const name = figureFileName(title, size, format, suppressed);
    (args.saveFile ?? downloadWithin(args.dialog.current))({ name, blob });
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
        save(format, await figureToPdfBlob(figure, size, { title, subject: figure.altText }));
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
    const ok = await (args.copyText ?? clipboardCopy)(text);
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

  return { status, busy, make, copy };
}
