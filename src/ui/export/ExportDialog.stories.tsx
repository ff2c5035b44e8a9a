import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_PARAMETERS } from '../../core/analysis/parameters.ts';
import { leadTimeJourneys } from '../../core/analysis/leadTimeJourneys.ts';
import { UNSUPPRESSED_WARNING } from '../../core/disclosure/disclosureSettings.ts';
import { NO_FILTERS } from '../state/viewFilters.ts';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { ExportDialog, UNSUPPRESS_WARNING, type ExportedFile } from './ExportDialog.tsx';
import { pngDpi, pngSize, svgFromDataUrl } from './exportFiles.ts';

const { pathway, summary, analysis } = coventryFixture;

/** The last file the dialog handed to `saveFile`. */
function lastSaved(saveFile: unknown): ExportedFile {
  const calls = (saveFile as { mock: { calls: [ExportedFile][] } }).mock.calls;
  const file = calls.at(-1)?.[0];
  if (!file) throw new Error('no file was saved');
  return file;
}

/** The SVG the preview image shows, read back from its data URL. */
const previewSvg = (canvasElement: HTMLElement): string =>
  svgFromDataUrl(within(canvasElement).getByTestId('export-preview').getAttribute('src') ?? '');

/**
 * The export dialog on the shipped synthetic cohort: preview, title, page, disclosure control,
 * downloads, alt text and embed snippet. `saveFile` and `copyText` are spies here, so the play
 * functions can open what the dialog made.
 */
const meta = {
  title: 'Export/ExportDialog',
  component: ExportDialog,
  args: {
    pathway,
    summary,
    parameters: DEFAULT_PARAMETERS,
    cohortInfo: {
      name: 'cohort.csv',
      synthetic: true,
      journeys: 10,
      periodStart: '2019-01-07',
      periodEnd: '2020-07-06',
    },
    leadTimeJourneys: leadTimeJourneys(analysis),
    embed: { filters: NO_FILTERS },
    appUrl: 'https://intranet.example/pathway-lens/',
    onClose: fn(),
    saveFile: fn(),
    copyText: fn(() => Promise.resolve(true)),
  },
} satisfies Meta<typeof ExportDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog', { name: 'Export figure' });
    await expect(dialog).toBeVisible();
    // The preview is an image of the figure's SVG, described by the figure's alt text.
    const preview = canvas.getByTestId('export-preview');
    await expect(preview).toHaveAttribute('alt', expect.stringContaining('10 journeys') as string);
    await expect(previewSvg(canvasElement)).toContain('SYNTHETIC DATA — not real children');
    await expect(canvas.getByRole('checkbox', { name: /Suppress counts below 5/ })).toBeChecked();
    for (const name of [/^PDF/, /^PNG/, /^SVG/, /^CSV/]) {
      await expect(canvas.getByRole('button', { name })).toBeEnabled();
    }
    // The alt text is shown and copied; the copy is announced.
    const alt = canvas.getByRole<HTMLTextAreaElement>('textbox', { name: 'Alt text of the figure' });
    await expect(alt.value).toContain('15 missed early-intervention points');
    await expect(alt.value).toBe(preview.getAttribute('alt'));
    await userEvent.click(canvas.getByRole('button', { name: 'Copy alt text' }));
    await expect(args.copyText).toHaveBeenCalledWith(expect.stringContaining('10 journeys'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Alt text copied to the clipboard.');
    // The embed snippet: an iframe on the app's embed route with W and H.
    const snippet = canvas.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed snippet' });
    await expect(snippet.value).toBe(
      '<iframe src="https://intranet.example/pathway-lens/#/embed?W=28&amp;H=365&amp;size=a4-landscape" ' +
        'title="Where early help was missed: Coventry and Warwickshire" width="800" height="566"></iframe>',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Copy embed snippet' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Embed snippet copied to the clipboard.');
  },
};

export const SwitchingSuppressionOff: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const suppress = canvas.getByRole('checkbox', { name: /Suppress counts below 5/ });
    // Unticking asks first; keeping suppression changes nothing.
    await userEvent.click(suppress);
    await expect(canvas.getByRole('alert')).toHaveTextContent(UNSUPPRESS_WARNING);
    const keep = canvas.getByRole('button', { name: 'Keep suppression' });
    await expect(keep).toHaveFocus();
    await expect(suppress).toBeChecked();
    await userEvent.click(keep);
    await expect(canvas.queryByRole('alert')).not.toBeInTheDocument();
    await expect(suppress).toBeChecked();
    await expect(previewSvg(canvasElement)).not.toContain('Unsuppressed');
    // Confirming shows the counts, and the figure says it is not for publication.
    await userEvent.click(suppress);
    await userEvent.click(canvas.getByRole('button', { name: 'Show counts below 5' }));
    await expect(suppress).not.toBeChecked();
    await expect(canvas.getByTestId('unsuppressed-note')).toHaveTextContent('Suppression is off.');
    await waitFor(() => expect(previewSvg(canvasElement)).toContain(UNSUPPRESSED_WARNING));
    // Ticking it again needs no confirmation.
    await userEvent.click(suppress);
    await expect(suppress).toBeChecked();
    await waitFor(() => expect(previewSvg(canvasElement)).not.toContain('Unsuppressed'));
  },
};

export const Downloads: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Title' }), 'Board paper: early help');

    await userEvent.click(canvas.getByRole('button', { name: /^SVG/ }));
    let file = lastSaved(args.saveFile);
    await expect(file.name).toBe('board-paper-early-help-a4-landscape.svg');
    await expect(await file.blob.text()).toContain(
      '<title id="figure-title">Board paper: early help</title>',
    );

    await userEvent.click(canvas.getByRole('button', { name: /^CSV/ }));
    file = lastSaved(args.saveFile);
    await expect(file.name).toBe('board-paper-early-help-numbers.csv');
    await expect(await file.blob.text()).toContain('<5');

    // PNG: 300 dpi across A4 landscape.
    await userEvent.click(canvas.getByRole('button', { name: /^PNG/ }));
    await waitFor(() => expect(lastSaved(args.saveFile).name).toMatch(/\.png$/), { timeout: 20_000 });
    const png = new Uint8Array(await lastSaved(args.saveFile).blob.arrayBuffer());
    await expect(pngSize(png)).toEqual({ width: 3508, height: 2480 });
    await expect(pngDpi(png)).toBe(300);

    // PDF: one A4 landscape page, vector.
    await userEvent.click(canvas.getByRole('button', { name: /^PDF/ }));
    await waitFor(() => expect(lastSaved(args.saveFile).name).toMatch(/\.pdf$/), { timeout: 30_000 });
    const pdf = await lastSaved(args.saveFile).blob.text();
    await expect(pdf.startsWith('%PDF-')).toBe(true);
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    await expect(boxes).toEqual([[842, 595]]);
    // Vector: the figure's text is drawn as text in the embedded DejaVu Sans (a subset), and there is no image.
    await expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    // Tagged: a structure tree, marked content, the language and the title shown by viewers.
    await expect(pdf).toContain('/StructTreeRoot');
    await expect(pdf).toMatch(/\/Marked true/);
    await expect(pdf).toContain('/Lang (en-GB)');
    await expect(pdf).toContain('/DisplayDocTitle true');
    await expect(pdf).toMatch(/\/S \/Figure[^]*\/Alt \(/);
    // The fonts are embedded as subsets: the file is small enough to email (about 130 kB).
    await expect(lastSaved(args.saveFile).blob.size).toBeLessThan(400_000);
    await expect(pdf).not.toContain('/Subtype /Image');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'PDF ready: board-paper-early-help-a4-landscape.pdf',
    );
  },
};

export const Portrait: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'A4 portrait' }));
    await waitFor(() => expect(previewSvg(canvasElement)).toContain('width="210mm" height="297mm"'));
    await userEvent.click(canvas.getByRole('button', { name: /^PNG/ }));
    await waitFor(() => expect(lastSaved(args.saveFile).name).toMatch(/a4-portrait\.png$/), {
      timeout: 20_000,
    });
    const png = new Uint8Array(await lastSaved(args.saveFile).blob.arrayBuffer());
    await expect(pngSize(png)).toEqual({ width: 2480, height: 3508 });
  },
};

export const UsersOwnCohort: Story = {
  args: {
    cohortInfo: { name: 'our-cohort.csv', synthetic: false, journeys: 10 },
    embed: null,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Copy embed snippet' })).not.toBeInTheDocument();
    await expect(canvas.getByText(/your own cohort stays on this computer/)).toBeVisible();
    await expect(previewSvg(canvasElement)).not.toContain('SYNTHETIC');
  },
};

export const ClosesWithEscape: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(args.onClose).toHaveBeenCalledTimes(1));
  },
};

export const ClosesWithItsButton: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Close the export dialog' }));
    await waitFor(() => expect(args.onClose).toHaveBeenCalledTimes(1));
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};
