/**
 * The single-file build (`npm run build:single`): `dist-single/pathway-lens.html`, one HTML file with the
 * app, the pathway and the synthetic cohort inlined, that opens from disk (file://) with no server, for
 * board papers shared by email or on an intranet.
 *
 * - vite-plugin-singlefile inlines the script and the styles, turns off code splitting (the lazily loaded
 *   trainer, embed and PDF code go into the one script) and inlines assets (the PDF fonts) as data URLs.
 * - Chromium refuses module workers from file:// URLs, so each `new Worker(new URL('…', import.meta.url),
 *   { type: 'module' })` in the app is rewritten here, at build time, into Vite's inline worker
 *   (`…?worker&inline`: the worker's code inlined, started from a blob URL). The source stays as it is,
 *   so the normal build keeps its separate, cached worker file. The build fails if no worker was found,
 *   rather than write a file whose explorer would never load its cohort.
 * - jsPDF's optional HTML-rendering helpers (html2canvas, canvg, DOMPurify) are not used by the figure
 *   export and are replaced by a stub, so the file does not carry them.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';
import { cspInlinePlugin } from './scripts/csp.ts';

export const SINGLE_FILE_NAME = 'pathway-lens.html';

const WORKER =
  /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,\s*\{\s*type:\s*(['"])module\3\s*,?\s*\}\s*\)/g;

function inlineWorkers(): Plugin {
  let rewritten = 0;
  return {
    name: 'pathway-lens:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (file.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(file) || !code.includes('new Worker('))
        return null;
      const imports: string[] = [];
      const out = code.replace(WORKER, (_match, _quote, path: string) => {
        const name = `__PathwayLensInlineWorker${String(imports.length)}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      if (imports.length === 0) return null;
      rewritten += imports.length;
      return { code: `${imports.join('\n')}\n${out}`, map: null };
    },
    buildEnd(error) {
      if (!error && rewritten === 0) {
        this.error(
          "No `new Worker(new URL('…', import.meta.url), { type: 'module' })` was found to inline: the single-file " +
            'build would not load its cohort from file://. Update the pattern in vite.single.config.ts.',
        );
      }
    },
  };
}

const UNUSED = '\0pathway-lens:unused-optional-dependency';

/** Stubs jsPDF's optional dependencies, which only its HTML renderer (not used here) imports. */
function stubOptionalPdfDependencies(): Plugin {
  const names = new Set(['html2canvas', 'canvg', 'dompurify']);
  return {
    name: 'pathway-lens:stub-optional-pdf-dependencies',
    enforce: 'pre',
    resolveId(source) {
      return names.has(source) ? UNUSED : null;
    },
    load(id) {
      return id === UNUSED
        ? 'export default function unavailable() { throw new Error("Not included in the single-file build."); }'
        : null;
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    inlineWorkers(),
    stubOptionalPdfDependencies(),
    viteSingleFile({ outputFileName: SINGLE_FILE_NAME }),
    cspInlinePlugin((code) => createHash('sha256').update(code, 'utf8').digest('base64')),
  ],
  base: './',
  worker: { format: 'iife' },
  define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('true') },
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
