import type { Meta, StoryObj } from '@storybook/react-vite';
import { DEFAULT_PARAMETERS } from '../../core/analysis/parameters.ts';
import { useState, type ComponentProps } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { JourneyFocus } from '../../core/analysis/journeyFocus.ts';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { coventryPathway } from '../testing/pathways.ts';
import { SummaryPanel } from './SummaryPanel.tsx';

function Stateful(props: ComponentProps<typeof SummaryPanel>) {
  const [focus, setFocus] = useState<JourneyFocus | null>(props.focus);
  return (
    <div style={{ maxWidth: '420px' }}>
      <SummaryPanel
        {...props}
        focus={focus}
        onFocus={(f) => {
          setFocus(f);
          props.onFocus(f);
        }}
      />
    </div>
  );
}

/** The shipped synthetic cohort in numbers; each number lists the journeys behind it. */
const meta = {
  title: 'Explorer/SummaryPanel',
  component: SummaryPanel,
  parameters: { layout: 'padded' },
  render: (args) => <Stateful {...args} />,
  args: {
    summary: coventryFixture.summary,
    pathway: coventryPathway,
    cohortJourneys: 10,
    synthetic: true,
    parameters: DEFAULT_PARAMETERS,
    focus: null,
    onFocus: fn(),
  },
} satisfies Meta<typeof SummaryPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ShippedCohort: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Synthetic cohort — invented journeys, not real children')).toBeVisible();
    await expect(canvas.getByRole('button', { name: '10 journeys' })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByRole('heading', { name: /15 missed early-intervention points/ })).toBeVisible();
    // By service and by agency, most first.
    const school = canvas.getByRole('button', { name: '11 School' });
    await userEvent.click(school);
    await expect(args.onFocus).toHaveBeenLastCalledWith({ kind: 'missedAt', service: 'school' });
    await expect(school).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(canvas.getByRole('button', { name: '3 Primary care' }));
    await expect(args.onFocus).toHaveBeenLastCalledWith({ kind: 'missedByAgency', agency: 'Primary care' });
    // Lead time and the 48-hour target, from the keyboard.
    canvas.getByRole('button', { name: /248.5 days/ }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onFocus).toHaveBeenLastCalledWith({ kind: 'leadTime' });
    canvas.getByRole('button', { name: '1 not within 48 hours' }).focus();
    await userEvent.keyboard(' ');
    await expect(args.onFocus).toHaveBeenLastCalledWith({
      kind: 'target',
      service: 'acute_liaison',
      met: false,
    });
    await userEvent.click(canvas.getByRole('button', { name: '10 journeys' }));
    await expect(args.onFocus).toHaveBeenLastCalledWith(null);
  },
};

export const FilteredToNothing: Story = {
  args: {
    summary: {
      ...coventryFixture.summary,
      journeys: 0,
      reachedCrisis: 0,
      missedPoints: 0,
      journeysWithMissedPoints: 0,
      missedPointsByService: {},
      medianLeadTimeDays: null,
      targets: coventryFixture.summary.targets.map((t) => ({
        ...t,
        referrals: 0,
        withinTarget: 0,
        medianDays: null,
      })),
    },
    synthetic: false,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: '0 journeys of 10 (filtered)' })).toBeVisible();
    await expect(canvas.getByText('None under these filters and parameters.')).toBeVisible();
    await expect(canvas.getByText('No referrals under these filters.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /median lead time/ })).toBeDisabled();
    await expect(canvas.queryByText(/Synthetic cohort/)).toBeNull();
  },
};
