import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { coventryPathway } from '../testing/pathways.ts';
import { Legend } from './Legend.tsx';

/** The key to the map: with the cohort's overlay, every mark it draws is explained. */
const meta = {
  title: 'Map/Legend',
  component: Legend,
  parameters: { layout: 'padded' },
  args: { levels: coventryPathway.levels },
  render: (args) => (
    <div style={{ maxWidth: '420px' }}>
      <Legend {...args} />
    </div>
  ),
} satisfies Meta<typeof Legend>;
export default meta;
type Story = StoryObj<typeof meta>;

export const PathwayOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/An expected route/)).toBeVisible();
    await expect(canvas.queryByText(/Missed early-intervention points/)).toBeNull();
  },
};

export const WithOverlay: Story = {
  args: {
    overlay: {
      mode: 'frequency',
      maxJourneys: 8,
      hiddenOffPathway: 0,
      windowDays: 28,
      horizonDays: 365,
      path: false,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Missed early-intervention points at the service/)).toHaveTextContent(
      'W = 28 days',
    );
    await expect(canvas.getByText('Journeys that passed through the service.')).toBeVisible();
    await expect(canvas.getByText(/A route of the pathway that no journey took/)).toBeVisible();
    await expect(canvas.getByText(/A move the pathway does not have/)).toBeVisible();
    await expect(canvasElement.querySelector('.legend .missed-marker')).toHaveTextContent('3 missed');
  },
};

export const TimeWithHiddenMovesAndRoute: Story = {
  args: {
    overlay: {
      mode: 'time',
      maxJourneys: 26491,
      hiddenOffPathway: 303,
      windowDays: 14,
      horizonDays: 180,
      path: true,
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Median days from a referral/)).toBeVisible();
    await expect(canvas.getByText(/303 more are listed in the table view/)).toBeVisible();
    await expect(canvas.getByText(/The highlighted journey or route, step by step/)).toBeVisible();
    await expect(canvas.getByText('26.4k')).toBeVisible();
  },
};
