import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { ProfileChoice } from '../data/cohortClientTypes.ts';
import type { ExportedFile } from '../export/saveAndCopy.ts';
import { coventryPathway } from '../testing/pathways.ts';
import { camhsFile, lastCall, previewOnThisThread } from '../testing/mappingFixtures.ts';
import { MappingDialog } from './MappingDialog.tsx';

const file = camhsFile;
const previewFile = previewOnThisThread;

/**
 * The mapping dialog on a CAMHS-style export (day-first dates, team names, attendance codes): the roles
 * suggested, values mapped, the profile saved and the file opened with it. `saveFile` and `onApply` are
 * spies, so the play functions read what the dialog made.
 */
const meta = {
  title: 'Data/MappingDialog',
  component: MappingDialog,
  parameters: { layout: 'fullscreen' },
  args: {
    file,
    pathway: coventryPathway,
    previewFile,
    canRemember: true,
    onApply: fn(),
    onClose: fn(),
    saveFile: fn(),
  },
} satisfies Meta<typeof MappingDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MapAndSave: Story = {
  play: async ({ canvasElement, args, step }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await body.findByTestId('mapping-dialog'));
    await dialog.findByText(/23 rows, header on row 3/);
    await step('an incomplete mapping is explained, not opened', async () => {
      await userEvent.click(dialog.getByRole('button', { name: 'Open with this mapping' }));
      await expect(args.onApply).not.toHaveBeenCalled();
      await expect(dialog.getByTestId('mapping-problems')).toHaveTextContent(/not complete/);
    });
    await step('values mapped, the profile saved as --map JSON', async () => {
      await userEvent.selectOptions(
        dialog.getByRole('combobox', { name: 'Role of column “Presenting needs”' }),
        '',
      );
      await userEvent.click(dialog.getAllByRole('button', { name: /^Map \d+ remaining$/ })[0] as HTMLElement);
      await userEvent.selectOptions(
        dialog.getByRole('combobox', { name: 'Map all remaining activity values to' }),
        'contact',
      );
      await userEvent.click(dialog.getAllByRole('button', { name: /^Map \d+ remaining$/ })[1] as HTMLElement);
      await userEvent.click(dialog.getByRole('button', { name: 'Save profile' }));
      const saved = lastCall(args.saveFile)[0] as ExportedFile;
      await expect(saved.name).toBe('camhs-export.profile.json');
      const json = JSON.parse(await saved.blob.text()) as Record<string, unknown>;
      await expect(json).toMatchObject({ profile: 1, columns: { journey: 'Pseudo ID', service: 'Team' } });
      await expect(dialog.getByText('Saved camhs-export.profile.json.')).toBeInTheDocument();
    });
    await step('opened with the mapping, remembered when asked', async () => {
      await userEvent.click(dialog.getByRole('checkbox', { name: /Remember this mapping/ }));
      await userEvent.click(dialog.getByRole('button', { name: 'Open with this mapping' }));
      const [choice, remember] = lastCall(args.onApply) as [ProfileChoice, boolean];
      await expect(remember).toBe(true);
      await expect(choice.file).toBe('camhs-export.profile.json');
      await expect(choice.profile.services?.['School']).toBe('school');
    });
  },
};

export const LoadABrokenProfile: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await body.findByTestId('mapping-dialog'));
    await dialog.findByText(/23 rows/);
    const input = dialog.getByTestId('profile-file-input');
    await userEvent.upload(input, new File(['{ "profile": 1, "colums": {} }'], 'bad.profile.json'));
    await waitFor(() => expect(dialog.getByTestId('mapping-problems')).toHaveTextContent('bad.profile.json'));
  },
};
