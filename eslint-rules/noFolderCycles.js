// ESLint rule `local/no-folder-cycles`: no import cycles between folders.
//
// Folders are the architecture (core/pathway, core/analysis, ui/state, ui/journeys, worker, …): when two
// folders import each other, neither can be understood, tested or moved without the other. The rule
// builds the graph of imports between the folders under `root` once per lint run (a text scan of every
// source file, tens of milliseconds), finds its strongly connected components, and reports each import
// of the linted file that goes to another folder of the same component, with the way back.
//
// Options: `root` (default `src`), and `allow`, folder edges `[from, to]` left out of the graph (each a
// known exception, with its reason beside it in the config). With ESLint's `--cache`, a file's cached
// report stands until the file changes: after removing a cycle elsewhere, lint once with `--no-cache`. A
// new cycle is never missed (the file that adds the import is linted again).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|js|mjs|jsx)$/;
// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, type-only ones included:
// a type is a dependency of the design too.
const IMPORTS =
  /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** The relative import specifiers of a source text. */
export function importsOf(text) {
  const out = [];
  for (const m of text.matchAll(IMPORTS)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) out.push(spec);
  }
  return out;
}

/**
 * The folder graph of some files (path → text, paths relative to one root, `/`-separated): an edge
 * from a file's folder to the folder of each file it imports, inside the root.
 */
export function folderGraph(files, allow = []) {
  const allowed = new Set(allow.map(([from, to]) => `${from}\u0000${to}`));
  const edges = new Map();
  for (const [path, text] of files) {
    const from = dirname(path);
    for (const spec of importsOf(text)) {
      const target = join(from, spec).split('\\').join('/');
      if (target.startsWith('..')) continue;
      const to = dirname(target);
      if (to === from || allowed.has(`${from}\u0000${to}`)) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
  }
  return edges;
}

/** Tarjan's strongly connected components: folder → the id of its component, for components of 2 or more. */
export function cycleComponents(edges) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const component = new Map();
  let next = 0;
  let id = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const members = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      members.push(w);
    } while (w !== v);
    if (members.length > 1) {
      for (const m of members) component.set(m, id);
      id++;
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return component;
}

/** The shortest way from one folder to another along the graph (both included), or undefined. */
export function pathBetween(edges, from, to) {
  const previous = new Map([[from, undefined]]);
  const queue = [from];
  while (queue.length > 0) {
    const v = queue.shift();
    if (v === to) {
      const path = [];
      for (let x = to; x !== undefined; x = previous.get(x)) path.unshift(x);
      return path;
    }
    for (const w of edges.get(v) ?? []) {
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return undefined;
}

function sourceFiles(dir, base, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, base, out);
    else if (SOURCE.test(entry.name))
      out.set(relative(base, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return out;
}

// One scan per lint run (and again after half a minute, for an editor that lints as you type).
let cached;
function analysis(cwd, root, allow) {
  const now = Date.now();
  const key = JSON.stringify([cwd, root, allow]);
  if (cached && cached.key === key && now - cached.at < 30_000) return cached;
  const edges = folderGraph(sourceFiles(resolve(cwd, root), cwd, new Map()), allow);
  cached = { key, at: now, edges, components: cycleComponents(edges) };
  return cached;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow import cycles between folders.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          allow: {
            type: 'array',
            items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      cycle:
        '{{from}} imports {{to}}, and {{to}} imports {{from}} back ({{way}}): folders must not import each other in a cycle. Move what both need into a folder both can import, or turn one import around.',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? 'src';
    const allow = context.options[0]?.allow ?? [];
    const cwd = context.cwd;
    const file = relative(cwd, context.filename).split('\\').join('/');
    if (!file.startsWith(`${root}/`)) return {};
    const { edges, components } = analysis(cwd, root, allow);
    const from = dirname(file);
    const component = components.get(from);
    if (component === undefined) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = dirname(join(from, spec).split('\\').join('/'));
      if (to === from || components.get(to) !== component) return;
      if (allow.some(([a, b]) => a === from && b === to)) return;
      const way = pathBetween(edges, to, from) ?? [to, from];
      context.report({ node, messageId: 'cycle', data: { from, to, way: way.join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
