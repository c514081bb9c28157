// init(): the engine refuses calls before it, loads itself from disk in Node without an
// argument, and starts once however often it is called.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { importPackage } from './helpers.mjs';

test('init() without an argument in Node; calls before it fail clearly; it starts once', async () => {
  const pkg = await importPackage();
  for (const call of [() => pkg.version(), () => pkg.catalog(), () => pkg.evaluate({}), () => pkg.compare({})]) {
    assert.throws(call, (e) => e instanceof Error && /await init\(\)/.test(e.message));
  }
  const first = pkg.init();
  const second = pkg.init();
  assert.strictEqual(first, second, 'later calls return the first promise');
  assert.equal(await first, undefined);
  assert.match(pkg.version(), /^\d+\.\d+\.\d+/);
  assert.strictEqual(pkg.init(), first);
});
