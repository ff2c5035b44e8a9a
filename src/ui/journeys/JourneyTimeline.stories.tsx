import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { JourneyDetail } from '../../core/analysis/viewModel.ts';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { JourneyTimeline } from './JourneyTimeline.tsx';
import type { TimelineMode } from './timelineScale.ts';

function TimelineWithMode(props: ComponentProps<typeof JourneyTimeline>) {
  const [mode, setMode] = useState<TimelineMode>(props.mode);
  return (
    <JourneyTimeline
      {...props}
      mode={mode}
      onModeChange={(m) => {
        setMode(m);
        props.onModeChange(m);
      }}
    />
  );
}

/** C02 cut off before its crisis: a journey that reached no crisis service (look-back is then unavailable). */
function withoutCrisis(detail: JourneyDetail): JourneyDetail {
  const events = detail.eventsList.filter((e) => e.dayFromCrisis !== null && e.dayFromCrisis < 0);
  return {
    ...detail,
    reachedCrisis: false,
    leadTimeDays: null,
    events: events.length,
    eventsList: events.map((e) => ({ ...e, dayFromCrisis: null })),
  };
}

const meta = {
  title: 'Journeys/JourneyTimeline',
  component: JourneyTimeline,
  parameters: { layout: 'padded' },
  render: (args) => <TimelineWithMode {...args} />,
  args: {
    detail: coventryFixture.detail('C01'),
    pathway: coventryFixture.pathway,
    mode: 'date',
    onModeChange: fn(),
    synthetic: true,
  },
} satisfies Meta<typeof JourneyTimeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** By date: three missed points at school, then the crisis line, the emergency department and Ward 14. */
export const ByDate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const img = canvas.getByRole('img', { name: 'Timeline of journey C01, by date' });
    await expect(img).toHaveAccessibleDescription(
      /11 events at 6 services.*3 missed early-intervention points: School/,
    );
    await expect(canvas.getByText('Synthetic')).toBeVisible();
    await expect(canvas.getByText('Missed: School — self-harm, parental conflict')).toBeVisible();
    await expect(canvas.getByText('First crisis: 20 Feb 2020')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'By date' })).toHaveAttribute('aria-pressed', 'true');
    // The event table is there for screen readers even while it is not shown.
    const table = canvas.getByRole('table', { name: /Events of journey C01/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(12);
  },
};

/** Aligned on the first crisis (day 0), with the year before it. */
export const LookBack: Story = {
  args: { mode: 'lookback', detail: coventryFixture.detail('C04') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('img', { name: 'Timeline of journey C04, aligned on the first crisis' }),
    ).toBeInTheDocument();
    const missed = canvas.getAllByText(/^Missed: /);
    await expect(missed.length).toBe(2);
    for (const label of missed) await expect(label).toBeVisible();
    await expect(canvas.getByText('Days before (−) and after (+) the first crisis')).toBeVisible();
    await expect(canvas.getByText('\u2212300')).toBeVisible();
  },
};

/** Switching the axis, and a trainer's note shown when its event has keyboard focus. */
export const SwitchingMode: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    await step('switch to look-back and back', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Look back from first crisis' }));
      await expect(args.onModeChange).toHaveBeenCalledWith('lookback');
      await expect(canvas.getByRole('img', { name: /aligned on the first crisis/ })).toBeInTheDocument();
      await expect(canvas.getByText('Missed: School — self-harm, parental conflict')).toBeVisible();
      await userEvent.click(canvas.getByRole('button', { name: 'By date' }));
      await expect(args.onModeChange).toHaveBeenLastCalledWith('date');
      await expect(canvas.getByRole('img', { name: /by date/ })).toBeInTheDocument();
    });
    await step('the event table, and a note on focus', async () => {
      const toggle = canvas.getByRole('button', { name: 'Show the 11 events as a table' });
      await userEvent.click(toggle);
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const table = canvas.getByRole('table', { name: /Events of journey C01/ });
      await expect(table).toBeVisible();
      const row = within(table).getAllByRole('row')[1] as HTMLElement;
      row.focus();
      await expect(await canvas.findByText(/^Trainer note: Head of year notices/)).toBeVisible();
    });
  },
};

/** A journey that reached no crisis service: look-back is unavailable and says why. */
export const NoCrisis: Story = {
  args: { detail: withoutCrisis(coventryFixture.detail('C02')), mode: 'lookback' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Look back from first crisis' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'By date' })).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.getByText(/no first crisis to look back from/)).toBeVisible();
  },
};

/** In a narrow panel the chart keeps its size and scrolls sideways; the frame can then take focus to scroll. */
export const Narrow: Story = {
  decorators: [
    (Story) => (
      <div style={{ width: '420px' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frame = await canvas.findByRole('region', { name: 'Timeline of journey C01 (scrolls sideways)' });
    await expect(frame).toHaveAttribute('tabindex', '0');
    await expect(frame.scrollWidth).toBeGreaterThan(frame.clientWidth);
  },
};
