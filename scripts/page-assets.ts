// What an extension page loads when it opens, read from the built output: shared by the bench's
// bundle table and the end-to-end check of the popup's weight.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` at statement start. */
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
/** `import("./x.js")`. */
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
/** Scripts, module preloads and style sheets referenced by a page. */
const PAGE_ASSET = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g;
/** The page's own script. */
const PAGE_SCRIPT = /<script\b[^>]*?\bsrc="([^"]+\.js)"/g;

/**
 * Absolute paths of everything a page of the build in `output` loads when opened: its tags and
 * their static imports, and what the page's own script imports later (it loads its UI that way);
 * lazy chunks of other modules are left out.
 */
export function pageAssets(output: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string, entry = false) => {
    if (!existsSync(path) || (seen.has(path) && !entry)) return;
    seen.add(path);
    if (!path.endsWith('.js')) return;
    const code = readFileSync(path, 'utf8');
    for (const pattern of entry ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT]) {
      for (const m of code.matchAll(pattern)) {
        if (m[1]) visit(join(dirname(path), m[1]));
      }
    }
  };
  const text = readFileSync(join(output, html), 'utf8');
  const at = (ref: string) =>
    ref.startsWith('/') ? join(output, ref) : join(output, dirname(html), ref);
  for (const m of text.matchAll(PAGE_ASSET)) visit(at(m[1] ?? ''));
  for (const m of text.matchAll(PAGE_SCRIPT)) visit(at(m[1] ?? ''), true);
  return [...seen];
}

/** A file's size as shipped and gzipped, in bytes. */
export function fileSizes(path: string): { raw: number; gzip: number } {
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSync(data).length };
}
