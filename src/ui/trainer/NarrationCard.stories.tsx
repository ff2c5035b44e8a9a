import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { narrate } from '../../core/trainer/narrate.ts';
import type { CaseStep } from '../../core/trainer/playerCase.ts';
import { NarrationCard } from './NarrationCard.tsx';
import { trainerCase, trainerLoaded } from './testingCases.ts';

const { pathway } = trainerLoaded;
const c01 = trainerCase('C01');
const c04 = trainerCase('C04');

/** One step of a case in plain English, built from the data by `narrate`. */
const meta = {
  title: 'Trainer/NarrationCard',
  component: NarrationCard,
  args: {
    narration: narrate(c01.steps[0] as CaseStep, pathway, 'calendar'),
    stepNumber: 1,
    total: c01.steps.length,
  },
  render: (args) => (
    <div style={{ maxWidth: '460px', padding: '16px' }}>
      <NarrationCard {...args} />
    </div>
  ),
} satisfies Meta<typeof NarrationCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MissedPoint: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Step 1 of 11')).toBeInTheDocument();
    await expect(canvas.getByText('Mon 16 September 2019')).toBeInTheDocument();
    await expect(canvas.getByText(/157 days before the first crisis/)).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: /^School/ })).toHaveTextContent('Education');
    await expect(canvas.getByText('School noted a concern about the child.')).toBeInTheDocument();
    const concerns = canvas.getByRole('list', { name: 'Concerns' });
    await expect(
      within(concerns)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Self-harm', 'Parental conflict']);
    await expect(canvas.getByTestId('missed-flag')).toHaveTextContent('Missed early-intervention point.');
    await expect(canvas.getByText(/Head of year notices cuts on arms/)).toBeInTheDocument();
  },
};

export const OffPathway: Story = {
  args: {
    narration: narrate(c04.steps[2] as CaseStep, pathway, 'calendar'),
    stepNumber: 3,
    total: c04.steps.length,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Off pathway: the pathway has no route/)).toBeInTheDocument();
  },
};

export const OnPathwayCrisis: Story = {
  args: {
    narration: narrate(c01.steps[7] as CaseStep, pathway, 'calendar'),
    stepNumber: 8,
    total: c01.steps.length,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText("The child was admitted to Ward 14 (UHCW children's ward)."),
    ).toBeInTheDocument();
    await expect(
      canvas.getByText(/On pathway: an expected route from CAMHS acute liaison team/),
    ).toBeInTheDocument();
    await expect(canvas.queryByTestId('missed-flag')).not.toBeInTheDocument();
  },
};

export const DayOffsets: Story = {
  args: {
    narration: narrate(
      { ...(c01.steps[1] as CaseStep), time: 12, dayFromCrisis: null, note: undefined },
      pathway,
      'offset',
    ),
    stepNumber: 2,
    total: 5,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Day 12')).toBeInTheDocument();
    await expect(canvas.queryByText(/first crisis/)).not.toBeInTheDocument();
  },
};
