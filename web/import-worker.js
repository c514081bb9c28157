// The importer's worker (web/src/import_worker.rs), started by the page on its first import
// so that the importers are downloaded only when needed, and a large export is read without
// holding up the page. The page posts {target, sample, current, files}, each file as
// {name, file} (a File) or {name, text}; the worker answers {answer}, {unreadable: true} when
// the request is not one it can read, or {error} with what went wrong.
importScripts('./provplan-import.js');
const ready = wasm_bindgen({ module_or_path: './provplan-import_bg.wasm' });
const encoder = new TextEncoder();
self.onmessage = async (event) => {
  try {
    await ready;
    for (const f of event.data.files) {
      const bytes = typeof f.text === 'string' ? encoder.encode(f.text) : new Uint8Array(await f.file.arrayBuffer());
      wasm_bindgen.add_file(f.name, bytes);
    }
    const d = event.data;
    const answer = wasm_bindgen.run(d.target, d.sample, d.current);
    self.postMessage(answer ? { answer } : { unreadable: true });
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
