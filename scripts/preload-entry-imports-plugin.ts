import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rollup';

/**
 * Has the named HTML entrypoints preload, as modules, what their entry script imports later and
 * everything that imports: a page whose first script loads its UI that way (the popup starts its
 * search first) would otherwise fetch and compile the UI only once that script has run.
 */
export function preloadEntryImports(entrypoints: string[]): Plugin {
  return {
    name: 'devrecall:preload-entry-imports',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle, chunk }) {
        if (
          !bundle ||
          !chunk ||
          !entrypoints.some((name) => path.includes(`/entrypoints/${name}/`))
        ) {
          return html;
        }
        const files = new Set<string>();
        for (const file of chunk.dynamicImports) staticGraph(bundle, file, files);
        const links = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace('</head>', `${links.join('')}</head>`);
      },
    },
  };
}

/** `file` and the chunks it imports statically, into `into`. */
function staticGraph(bundle: OutputBundle, file: string, into: Set<string>): void {
  const chunk = bundle[file];
  if (into.has(file) || chunk?.type !== 'chunk') return;
  into.add(file);
  for (const imported of (chunk as OutputChunk).imports) staticGraph(bundle, imported, into);
}
