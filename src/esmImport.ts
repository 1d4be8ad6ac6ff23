/** The ES-only packages the engine imports, each loaded on first use. */
export interface EsmPackages {
  pagefind(): Promise<typeof import('pagefind')>;
}

declare global {
  /** Set by the engine's loader (src/cli/loadEngine.ts): its own import() of these packages. */
  var __bulletinEsmPackages: EsmPackages | undefined;
}

/** This module's own import() of each package. */
export const ownEsmPackages: EsmPackages = {
  pagefind: () => import('pagefind'),
};

/**
 * How to import the ES-only package (pagefind). The engine runs as a vm.Script, and in
 * Node 20 a script whose code came from V8's code cache cannot import(): its loader lends it its
 * own. Elsewhere (the library, the tests) these are plain import()s.
 */
export function esmPackages(): EsmPackages {
  return globalThis.__bulletinEsmPackages ?? ownEsmPackages;
}
