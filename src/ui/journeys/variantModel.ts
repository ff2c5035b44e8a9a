import type { Variant } from '../../core/analysis/journeyVariants.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { serviceKind, serviceLabel, type ServiceKind } from './activityShapes.ts';

/** A variant's stable key: its services joined with `>` ("school>gp>ed"). */
export function variantKey(variant: Pick<Variant, 'services'>): string {
  return variant.services.join('>');
}

export interface VariantStep {
  readonly service: string;
  readonly label: string;
  readonly kind: ServiceKind;
}

export function variantSteps(variant: Variant, pathway: Pathway): VariantStep[] {
  return variant.services.map((s) => ({
    service: s,
    label: serviceLabel(pathway, s),
    kind: serviceKind(pathway, s),
  }));
}

/** "3 journeys", "1 journey". */
export function journeyCount(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'journey' : 'journeys'}`;
}

/** The route in words: "School → GP (primary care) → Emergency department (UHCW) — 3 journeys". */
export function variantText(variant: Variant, pathway: Pathway): string {
  return `${variantSteps(variant, pathway)
    .map((s) => s.label)
    .join(' → ')} — ${journeyCount(variant.journeys)}`;
}
