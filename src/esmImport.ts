/** How the engine's loader lets it import ES modules (src/cli/loadEngine.ts). */
declare global {
  var __bulletinImportEsm: ((specifier: string) => Promise<unknown>) | undefined;
}

/**
 * import() of an ES-only package (tinypool, pagefind). The engine runs as a vm.Script, and in
 * Node 20 a script whose code came from V8's code cache cannot import(): its loader lends it
 * its own import(). Elsewhere (the library, the tests) this is a plain import().
 */
export function importEsm<T>(specifier: string): Promise<T> {
  return (globalThis.__bulletinImportEsm ?? ((s: string) => import(s)))(specifier) as Promise<T>;
}
