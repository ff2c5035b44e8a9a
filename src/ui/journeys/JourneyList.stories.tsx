import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { JourneyRow } from '../../core/analysis/viewModel.ts';
import { coventryFixture, generatedJourneyRows } from '../testing/cohortFixture.ts';
import { coventryPathway } from '../testing/pathways.ts';
import { JourneyList } from './JourneyList.tsx';

/**
 * The list with its selection, sort and search held in state, as the explorer's view holds them, so a
 * story shows the selected row and the sorted, searched list.
 */
function JourneyListWithState(props: ComponentProps<typeof JourneyList>) {
  const [selected, setSelected] = useState(props.selectedIndex);
  const [sort, setSort] = useState(props.sort);
  const [search, setSearch] = useState(props.search);
  return (
    <JourneyList
      {...props}
      selectedIndex={selected}
      onSelect={(i) => {
        setSelected(i);
        props.onSelect(i);
      }}
      sort={sort}
      onSortChange={(next) => {
        setSort(next);
        props.onSortChange(next);
      }}
      search={search}
      onSearchChange={(next) => {
        setSearch(next);
        props.onSearchChange(next);
      }}
    />
  );
}

let bigRows: JourneyRow[] | undefined;
/** 100,000 generated rows, made once per page. */
function manyRows(): JourneyRow[] {
  bigRows ??= generatedJourneyRows(coventryPathway, 100_000, 7);
  return bigRows;
}

const meta = {
  title: 'Journeys/JourneyList',
  component: JourneyList,
  parameters: { layout: 'padded' },
  render: (args) => <JourneyListWithState {...args} />,
  args: {
    rows: coventryFixture.rows,
    concernsLabel: coventryFixture.concernLabel,
    selectedIndex: null,
    onSelect: fn(),
    sort: null,
    onSortChange: fn(),
    search: '',
    onSearchChange: fn(),
    attributeColumns: ['age_band'],
    synthetic: true,
  },
} satisfies Meta<typeof JourneyList>;
export default meta;
type Story = StoryObj<typeof meta>;

const firstIds = (canvasElement: HTMLElement, n: number) =>
  [...canvasElement.querySelectorAll('tbody tr:not([aria-hidden]) th button')]
    .slice(0, n)
    .map((b) => b.textContent);

/** The ten synthetic journeys: sort by a header, search, then choose a journey with the keyboard. */
export const Default: Story = {
  play: async ({ canvasElement, args, step }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: /Journeys \(10\) — synthetic cohort/ });
    await expect(table).toHaveAttribute('aria-rowcount', '11');
    await expect(within(table).getAllByRole('row')).toHaveLength(11);

    await step('a header sorts, and again reverses', async () => {
      const missed = canvas.getByRole('button', { name: 'Missed points' });
      await userEvent.click(missed);
      await expect(missed.closest('th')).toHaveAttribute('aria-sort', 'ascending');
      await expect(firstIds(canvasElement, 1)).toEqual(['C02']);
      await userEvent.click(missed);
      await expect(missed.closest('th')).toHaveAttribute('aria-sort', 'descending');
      await expect(firstIds(canvasElement, 1)).toEqual(['C01']);
      // The keyboard sorts too: Enter on another header.
      const id = canvas.getByRole('button', { name: 'Journey' });
      id.focus();
      await userEvent.keyboard('{Enter}');
      await expect(id.closest('th')).toHaveAttribute('aria-sort', 'ascending');
      await expect(missed.closest('th')).not.toHaveAttribute('aria-sort');
      await expect(firstIds(canvasElement, 3)).toEqual(['C01', 'C02', 'C03']);
    });

    await step('the search box filters by concern', async () => {
      const search = canvas.getByRole('searchbox', { name: 'Search journeys' });
      await userEvent.type(search, 'exploitation');
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Showing 2 of 10 journeys'));
      await expect(firstIds(canvasElement, 5)).toEqual(['C06', 'C09']);
      await userEvent.clear(search);
      await userEvent.type(search, '11-13');
      await waitFor(() => expect(firstIds(canvasElement, 5)).toEqual(['C04', 'C07', 'C10']));
      await userEvent.clear(search);
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('10 journeys'));
    });

    await step('Arrow Down moves to the next journey and Enter selects it', async () => {
      const first = canvas.getByRole('button', { name: 'C01' });
      await expect(first).toHaveAttribute('tabindex', '0');
      first.focus();
      await userEvent.keyboard('{ArrowDown}');
      const second = canvas.getByRole('button', { name: 'C02' });
      await expect(second).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalledWith(1);
      await expect(second).toHaveAttribute('aria-pressed', 'true');
      await expect(first).toHaveAttribute('aria-pressed', 'false');
    });
  },
};

/** Filtered to the journeys through a service (the explorer passes the rows and the service's label). */
export const ThroughAService: Story = {
  args: {
    rows: coventryFixture.rows.filter((r) => ['C03', 'C04', 'C05'].includes(r.id)),
    highlightServiceLabel: 'School nurse',
    selectedIndex: 3,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('table', { name: /^Journeys through School nurse \(3\)/ }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'C04' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** 100,000 generated journeys: only the rows in view are in the page, and the keyboard still reaches the last. */
export const HundredThousandRows: Story = {
  args: { rows: manyRows(), synthetic: true },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: /Journeys \(100,000\)/ });
    await expect(table).toHaveAttribute('aria-rowcount', '100001');
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThan(100);

    const first = canvas.getByRole('button', { name: 'G000001' });
    first.focus();
    await userEvent.keyboard('{End}');
    const last = await canvas.findByRole('button', { name: 'G100000' });
    await expect(last).toHaveFocus();
    await expect(last.closest('tr')).toHaveAttribute('aria-rowindex', '100001');
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThan(100);
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith(99_998);

    // Sorting 100,000 rows, then searching them.
    await userEvent.click(canvas.getByRole('button', { name: 'Missed points' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Missed points' }));
    await expect(canvas.getByRole('button', { name: 'Missed points' }).closest('th')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search journeys' }), 'G09999');
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Showing 10 of 100,000 journeys'),
    );
    await expect(canvasElement.querySelectorAll('tr').length).toBeLessThan(100);
  },
};
