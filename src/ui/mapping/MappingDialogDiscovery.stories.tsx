import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { discoverPathway } from '../../core/discover/discoverPathway.ts';
import type { Problem } from '../../core/problems.ts';
import type { ProfileChoice } from '../data/cohortClientTypes.ts';
import type { ExportedFile } from '../export/saveAndCopy.ts';
import { camhsFile, camhsText, lastCall, previewOnThisThread } from '../testing/mappingFixtures.ts';
import { MappingDialog } from './MappingDialog.tsx';

const file = camhsFile;
const previewFile = previewOnThisThread;

/**
 * The mapping dialog in discovery mode ("Start from data" with a log not in Pathway Lens's columns): no
 * pathway to map onto, so it asks only for the columns' roles and the time format, and says what the
 * service values will become. `saveFile` and `onApply` are spies.
 */
const meta = {
  title: 'Data/MappingDialog/Discovery',
  component: MappingDialog,
  parameters: { layout: 'fullscreen' },
  args: { file, previewFile, onApply: fn(), onClose: fn(), saveFile: fn() },
} satisfies Meta<typeof MappingDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RolesAndTimeOnly: Story = {
  play: async ({ canvasElement, args, step }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await body.findByTestId('mapping-dialog'));
    await dialog.findByText(/23 rows, header on row 3/);
    await step('no value tables: the service values are counted, read only', async () => {
      await expect(
        dialog.getByRole('heading', { name: 'Discover a pathway from camhs-export.csv' }),
      ).toBeVisible();
      await expect(dialog.queryByRole('combobox', { name: /Map all remaining/ })).toBeNull();
      await expect(dialog.getByTestId('discovered-services')).toHaveTextContent(
        /“Team”: 11 distinct values, each one a service of the draft/,
      );
      await expect(dialog.queryByRole('checkbox', { name: /Remember/ })).toBeNull();
    });
    await step('a time format that reads nothing names the failing values', async () => {
      const format = dialog.getByRole('combobox', { name: /Format/ });
      await userEvent.clear(format);
      await userEvent.type(format, 'yyyy-MM-dd');
      await expect(dialog.getByText(/distinct values are not read/)).toBeVisible();
      await userEvent.clear(format);
      await userEvent.type(format, 'dd/MM/yyyy HH:mm | dd/MM/yyyy | excel');
      await expect(dialog.getByText(/Every one of \d+ distinct values is read/)).toBeVisible();
    });
    await step('the activity column left as an attribute: every event is a contact', async () => {
      await userEvent.selectOptions(dialog.getByRole('combobox', { name: 'Role of column “Event”' }), '');
      await expect(dialog.getByTestId('discovered-services')).toHaveTextContent(
        /every event is read as a contact/,
      );
    });
    await step('the profile saved is the --map JSON with no services map', async () => {
      await userEvent.click(dialog.getByRole('button', { name: 'Save profile' }));
      const saved = lastCall(args.saveFile)[0] as ExportedFile;
      await expect(saved.name).toBe('camhs-export.profile.json');
      const json = JSON.parse(await saved.blob.text()) as Record<string, unknown>;
      await expect(json).not.toHaveProperty('services');
      await expect(json).toMatchObject({
        profile: 1,
        columns: { journey: 'Pseudo ID', time: 'Event date', service: 'Team' },
        time: { format: ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy', 'excel'] },
        activities: { '*': 'contact' },
      });
    });
    await step('Discover the pathway hands the profile on', async () => {
      await userEvent.click(dialog.getByRole('button', { name: 'Discover the pathway' }));
      const [choice] = lastCall(args.onApply) as [ProfileChoice];
      await expect(choice.file).toBe('camhs-export.profile.json');
      await expect(choice.profile.columns.service).toBe('Team');
      await expect(choice.profile.services).toBeUndefined();
    });
  },
};

/** Discovery as the worker runs it (here on this thread): the log's problems, or null when a draft was made. */
const discoverHere = (choice: ProfileChoice): Promise<readonly Problem[] | null> => {
  const r = discoverPathway(file.name, camhsText, {
    profile: { profile: choice.profile, file: choice.file },
  });
  return Promise.resolve(r.ok ? null : r.problems);
};

/** A time format that reads none of the log's times: the log is refused, the dialog stays and lists why. */
export const RefusedLog: Story = {
  args: { onApply: fn(discoverHere) },
  play: async ({ canvasElement, args }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = within(await body.findByTestId('mapping-dialog'));
    await dialog.findByText(/23 rows/);
    const format = dialog.getByRole('combobox', { name: /Format/ });
    await userEvent.clear(format);
    await userEvent.type(format, 'yyyy-MM-dd');
    await userEvent.click(dialog.getByRole('button', { name: 'Discover the pathway' }));
    await waitFor(() =>
      expect(dialog.getByTestId('mapping-problems')).toHaveTextContent(
        /camhs-export.csv could not be discovered with this mapping:.*camhs-export.csv:4: /,
      ),
    );
    await expect(dialog.getByTestId('mapping-problems')).toHaveTextContent(/14\/01\/2020 09:30/);
    await expect(args.onClose).not.toHaveBeenCalled();
    await expect(dialog.getByRole('button', { name: 'Discover the pathway' })).toHaveFocus();
  },
};
