import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CasePlayer } from './CasePlayer.tsx';
import { trainerCase, trainerLoaded } from './testingCases.ts';

/** The case player on the synthetic case C01, driven from the keyboard as a trainer would. */
const meta = {
  title: 'Trainer/CasePlayer',
  component: CasePlayer,
  args: { kase: trainerCase('C01'), loaded: trainerLoaded, startIndex: 0 },
  render: (args) => (
    <div style={{ height: '800px', display: 'grid' }}>
      <CasePlayer {...args} />
    </div>
  ),
} satisfies Meta<typeof CasePlayer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const narration = await canvas.findByTestId('narration');
    await expect(narration).toHaveTextContent('Step 1 of 11');
    await expect(narration).toHaveTextContent('Mon 16 September 2019');
    await expect(canvas.getByTestId('signs-of-safety')).toBeInTheDocument();

    // → steps forward: the narration changes.
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(canvas.getByTestId('narration')).toHaveTextContent('Step 2 of 11'));
    await expect(canvas.getByTestId('narration')).toHaveTextContent('Mon 21 October 2019');
    await expect(canvas.getByTestId('narration')).toHaveTextContent('Low mood');

    // Space plays, Space again pauses.
    const controls = canvas.getByRole('group', { name: 'Player controls' });
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(controls).getByRole('button', { name: 'Pause' })).toBeInTheDocument());
    await userEvent.keyboard(' ');
    await waitFor(() => expect(within(controls).getByRole('button', { name: 'Play' })).toBeInTheDocument());

    // N jumps to the next missed point, with its Signs of Safety card.
    await userEvent.keyboard('n');
    await waitFor(() => expect(canvas.getByTestId('narration')).toHaveTextContent('Step 3 of 11'));
    await expect(canvas.getByTestId('narration')).toHaveTextContent('Pupil tells a teaching assistant');
    await expect(canvas.getByTestId('missed-flag')).toBeInTheDocument();
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');

    // End and Home.
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(canvas.getByTestId('narration')).toHaveTextContent('Step 11 of 11'));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(canvas.getByTestId('narration')).toHaveTextContent('Step 1 of 11'));
  },
};

export const WhatIf: Story = {
  args: { startIndex: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const whatIf = await canvas.findByTestId('what-if');
    await userEvent.click(within(whatIf).getByRole('button', { name: /Early Help/ }));
    const banner = await canvas.findByTestId('hypothetical-banner');
    await expect(banner).toHaveTextContent('Hypothetical');
    await expect(canvas.getByTestId('hypothetical')).toHaveTextContent(/School → to Early Help \(referral\)/);
    // Continue from Early Help along the machine.
    await userEvent.click(
      within(canvas.getByTestId('what-if')).getByRole('button', { name: /Mental Health Support Team/ }),
    );
    await waitFor(() =>
      expect(canvas.getByTestId('hypothetical')).toHaveTextContent(
        /Early Help → to Mental Health Support Team \(MHST\)/,
      ),
    );
    await userEvent.click(canvas.getAllByRole('button', { name: /Back to the real case/ })[0] as HTMLElement);
    await waitFor(() => expect(canvas.queryByTestId('hypothetical-banner')).not.toBeInTheDocument());
    await expect(canvas.getByTestId('narration')).toHaveTextContent('Step 3 of 11');
  },
};

export const OffPathwayMove: Story = {
  args: { kase: trainerCase('C04'), startIndex: 2 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const narration = await canvas.findByTestId('narration');
    await expect(narration).toHaveTextContent(
      'Off pathway: the pathway has no route from Neurodevelopmental (ASD/ADHD) assessment to School.',
    );
    await expect(canvas.getByText('Just now (off pathway)')).toBeInTheDocument();
  },
};
