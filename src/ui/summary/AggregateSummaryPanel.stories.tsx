import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DEFAULT_DISCLOSURE } from '../../core/disclosure/disclosureSettings.ts';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { coventryPathway } from '../testing/pathways.ts';
import { AggregateSummaryPanel } from './AggregateSummaryPanel.tsx';

/** An aggregate overlay's numbers (the shipped cohort's, as `pathway-lens aggregate` writes them). */
const meta = {
  title: 'Explorer/AggregateSummaryPanel',
  component: AggregateSummaryPanel,
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ maxWidth: '420px' }}>{Story()}</div>],
  args: {
    summary: coventryFixture.summary,
    pathway: coventryPathway,
    parameters: { windowDays: 28, horizonDays: 365 },
    synthetic: true,
    disclosure: DEFAULT_DISCLOSURE,
    leadTimeJourneys: 10,
  },
} satisfies Meta<typeof AggregateSummaryPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ShippedCohortOverlay: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'The overlay in numbers' })).toBeVisible();
    // No number lists journeys: an overlay has none.
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
    // Counts from 1 to 4 read "<5" (GP's 3 missed points), and the note says why.
    await expect(canvas.getByText('GP (primary care)').parentElement).toHaveTextContent('<5');
    await expect(canvas.getByText(/Disclosure control/)).toBeVisible();
    await expect(canvas.getByText(/W = 28 days/)).toBeVisible();
  },
};

export const WithoutLeadTimeCount: Story = {
  args: { leadTimeJourneys: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // An overlay that does not say how many journeys have a lead time: the median is not shown.
    await expect(canvas.getByText(/the overlay does not say/)).toBeVisible();
  },
};
