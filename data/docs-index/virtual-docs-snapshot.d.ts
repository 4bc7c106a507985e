declare module 'virtual:devrecall-docs-snapshot' {
  /** Address of the docs index's prebuilt search engine (`scripts/docs-snapshot-plugin.ts`). */
  const url: string;
  export default url;
}
