import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { PathwayTable } from './PathwayTable.tsx';

const meta = {
  title: 'Table/PathwayTable',
  component: PathwayTable,
  parameters: { layout: 'padded' },
  args: {
    pathway: coventryFixture.pathway,
    summary: coventryFixture.summary,
    synthetic: true,
    cohortName: 'Coventry synthetic cohort',
    writeClipboard: fn(() => Promise.resolve()),
  },
} satisfies Meta<typeof PathwayTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/** With the shipped cohort's overlay: services with counts, moves, unused routes, targets; copy announces. */
export const WithSummary: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const services = canvas.getByRole('table', { name: /^Services by level.*synthetic: invented journeys/ });
    const school = within(services).getByRole('rowheader', { name: 'School' });
    const row = school.closest('tr') as HTMLElement;
    await expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(
      ['Education', 'Universal (community)', 'early intervention, education', '7', '11', 'none'].map((t) =>
        t === 'none' ? '—none' : t,
      ),
    );
    const moves = canvas.getByRole('table', { name: /^Moves between services/ });
    await expect(within(moves).getAllByRole('row').length).toBe(
      coventryFixture.summary.transitions.length + 1,
    );
    await expect(within(moves).getAllByText('Off pathway').length).toBe(3);
    await expect(
      canvas.getByRole('table', { name: /^Routes of the pathway that no journey/ }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('table', { name: /^Service targets/ })).toBeInTheDocument();

    await userEvent.click(canvas.getByRole('button', { name: 'Copy as tab-separated text' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(/^Copied 4 tables \(\d+ rows\)/),
    );
    const text = (args.writeClipboard as ReturnType<typeof fn>).mock.calls[0]?.[0] as string;
    await expect(text).toContain(
      'School\tEducation\tUniversal (community)\tearly intervention, education\t7\t11\t\n',
    );
    await expect(text).toContain('synthetic');
  },
};

/** No cohort loaded: the pathway's services and routes only. */
export const WithoutSummary: Story = {
  args: { summary: null, cohortName: null, synthetic: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const services = canvas.getByRole('table', { name: 'Services by level (no cohort loaded)' });
    await expect(
      within(services)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Service', 'Agency', 'Level', 'Tags']);
    await expect(
      canvas.getByRole('table', { name: 'Routes of the pathway (no cohort loaded)' }),
    ).toBeInTheDocument();
    await expect(canvas.queryByText('Synthetic')).toBeNull();
  },
};

/** When the browser refuses the clipboard, the text is shown selected, and the status says how to copy it. */
export const CopyRefused: Story = {
  args: { writeClipboard: fn(() => Promise.reject(new Error('denied'))) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy as tab-separated text' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/press Ctrl\+C/));
    const area = canvas.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'The tables as tab-separated text',
    });
    await expect(area).toHaveFocus();
    await expect(area.selectionEnd - area.selectionStart).toBe(area.value.length);
  },
};
