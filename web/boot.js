// Starts the planner: imports the wasm-bindgen glue and instantiates the module named by this
// script's data attributes (Trunk writes them at build time; see Trunk.toml). A file of its
// own rather than an inline script, so the Content-Security-Policy needs no exception.
const loader = document.querySelector('script[data-wasm]');
const glue = await import(loader.dataset.js);
await glue.default({ module_or_path: loader.dataset.wasm });
