import { servicesByLane } from '../pathway/serviceSlots.ts';
import type {
  Activity,
  AuditNotes,
  ConcernId,
  LevelId,
  Pathway,
  Route,
  Service,
  ServiceId,
  ServiceTarget,
} from '../pathway/types.ts';
import { freshId, moveItem, type EditDraft } from './editDraft.ts';

export type MetaField = 'title' | 'area' | 'source' | 'version';
export type ServiceField = 'label' | 'agency' | 'description';
export type AuditPart = keyof AuditNotes;
export type LevelField = 'label' | 'thrive' | 'description';

/** One change the editor can make to a pathway. Services, levels and concerns are named by their id. */
export type PathwayEdit =
  | { readonly kind: 'meta.set'; readonly field: MetaField; readonly value: string }
  | {
      readonly kind: 'service.set';
      readonly service: string;
      readonly field: ServiceField;
      readonly value: string;
    }
  | { readonly kind: 'service.tag'; readonly service: string; readonly tag: string; readonly on: boolean }
  | {
      readonly kind: 'service.audit';
      readonly service: string;
      readonly part: AuditPart;
      readonly items: readonly string[];
    }
  | { readonly kind: 'service.targets'; readonly service: string; readonly targets: readonly ServiceTarget[] }
  /** To `level`, at `index` among that level's services top to bottom (the map's order). */
  | {
      readonly kind: 'service.move';
      readonly service: string;
      readonly level: string;
      readonly index: number;
    }
  | { readonly kind: 'service.add'; readonly level: string; readonly label: string }
  | { readonly kind: 'service.remove'; readonly service: string }
  | { readonly kind: 'route.add'; readonly from: string; readonly to: string; readonly activity?: Activity }
  | { readonly kind: 'route.remove'; readonly index: number }
  | { readonly kind: 'level.add'; readonly label: string }
  | { readonly kind: 'level.set'; readonly level: string; readonly field: LevelField; readonly value: string }
  | { readonly kind: 'level.move'; readonly level: string; readonly index: number }
  | { readonly kind: 'level.remove'; readonly level: string }
  | { readonly kind: 'concern.add'; readonly label: string }
  | { readonly kind: 'concern.set'; readonly concern: string; readonly label: string }
  | { readonly kind: 'concern.remove'; readonly concern: string };

/** The new draft, or why the edit was refused (in words for the user). */
export type EditOutcome = { readonly draft: EditDraft } | { readonly refused: string };

const withPathway = (d: EditDraft, pathway: Pathway): EditOutcome => ({ draft: { ...d, pathway } });

function updateService(d: EditDraft, id: string, change: (s: Service) => Service): EditOutcome {
  const i = d.pathway.services.findIndex((s) => s.id === id);
  if (i < 0) return { refused: `there is no service "${id}".` };
  const services = d.pathway.services.map((s, j) => (j === i ? change(s) : s));
  return withPathway(d, { ...d.pathway, services });
}

/** Services of `lanes` renumbered top to bottom (`column` = row), so that the map shows them in that order. */
function withLaneOrder(pathway: Pathway, lanes: readonly (readonly Service[])[]): Pathway {
  const placed = new Map<string, { level: LevelId; column: number }>();
  pathway.levels.forEach((level, l) => {
    (lanes[l] ?? []).forEach((s, column) => placed.set(s.id, { level: level.id, column }));
  });
  return {
    ...pathway,
    services: pathway.services.map((s) => {
      const at = placed.get(s.id);
      return at ? { ...s, level: at.level, column: at.column } : s;
    }),
  };
}

function moveService(d: EditDraft, id: string, levelId: string, index: number): EditOutcome {
  const p = d.pathway;
  const to = p.levels.findIndex((l) => l.id === levelId);
  const service = p.services.find((s) => s.id === id);
  if (to < 0) return { refused: `there is no level "${levelId}".` };
  if (!service) return { refused: `there is no service "${id}".` };
  const lanes = servicesByLane(p).map((lane) => lane.filter((s) => s.id !== id));
  const lane = lanes[to] ?? [];
  lane.splice(Math.max(0, Math.min(lane.length, index)), 0, service);
  return withPathway(d, withLaneOrder(p, lanes));
}

function addService(d: EditDraft, levelId: string, label: string): EditOutcome {
  const p = d.pathway;
  if (!p.levels.some((l) => l.id === levelId)) return { refused: `there is no level "${levelId}".` };
  const id = freshId(
    label,
    p.services.map((s) => s.id),
    'service',
  ) as ServiceId;
  const column = p.services.filter((s) => s.level === levelId).length;
  const service: Service = {
    id,
    label,
    level: levelId as LevelId,
    agency: '',
    tags: [],
    description: '',
    column,
  };
  return {
    draft: {
      pathway: { ...p, services: [...p.services, service] },
      serviceKeys: [...d.serviceKeys, `new:${String(d.nextKey)}`],
      concernKeys: d.concernKeys,
      nextKey: d.nextKey + 1,
    },
  };
}

function removeService(d: EditDraft, id: string): EditOutcome {
  const p = d.pathway;
  const i = p.services.findIndex((s) => s.id === id);
  if (i < 0) return { refused: `there is no service "${id}".` };
  if (p.services.length === 1) return { refused: 'a pathway needs at least one service.' };
  const routes = p.routes.filter((r) => r.from !== id && r.to !== id);
  return {
    draft: {
      ...d,
      pathway: { ...p, services: p.services.filter((_, j) => j !== i), routes },
      serviceKeys: d.serviceKeys.filter((_, j) => j !== i),
    },
  };
}

function addRoute(d: EditDraft, from: string, to: string, activity: Activity | undefined): EditOutcome {
  const p = d.pathway;
  const known = new Set(p.services.map((s) => s.id as string));
  if (!known.has(from) || !known.has(to)) return { refused: 'choose two services of the pathway.' };
  if (from === to) return { refused: 'a route joins two different services.' };
  const same = (r: Route) => r.from === from && r.to === to && r.activity === activity;
  if (p.routes.some(same)) return { refused: 'the pathway already has this route.' };
  const route: Route = {
    from: from as ServiceId,
    to: to as ServiceId,
    ...(activity ? { activity } : {}),
  };
  return withPathway(d, { ...p, routes: [...p.routes, route] });
}

function removeLevel(d: EditDraft, id: string): EditOutcome {
  const p = d.pathway;
  const inLevel = p.services.filter((s) => s.level === id);
  if (!p.levels.some((l) => l.id === id)) return { refused: `there is no level "${id}".` };
  if (inLevel.length > 0)
    return {
      refused: `move its ${String(inLevel.length)} ${inLevel.length === 1 ? 'service' : 'services'} to another level first.`,
    };
  if (p.levels.length === 1) return { refused: 'a pathway needs at least one level.' };
  return withPathway(d, { ...p, levels: p.levels.filter((l) => l.id !== id) });
}

function addConcern(d: EditDraft, label: string): EditOutcome {
  const p = d.pathway;
  const id = freshId(
    label,
    p.concerns.map((c) => c.id),
    'concern',
  ) as ConcernId;
  return {
    draft: {
      ...d,
      pathway: { ...p, concerns: [...p.concerns, { id, label }] },
      concernKeys: [...d.concernKeys, `new:${String(d.nextKey)}`],
      nextKey: d.nextKey + 1,
    },
  };
}

function removeConcern(d: EditDraft, id: string): EditOutcome {
  const i = d.pathway.concerns.findIndex((c) => c.id === id);
  if (i < 0) return { refused: `there is no concern "${id}".` };
  return {
    draft: {
      ...d,
      pathway: { ...d.pathway, concerns: d.pathway.concerns.filter((_, j) => j !== i) },
      concernKeys: d.concernKeys.filter((_, j) => j !== i),
    },
  };
}

const without = <T>(list: readonly T[], x: T) => list.filter((y) => y !== x);

/** Applies one edit. Pure: the draft given is not changed. An edit may leave the pathway invalid (an empty label); the editor shows why. */
export function applyEdit(d: EditDraft, edit: PathwayEdit): EditOutcome {
  const p = d.pathway;
  switch (edit.kind) {
    case 'meta.set':
      return withPathway(d, { ...p, [edit.field]: edit.value });
    case 'service.set':
      return updateService(d, edit.service, (s) => ({ ...s, [edit.field]: edit.value }));
    case 'service.tag':
      return updateService(d, edit.service, (s) => ({
        ...s,
        tags: edit.on ? [...without(s.tags, edit.tag), edit.tag] : without(s.tags, edit.tag),
      }));
    case 'service.audit':
      return updateService(d, edit.service, (s) => ({
        ...s,
        audit: { ...s.audit, [edit.part]: edit.items },
      }));
    case 'service.targets':
      return updateService(d, edit.service, (s) => ({ ...s, targets: edit.targets }));
    case 'service.move':
      return moveService(d, edit.service, edit.level, edit.index);
    case 'service.add':
      return addService(d, edit.level, edit.label);
    case 'service.remove':
      return removeService(d, edit.service);
    case 'route.add':
      return addRoute(d, edit.from, edit.to, edit.activity);
    case 'route.remove':
      if (edit.index < 0 || edit.index >= p.routes.length) return { refused: 'there is no such route.' };
      return withPathway(d, { ...p, routes: p.routes.filter((_, i) => i !== edit.index) });
    case 'level.add': {
      const id = freshId(
        edit.label,
        p.levels.map((l) => l.id),
        'level',
      ) as LevelId;
      return withPathway(d, { ...p, levels: [...p.levels, { id, label: edit.label }] });
    }
    case 'level.set': {
      const i = p.levels.findIndex((l) => l.id === edit.level);
      if (i < 0) return { refused: `there is no level "${edit.level}".` };
      const levels = p.levels.map((l, j) => (j === i ? { ...l, [edit.field]: edit.value } : l));
      return withPathway(d, { ...p, levels });
    }
    case 'level.move': {
      const i = p.levels.findIndex((l) => l.id === edit.level);
      if (i < 0) return { refused: `there is no level "${edit.level}".` };
      return withPathway(d, { ...p, levels: moveItem(p.levels, i, edit.index) });
    }
    case 'level.remove':
      return removeLevel(d, edit.level);
    case 'concern.add':
      return addConcern(d, edit.label);
    case 'concern.set': {
      const concerns = p.concerns.map((c) => (c.id === edit.concern ? { ...c, label: edit.label } : c));
      return withPathway(d, { ...p, concerns });
    }
    case 'concern.remove':
      return removeConcern(d, edit.concern);
  }
}
