import { useId, type ReactNode } from 'react';
import { checkParameters, PARAMETER_LIMITS, type DurationUnit } from '../../core/analysis/parameters.ts';
import { hasFilters, type ViewFilters } from '../state/viewFilters.ts';
import { CheckboxMenu, type CheckboxOption } from './CheckboxMenu.tsx';
import { ParameterInput } from './ParameterInput.tsx';
import './filters.css';

/** The filters (as the view holds them) and the rule's W and H. */
export interface FiltersValue extends ViewFilters {
  /** W in days (fractional when its unit is hours). */
  readonly windowDays: number;
  readonly horizonDays: number;
  /** The units W and H are shown in (default days). */
  readonly windowUnit?: DurationUnit | undefined;
  readonly horizonUnit?: DurationUnit | undefined;
}

/** A change of W or H: days (fractional in hours) and the unit. */
export interface ParametersChange {
  windowDays?: number;
  horizonDays?: number;
  windowUnit?: DurationUnit;
  horizonUnit?: DurationUnit;
}

export interface FiltersPanelProps {
  readonly value: FiltersValue;
  /** The concern codes present in the cohort, with their labels. */
  readonly concernOptions: readonly CheckboxOption[];
  /** The cohort's extra columns (e.g. age_band) and their values. */
  readonly attributeOptions: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly onConcernsChange: (concerns: string[]) => void;
  readonly onAttributeChange: (name: string, values: string[]) => void;
  readonly onOutcomeChange: (change: {
    reachedCrisis?: boolean | null;
    withMissedPoints?: boolean | null;
  }) => void;
  readonly onParametersChange: (change: ParametersChange) => void;
  readonly onReset: () => void;
  readonly disabled?: boolean | undefined;
  /** Why the filters are off, when they cannot apply (an aggregate overlay has no journeys to filter). */
  readonly note?: ReactNode;
}

/** Attribute columns with more values than this are not offered as filters (e.g. a free-text column). */
const MAX_ATTRIBUTE_VALUES = 40;

/** "age_band" → "Age band". */
export function attributeTitle(name: string): string {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const triState = (v: boolean | null) => (v === null ? 'any' : v ? 'yes' : 'no');
const fromTriState = (v: string) => (v === 'yes' ? true : v === 'no' ? false : null);

const HOURS = 24;

/**
 * W or H as its input shows it: the value, limits and check in its unit, a change of value sent back in
 * days with the unit, and a change of unit converting the value (28 days are 672 hours; 6 hours are
 * rounded to whole days, at least the least allowed).
 */
function durationInput(
  key: 'windowDays' | 'horizonDays',
  days: number,
  unit: DurationUnit,
  send: (change: ParametersChange) => void,
) {
  const unitKey = key === 'windowDays' ? 'windowUnit' : 'horizonUnit';
  const { min, max } = PARAMETER_LIMITS[key];
  const hours = unit === 'hours';
  const toDays = (n: number) => (hours ? n / HOURS : n);
  const other = key === 'windowDays' ? { horizonDays: 365 } : { windowDays: 28 };
  return {
    value: hours ? Math.round(days * HOURS) : days,
    min: hours ? (key === 'horizonDays' ? 1 : 0) : min,
    max: hours ? max * HOURS : max,
    unit,
    check: (n: number) =>
      checkParameters({ windowDays: 28, horizonDays: 365, ...other, [key]: toDays(n), [unitKey]: unit }),
    onChange: (n: number) => {
      send({ [key]: toDays(n), [unitKey]: unit });
    },
    onUnitChange: (next: DurationUnit) => {
      if (next === unit) return;
      const converted =
        next === 'hours' ? Math.min(days, max) : Math.min(max, Math.max(min, Math.round(days)));
      send({ [key]: converted, [unitKey]: next });
    },
  };
}

/**
 * The filters and the rule's parameters: which journeys the overlay, the summary and the list count
 * (concerns, the cohort's own columns, crisis reached, missed points) and the W and H of the missed
 * early-intervention rule. Props only: the screen keeps the values in the view state (and the URL).
 */
export function FiltersPanel(props: FiltersPanelProps): ReactNode {
  const id = useId();
  const { value } = props;
  const active = hasFilters(value);
  return (
    <section className="filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Filters and parameters
      </h2>
      {props.note ? (
        <p className="filters__note" data-testid="filters-note">
          {props.note}
        </p>
      ) : null}
      <div className="filters__group" role="group" aria-label="Which journeys">
        <CheckboxMenu
          label="Concerns"
          options={props.concernOptions}
          selected={value.concerns}
          onChange={props.onConcernsChange}
        />
        {props.attributeOptions
          .filter((a) => a.values.length > 0 && a.values.length <= MAX_ATTRIBUTE_VALUES)
          .map((a) => (
            <CheckboxMenu
              key={a.name}
              label={attributeTitle(a.name)}
              options={[...a.values]
                .sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))
                .map((v) => ({ value: v, label: v }))}
              selected={value.attributes[a.name] ?? []}
              onChange={(values) => {
                props.onAttributeChange(a.name, values);
              }}
            />
          ))}
        <label className="filters__select">
          <span>Reached crisis</span>
          <select
            value={triState(value.reachedCrisis)}
            disabled={props.disabled}
            onChange={(event) => {
              props.onOutcomeChange({ reachedCrisis: fromTriState(event.target.value) });
            }}
          >
            <option value="any">Any</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </label>
        <label className="filters__select">
          <span>Missed points</span>
          <select
            value={triState(value.withMissedPoints)}
            disabled={props.disabled}
            onChange={(event) => {
              props.onOutcomeChange({ withMissedPoints: fromTriState(event.target.value) });
            }}
          >
            <option value="any">Any</option>
            <option value="yes">With</option>
            <option value="no">Without</option>
          </select>
        </label>
        {active ? (
          <button type="button" className="filters__reset" onClick={props.onReset}>
            Clear filters
          </button>
        ) : null}
      </div>
      <div
        className="filters__group filters__group--rule"
        role="group"
        aria-label="Missed early-intervention rule"
      >
        <ParameterInput
          symbol="W"
          label="Response window"
          disabled={props.disabled}
          {...durationInput(
            'windowDays',
            value.windowDays,
            value.windowUnit ?? 'days',
            props.onParametersChange,
          )}
        />
        <ParameterInput
          symbol="H"
          label="Crisis horizon"
          disabled={props.disabled}
          {...durationInput(
            'horizonDays',
            value.horizonDays,
            value.horizonUnit ?? 'days',
            props.onParametersChange,
          )}
        />
      </div>
    </section>
  );
}
