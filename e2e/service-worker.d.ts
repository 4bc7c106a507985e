// Globals of the extension's service worker, for code the tests run there with worker.evaluate.
type SaveResult = import('../entrypoints/background/save-selection').SaveResult;
type SaveRequest = import('../entrypoints/background/save-selection').SaveRequest;

declare const chrome: typeof import('wxt/browser').browser;
declare const devrecall: {
  saveSelection: (request: SaveRequest) => Promise<SaveResult>;
  saveFromActiveTab: () => Promise<SaveResult>;
  toggleSidebarInActiveTab: () => Promise<void>;
};
