import type { Plugin } from 'vite';

/**
 * The Content Security Policy of the built app: nothing may be fetched from, or sent to, any other
 * origin. Inline styles are allowed because React Flow positions nodes with style attributes; scripts
 * only from the app's own files (or, in the single-file build, by hash).
 */
export function contentSecurityPolicy(scriptSources: readonly string[] = ["'self'"]): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy as a <meta> tag to the built index.html (not in dev, where Vite injects inline scripts). */
export function cspPlugin(): Plugin {
  return {
    name: 'pathway-lens-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<meta charset="UTF-8" \/>/i,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`,
        ),
    },
  };
}

/**
 * The same policy for the single-file build, whose script is inline: it is allowed by its SHA-256
 * hash, so no other inline script (an injected one, say) could run. Runs after the inlining.
 */
export function cspInlinePlugin(hash: (text: string) => string): Plugin {
  return {
    name: 'pathway-lens-csp-inline',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((code) => code.length > 0)
            .map((code) => `'sha256-${hash(code)}'`);
          const policy = contentSecurityPolicy(hashes.length > 0 ? hashes : ["'none'"]);
          file.source = html.replace(
            /<meta charset="UTF-8" \/>/i,
            (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          );
        }
      },
    },
  };
}
