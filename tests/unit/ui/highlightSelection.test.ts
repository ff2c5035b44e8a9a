import { describe, expect, it } from 'vitest';
import { highlightSelection } from '../../../src/ui/map/highlightSelection.ts';
import { flowOf } from './mapFlow.ts';
import { readPathway } from '../helpers.ts';

const flow = flowOf(readPathway('tests/fixtures/pathways/minimal.json'));

describe('highlightSelection', () => {
  it('returns the flow unchanged when nothing (or an unknown id) is selected', () => {
    expect(highlightSelection(flow, null)).toEqual({ nodes: flow.nodes, edges: flow.edges });
    expect(highlightSelection(flow, 'nowhere').nodes).toBe(flow.nodes);
    // A lane is not a service: selecting it changes nothing.
    expect(highlightSelection(flow, 'lane:universal').nodes).toBe(flow.nodes);
  });

  it('selects the service, relates its neighbours, dims the rest and labels only its routes', () => {
    const { nodes, edges } = highlightSelection(flow, 'school');
    const node = (id: string) => nodes.find((n) => n.id === id);
    expect(node('school')?.selected).toBe(true);
    expect(node('gp')?.data).toMatchObject({ related: true, dimmed: false });
    expect(node('ed')?.data).toMatchObject({ related: false, dimmed: true });
    const related = edges.filter((e) => e.className?.includes('route--related'));
    expect(related.map((e) => `${e.source}>${e.target}`)).toEqual(['school>gp']);
    expect(related.every((e) => e.data?.showLabel)).toBe(true);
    expect(edges.filter((e) => e.data?.showLabel)).toHaveLength(1);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(flow);
    highlightSelection(flow, 'gp');
    expect(JSON.stringify(flow)).toBe(before);
  });
});
