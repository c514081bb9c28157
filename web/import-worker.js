// The importer's worker (web/src/import_worker.rs), started by the page on its first import
// so that the importers are downloaded only when needed, and a large export is read without
// holding up the page. The page posts {request, files}: the request's bytes (a Uint8Array,
// web/src/import/messages.rs), each file as {name, file} (a File) or {name, text}. The worker
// answers {answer} (the answer's bytes, which also say when the request could not be read),
// or {error} with what went wrong before there was an answer. The page may instead post
// {demo}, a number of users: the worker answers {made}, the generated demo's scenario as
// compact JSON (its UTF-8 bytes).
importScripts('./provplan-import.js');
const ready = wasm_bindgen({ module_or_path: './provplan-import_bg.wasm' });
const encoder = new TextEncoder();
self.onmessage = async (event) => {
  try {
    await ready;
    const { request, files, demo } = event.data;
    if (typeof demo === 'number') {
      const made = wasm_bindgen.demo(demo);
      self.postMessage({ made }, [made.buffer]);
      return;
    }
    for (const f of files) {
      const bytes = typeof f.text === 'string' ? encoder.encode(f.text) : new Uint8Array(await f.file.arrayBuffer());
      wasm_bindgen.add_file(f.name, bytes);
    }
    const answer = wasm_bindgen.run(request);
    self.postMessage({ answer }, [answer.buffer]);
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
