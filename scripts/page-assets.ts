// What an extension page loads when it opens, read from the built output: shared by the bench's
// bundle table and the end-to-end check of the popup's weight.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` at statement start. */
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/** Scripts, module preloads and style sheets referenced by a page. */
const PAGE_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g;

/**
 * Absolute paths of everything a page of the build in `output` loads when opened: its tags and
 * their static imports (lazy chunks excluded).
 */
export function pageAssets(output: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (!path.endsWith('.js')) return;
    for (const m of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
      if (m[1]) visit(join(dirname(path), m[1]));
    }
  };
  const text = readFileSync(join(output, html), 'utf8');
  for (const m of text.matchAll(PAGE_ASSET)) {
    const ref = m[1] ?? '';
    visit(ref.startsWith('/') ? join(output, ref) : join(output, dirname(html), ref));
  }
  return [...seen];
}

/** A file's size as shipped and gzipped, in bytes. */
export function fileSizes(path: string): { raw: number; gzip: number } {
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSync(data).length };
}
