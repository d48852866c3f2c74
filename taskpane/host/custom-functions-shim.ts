/**
 * `CustomFunctions` as the functions bundle sees it (webpack ProvidePlugin). In Excel's shared
 * runtime it is office.js's own object; in the workbench (no Office) the associate calls that
 * custom-functions-metadata-plugin appends become no-ops instead of throwing on page load.
 */
type CF = Record<string | symbol, unknown>;

const shim = new Proxy({} as CF, {
  get(_target, key) {
    const real = (globalThis as { CustomFunctions?: CF }).CustomFunctions;
    if (real) return real[key];
    if (key === 'associate') return () => undefined;
    return undefined;
  },
});

export default shim;
