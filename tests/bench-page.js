// The browser side of tests/bench.mjs: loads the engine package and times it on a scenario
// file fetched from the same server. Not a test; figures only.
import { init } from './pkg/index.js';
import * as glue from './pkg/provplan_core_bg_glue.js';
import { evaluate } from './pkg/index.js';
import { median } from './median.js';

window.bench = async (file) => {
  const text = await (await fetch(file)).text();
  return {
    load: median(() => glue.__benchLoad(text)),
    evaluate: median(() => glue.__benchRun(1, 0)),
    compare: median(() => glue.__benchRun(1, 1)),
    api: median(() => evaluate(text)),
  };
};

await init();
window.benchReady = true;
