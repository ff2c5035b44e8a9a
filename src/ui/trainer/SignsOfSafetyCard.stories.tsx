import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { signsOfSafety, type SignsOfSafety } from '../../core/trainer/signsOfSafety.ts';
import { SignsOfSafetyCard } from './SignsOfSafetyCard.tsx';
import { trainerCase, trainerLoaded } from './testingCases.ts';

const { pathway } = trainerLoaded;
const atMissedPoint = (id: string, index: number): SignsOfSafety => {
  const sos = signsOfSafety(pathway, trainerCase(id), index);
  if (!sos) throw new Error(`No step ${String(index)} in ${id}.`);
  return sos;
};

/** The Signs of Safety frame at a missed early-intervention point. */
const meta = {
  title: 'Trainer/SignsOfSafetyCard',
  component: SignsOfSafetyCard,
  args: { sos: atMissedPoint('C01', 0) },
  render: (args) => (
    <div style={{ maxWidth: '460px', padding: '16px' }}>
      <SignsOfSafetyCard {...args} />
    </div>
  ),
} satisfies Meta<typeof SignsOfSafetyCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SchoolMissedPoint: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Missed early-intervention point at School',
    );
    const well = canvas.getByRole('region', { name: 'What was working well' });
    const worried = canvas.getByRole('region', { name: 'What we are worried about' });
    const needs = canvas.getByRole('region', { name: 'What needed to happen' });
    await expect(well).toHaveTextContent(
      'School saw the signs and recorded them (self-harm, parental conflict).',
    );
    await expect(well).toHaveTextContent(
      'Relationships and a trusted adult matter most to children. (audit finding)',
    );
    await expect(worried).toHaveTextContent(
      'No referral, assessment or intervention outside crisis care followed within 28 days',
    );
    await expect(worried).toHaveTextContent(
      'The child reached crisis 157 days later (Rise 24-hour crisis line).',
    );
    await expect(needs).toHaveTextContent('A schools self-assessment.');
    const routes = within(needs).getAllByRole('list')[1] as HTMLElement;
    await expect(within(routes).getAllByRole('listitem')).toHaveLength(5);
    await expect(routes).toHaveTextContent('Mental Health Support Team (MHST) (referral)');
    await expect(routes).not.toHaveTextContent('crisis line');
  },
};

export const GpMissedPoint: Story = {
  args: { sos: atMissedPoint('C05', 1) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Missed early-intervention point at GP (primary care)',
    );
    await expect(canvas.getByRole('region', { name: 'What we are worried about' })).toHaveTextContent(
      'The child reached crisis 28 days later (Emergency department (UHCW)).',
    );
  },
};

export const Compact: Story = {
  args: { sos: atMissedPoint('C05', 0), compact: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Coventry & Warwickshire Mind and voluntary sector',
    );
    await expect(canvas.getByRole('region', { name: 'What needed to happen' })).toHaveTextContent(
      'Early Help (referral)',
    );
  },
};
