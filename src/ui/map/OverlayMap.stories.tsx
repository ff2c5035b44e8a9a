import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ViewStoreProvider } from '../state/ViewStore.tsx';
import { coventryFixture } from '../testing/cohortFixture.ts';
import { coventryPathway } from '../testing/pathways.ts';
import { PathwayMap } from './PathwayMap.tsx';

/**
 * The overlay's edges on the Coventry map with the shipped synthetic cohort: moves as lines whose width
 * follows the journeys, routes nobody took faint, off-pathway moves dashed and labelled, and a highlighted
 * route numbered in order.
 */
const meta = {
  title: 'Map/Overlay',
  component: PathwayMap,
  args: { pathway: coventryPathway, summary: coventryFixture.summary, mode: 'frequency', route: null },
  render: (args) => (
    <ViewStoreProvider>
      <div style={{ height: '760px', width: '100%' }}>
        <PathwayMap {...args} />
      </div>
    </ViewStoreProvider>
  ),
} satisfies Meta<typeof PathwayMap>;
export default meta;
type Story = StoryObj<typeof meta>;

const edge = (root: HTMLElement, id: string) => root.querySelector<SVGGElement>(`[data-id="${id}"]`);

export const Frequency: Story = {
  play: async ({ canvasElement }) => {
    // Three off-pathway moves; their labels where the layout found room, else in the line's tooltip.
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.react-flow__edge.move--off')).toHaveLength(3),
    );
    const labels = [...canvasElement.querySelectorAll('.move-label--off')];
    await expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) await expect(label).toHaveTextContent('off pathway · 1');
    // Off-pathway moves are dashed (not colour alone); unused routes are faint and thin.
    const off = canvasElement.querySelector('.react-flow__edge.move--off .react-flow__edge-path');
    await expect(off && getComputedStyle(off).strokeDasharray).not.toBe('none');
    const unused = canvasElement.querySelectorAll('.react-flow__edge.route--unused');
    await expect(unused.length).toBeGreaterThan(0);
    // Width follows journeys: ED → acute liaison (8 journeys) is the widest.
    const widest = canvasElement.querySelector(
      '.react-flow__edge.route--observed[aria-label*="Emergency department (UHCW) to CAMHS acute liaison team"] .react-flow__edge-path',
    );
    const widths = [
      ...canvasElement.querySelectorAll('.react-flow__edge.route--observed .react-flow__edge-path'),
    ].map((p) => parseFloat(getComputedStyle(p).strokeWidth));
    await expect(widest && parseFloat(getComputedStyle(widest).strokeWidth)).toBe(Math.max(...widths));
    await expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
    await expect(edge(canvasElement, 'off:school>ed')).not.toBeNull();
    await expect(canvasElement.querySelector('[data-id="school"] .missed-marker')).toHaveTextContent(
      '11 missed',
    );
  },
};

export const Time: Story = {
  args: { mode: 'time' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-id="mhst"] .service-node__wait')).toHaveTextContent(
        'wait 38.5 d',
      ),
    );
    await expect(canvasElement.querySelector('[data-id="acute_liaison"] .target-chip')).toHaveTextContent(
      '✓ 9',
    );
    const labels = [...canvasElement.querySelectorAll('.route-label--count')].map((l) => l.textContent);
    await expect(labels.every((t) => t.endsWith(' d'))).toBe(true);
  },
};

export const HighlightedJourney: Story = {
  args: { route: coventryFixture.detail('C02').eventsList.map((e) => e.service) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.move-label--step')).toHaveLength(7));
    await expect(canvasElement.querySelector('[data-id="digital"] .service-node__steps')).toHaveTextContent(
      '1',
    );
    await expect(
      canvasElement.querySelector('[data-id="rise_community"] .service-node__steps'),
    ).toHaveTextContent('3 · 8');
    await expect(canvasElement.querySelector('[data-id="school"] .service-node')).toHaveClass('is-dimmed');
  },
};
