// The vega browser bundle, read from node_modules and inlined into every report page so the page's
// interactive charts work offline. Vega-Lite is not shipped to the browser: specs are compiled to
// Vega in Node first, which keeps the page about 250 kB lighter.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { scriptForInline } from './escape.js';

const require = createRequire(import.meta.url);

/** Path of vega's minified UMD build (it defines the global `vega`). */
export function vegaBundlePath(): string {
  // The package exports only its ES module entry; the UMD build sits beside it in build/.
  return join(dirname(require.resolve('vega')), 'vega.min.js');
}

let cached: string | undefined;

export function vegaBundleForInline(): string {
  cached ??= scriptForInline(readFileSync(vegaBundlePath(), 'utf8'));
  return cached;
}
