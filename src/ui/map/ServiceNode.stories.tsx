import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { expect, within } from 'storybook/test';
import { serviceBox } from '../../core/layout/serviceBox.ts';
import type { ServiceId } from '../../core/pathway/types.ts';
import { serviceAriaLabel } from './describe.ts';
import type { ServiceFlowNode, ServiceNodeData } from './flowTypes.ts';
import { mapMetrics } from './mapMetrics.ts';
import { measureText } from './measureText.ts';
import { ServiceNode } from './ServiceNode.tsx';

const nodeTypes = { service: ServiceNode };

interface PreviewProps {
  data: ServiceNodeData;
  selected?: boolean;
}

/** One service node on its own small map, as React Flow draws it (wrapper, focus and accessible name). */
function ServiceNodePreview({ data, selected = false }: PreviewProps) {
  const box = serviceBox(data.label, mapMetrics(measureText()));
  const node: ServiceFlowNode = {
    id: data.serviceId,
    type: 'service',
    position: { x: 0, y: 0 },
    width: box.width,
    height: box.height,
    selected,
    ariaLabel: serviceAriaLabel(data, { label: data.levelLabel }),
    data: { ...data, nameLines: box.nameLines },
  };
  return (
    <ReactFlowProvider>
      <div style={{ width: '320px', height: '200px' }}>
        <ReactFlow
          nodes={[node]}
          nodeTypes={nodeTypes}
          fitView
          maxZoom={1}
          nodesDraggable={false}
          proOptions={{ hideAttribution: true }}
        />
      </div>
    </ReactFlowProvider>
  );
}

const data = (over: Partial<ServiceNodeData>): ServiceNodeData => ({
  serviceId: 'school' as ServiceId,
  label: 'School',
  nameLines: [],
  agency: 'Education',
  levelLabel: 'Universal',
  tags: [],
  earlyIntervention: false,
  crisis: false,
  ...over,
});

const meta = {
  title: 'Map/ServiceNode',
  component: ServiceNodePreview,
  parameters: { layout: 'centered' },
  args: { data: data({}) },
} satisfies Meta<typeof ServiceNodePreview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const EarlyIntervention: Story = {
  args: { data: data({ tags: ['early-intervention', 'education'], earlyIntervention: true }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: 'School — Universal — early intervention' });
    await expect(within(node).getByText('Early intervention')).toBeVisible();
    await expect(node).toHaveAttribute('tabindex', '0');
  },
};

export const Crisis: Story = {
  args: {
    data: data({
      serviceId: 'ed' as ServiceId,
      label: 'Emergency department (UHCW)',
      agency: 'UHCW',
      levelLabel: 'Crisis',
      tags: ['crisis', 'nhs', 'hospital'],
      crisis: true,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: 'Emergency department (UHCW) — Crisis — crisis' });
    await expect(within(node).getByText('Crisis')).toBeVisible();
  },
};

export const Plain: Story = {
  args: {
    data: data({
      serviceId: 'mash' as ServiceId,
      label: 'MASH (multi-agency safeguarding hub)',
      agency: 'Coventry City Council',
      levelLabel: 'Safeguarding',
      tags: ['safeguarding'],
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', {
      name: 'MASH (multi-agency safeguarding hub) — Safeguarding',
    });
    await expect(within(node).queryByText('Early intervention')).toBeNull();
    await expect(within(node).queryByText('Crisis')).toBeNull();
  },
};

export const Selected: Story = {
  args: { data: data({ tags: ['early-intervention'], earlyIntervention: true }), selected: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: /^School/ });
    await expect(node).toHaveClass('selected');
    await expect(node.querySelector('.service-node')).toHaveClass('is-selected');
  },
};

// ---------------------------------------------------------------- With the cohort's overlay

const overlay = (
  over: Partial<NonNullable<ServiceNodeData['overlay']>>,
): NonNullable<ServiceNodeData['overlay']> => ({
  mode: 'frequency',
  journeys: 7,
  missed: 0,
  waitDays: null,
  ...over,
});

/** The school with the shipped cohort: 7 journeys and the missed-points marker (shape, number and word). */
export const OverlayMissedPoints: Story = {
  args: {
    data: data({
      tags: ['early-intervention', 'education'],
      earlyIntervention: true,
      overlay: overlay({ missed: 11 }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: /^School/ });
    await expect(within(node).getByText('7 journeys')).toBeVisible();
    const marker = node.querySelector('.missed-marker');
    await expect(marker).toHaveTextContent('11 missed');
    // The marker is not colour alone: it has its own shape.
    await expect(marker?.querySelector('svg path')).not.toBeNull();
    // The tag shrinks to its shape; its words stay for screen readers.
    await expect(within(node).getByText('Early intervention')).toHaveClass('visually-hidden');
  },
};

/** A service no journey reached: dashed outline, "no journeys". */
export const OverlayNoJourneys: Story = {
  args: {
    data: data({
      serviceId: 'tier4' as ServiceId,
      label: 'Tier 4 inpatient unit',
      agency: 'NHS England',
      levelLabel: 'Inpatient',
      tags: ['crisis'],
      crisis: true,
      overlay: overlay({ journeys: 0 }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: /^Tier 4/ });
    await expect(within(node).getByText('no journeys')).toBeVisible();
  },
};

/** The time view at the acute liaison team: median wait and the 48-hour target met / not met. */
export const OverlayTimeWithTarget: Story = {
  args: {
    data: data({
      serviceId: 'acute_liaison' as ServiceId,
      label: 'CAMHS acute liaison team',
      agency: 'Rise (CWPT)',
      levelLabel: 'Crisis',
      tags: ['crisis'],
      crisis: true,
      overlay: overlay({
        mode: 'time',
        journeys: 9,
        waitDays: 2,
        target: { label: 'Assessed within 48 hours of referral', hours: 48, referrals: 10, withinTarget: 9 },
      }),
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const node = await canvas.findByRole('group', { name: /^CAMHS acute liaison team/ });
    await expect(within(node).getByText('wait 2 d')).toBeVisible();
    const chip = node.querySelector('.target-chip');
    await expect(chip).toHaveTextContent('48 h: ✓ 9 ✗ 1');
  },
};

/** A service on a highlighted journey, visited at steps 3 and 8. */
export const OnHighlightedRoute: Story = {
  args: {
    data: data({
      serviceId: 'rise_community' as ServiceId,
      label: 'Rise community CAMHS',
      agency: 'Rise (CWPT)',
      levelLabel: 'Targeted',
      overlay: overlay({ journeys: 7 }),
      steps: [3, 8],
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.service-node__steps')).toHaveTextContent('3 · 8');
    await expect(canvasElement.querySelector('.service-node')).toHaveClass('is-on-path');
  },
};
