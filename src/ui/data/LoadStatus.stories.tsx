import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { Problem } from '../../core/problems.ts';
import { LoadProgress } from './LoadProgress.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';

/** Loading a cohort file: the progress bar with its cancel button, and the problems of a refused file. */
const meta = {
  title: 'Explorer/Loading a file',
  component: LoadProgress,
  parameters: { layout: 'fullscreen' },
  args: { fileName: 'big-cohort.csv', fraction: 0.42, onCancel: fn() },
} satisfies Meta<typeof LoadProgress>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Progress: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('progressbar', { name: 'Loading big-cohort.csv' })).toHaveAttribute(
      'value',
      '42',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
    await expect(args.onCancel).toHaveBeenCalled();
  },
};

const many: Problem[] = Array.from({ length: 60 }, (_, i) => ({
  code: 'PL202',
  file: 'bad.csv',
  row: i + 2,
  column: 'service',
  message: `"moon${String(i)}" is not a service of pathway coventry; allowed: school, gp, … (service labels are accepted too).`,
}));

export const Problems: Story = {
  render: () => (
    <ProblemsPanel
      fileName="bad.csv"
      problems={many}
      keptCohort="cohort.csv (10 journeys)"
      onDismiss={fn()}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'bad.csv was not opened: 60 problems' })).toHaveFocus();
    await expect(canvas.getAllByRole('row')).toHaveLength(51);
    await expect(canvas.getByText('and 10 more problems not listed.')).toBeVisible();
    await expect(canvas.getByText(/Nothing was lost: the map still shows cohort.csv/)).toBeVisible();
  },
};
