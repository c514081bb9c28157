//! The browser: local storage, the address, downloads, focus, the clipboard and timers. Called
//! only from effects and event handlers; every failure is returned or ignored, never a panic.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::boot::{self, STORAGE_KEY};
use crate::import::{self, Response, WorkerFailure};
use crate::share;
use crate::state::{field_id, path_candidates};

/// The browser refused: no storage, storage full, no document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The query (`?…`) and fragment (`#…`) of the address.
pub fn location() -> (String, String) {
    let Some(loc) = window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    (
        loc.search().unwrap_or_default(),
        loc.hash().unwrap_or_default(),
    )
}

/// Local storage, straight from the window: its text is stored as is (not re-encoded), and a
/// browser that refuses storage gives `None` rather than an exception.
fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok()?
}

/// Whether this browser lets the page keep data.
pub fn storage_available() -> bool {
    storage().is_some()
}

/// The saved scenario's text exactly as stored, as a JS string (not converted to Rust, which
/// would replace an unpaired surrogate).
fn stored_js() -> Option<js_sys::JsString> {
    let s: wasm_bindgen::JsValue = storage()?.into();
    call_method(&s, "getItem", &[STORAGE_KEY.into()])?
        .dyn_into()
        .ok()
}

/// Calls method `name` of `this` with `args`; `None` if it is missing or throws.
fn call_method(
    this: &wasm_bindgen::JsValue,
    name: &str,
    args: &[wasm_bindgen::JsValue],
) -> Option<wasm_bindgen::JsValue> {
    let method = js_sys::Reflect::get(this, &name.into()).ok()?;
    let method: &js_sys::Function = method.dyn_ref()?;
    let args: js_sys::Array = args.iter().collect();
    method.apply(this, &args).ok()
}

/// Whether a JS string is Unicode text (no unpaired surrogate), by `String.isWellFormed`;
/// a browser without it (before 2023) is taken at its word.
fn well_formed(text: &js_sys::JsString) -> bool {
    let prototype = js_sys::Reflect::get(&js_sys::global(), &"String".into())
        .and_then(|string| js_sys::Reflect::get(&string, &"prototype".into()));
    let Some(check) = prototype
        .ok()
        .and_then(|p| js_sys::Reflect::get(&p, &"isWellFormed".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return true;
    };
    check.call0(text).is_ok_and(|answer| answer.is_truthy())
}

/// The saved scenario text, if any; [`boot::NotText`] where it is not Unicode text.
pub fn stored() -> Option<Result<String, boot::NotText>> {
    let text = stored_js()?;
    Some(if well_formed(&text) {
        Ok(text.into())
    } else {
        Err(boot::NotText)
    })
}

/// Saves text under `key`. Storage that is disabled, or full (`QuotaExceededError`), refuses;
/// what was saved before under `key` then stays as it was.
pub fn save(key: &str, text: &str) -> Result<(), Refused> {
    storage()
        .ok_or(Refused)?
        .set_item(key, text)
        .map_err(|_| Refused)
}

/// Removes what is saved under `key`, if anything.
pub fn forget(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Keeps a copy of the saved text, exactly as it is, under a free key; returns the key, or
/// `None` where the copy does not fit (or there is no storage).
pub fn keep_aside() -> Option<String> {
    let s = storage()?;
    let text = stored_js()?;
    let key = boot::aside_key(|k| s.get_item(k).ok().flatten().is_some());
    call_method(&s.into(), "setItem", &[key.as_str().into(), text.into()])?;
    Some(key)
}

/// Offers the saved text, exactly as it is, as a file download.
pub fn download_saved(name: &str) -> Result<(), Refused> {
    let text: wasm_bindgen::JsValue = stored_js().ok_or(Refused)?.into();
    download_parts(name, &js_sys::Array::of1(&text), "application/json")
}

/// Removes the fragment from the address without reloading or adding a history entry.
pub fn clear_fragment() {
    let Some(w) = window() else { return };
    let loc = w.location();
    let url = format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A link to this page carrying `payload` in its fragment.
pub fn share_url(payload: &str) -> String {
    let Some(loc) = window().map(|w| w.location()) else {
        return format!("#{}{payload}", crate::share::PREFIX);
    };
    format!(
        "{}{}#{}{payload}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        crate::share::PREFIX
    )
}

/// Offers `text` as a file download of type `mime` (a Blob URL, revoked at once after the
/// click).
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), Refused> {
    download_parts(name, &js_sys::Array::of1(&text.into()), mime)
}

/// Offers the concatenation of the JS strings `parts` as a file download.
fn download_parts(name: &str, parts: &js_sys::Array, mime: &str) -> Result<(), Refused> {
    let document = window().and_then(|w| w.document()).ok_or(Refused)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(parts, &options).map_err(|_| Refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| Refused)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| Refused)?
        .dyn_into()
        .map_err(|_| Refused)?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Focuses the form control of an input error's path, or of its nearest parent.
pub fn focus_field(path: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    for candidate in path_candidates(path) {
        if let Some(el) = document
            .get_element_by_id(&field_id(&candidate))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            return;
        }
    }
}

/// Focuses an element by id (the step's content after a step change).
pub fn focus_id(id: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Puts text on the clipboard where the browser allows it.
pub fn copy(text: &str) {
    if let Some(w) = window() {
        let _promise = w.navigator().clipboard().write_text(text);
    }
}

/// Where the language chosen in the picker is remembered.
pub const LANG_KEY: &str = "provplan.lang";

/// The browser's preferred languages (`navigator.languages`), most wanted first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The language chosen in the picker earlier, if any.
pub fn stored_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the language chosen in the picker.
pub fn save_lang(code: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

/// Sets `<html lang>` and the document's title.
pub fn set_document_lang(code: &str, title: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// When the address has `?lang=`, writes the language chosen into it (no reload, no history
/// entry), so that a reload keeps the choice.
pub fn replace_query_lang(code: &str) {
    let Some(w) = window() else { return };
    let loc = w.location();
    let search = loc.search().unwrap_or_default();
    let Some(query) = search.strip_prefix('?') else {
        return;
    };
    if !query.split('&').any(|kv| kv.starts_with("lang=")) {
        return;
    }
    let query: Vec<String> = query
        .split('&')
        .map(|kv| {
            if kv.starts_with("lang=") {
                format!("lang={code}")
            } else {
                kv.to_owned()
            }
        })
        .collect();
    let url = format!(
        "{}?{}{}",
        loc.pathname().unwrap_or_default(),
        query.join("&"),
        loc.hash().unwrap_or_default()
    );
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The text of a file of this site (a language's table), or `None` when it cannot be had.
pub async fn fetch_text(url: &str) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// `bytes` through the browser's `CompressionStream` or `DecompressionStream` (`kind`) in
/// raw deflate, as a stream; `None` when the browser has no such stream.
fn through(kind: &str, bytes: &[u8]) -> Option<web_sys::ReadableStream> {
    use js_sys::Reflect;
    use wasm_bindgen::JsValue;
    let ctor: js_sys::Function = Reflect::get(&js_sys::global(), &kind.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let stream = Reflect::construct(
        &ctor,
        &js_sys::Array::of1(&JsValue::from_str("deflate-raw")),
    )
    .ok()?;
    let readable: web_sys::ReadableStream = Reflect::get(&stream, &"readable".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let writable: web_sys::WritableStream = Reflect::get(&stream, &"writable".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    Some(
        blob.stream()
            .pipe_through(&web_sys::ReadableWritablePair::new(&readable, &writable)),
    )
}

/// `bytes` compressed with raw deflate by the browser's `CompressionStream` (what share links
/// carry), or `None` when the browser cannot. The app ships no compressor of its own.
pub async fn deflate_raw(bytes: &[u8]) -> Option<Vec<u8>> {
    let packed = through("CompressionStream", bytes)?;
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&packed)).ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Raw deflate unpacked by the browser's `DecompressionStream`, at most `limit` bytes: the
/// reading stops as soon as the output passes it (a link of a few KB may unpack to GBs). The
/// app ships no decompressor of its own.
pub async fn inflate_raw(packed: &[u8], limit: usize) -> Result<Vec<u8>, share::Inflate> {
    use js_sys::Reflect;
    use wasm_bindgen_futures::JsFuture;
    let stream = through("DecompressionStream", packed).ok_or(share::Inflate::Unavailable)?;
    let reader: web_sys::ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| share::Inflate::Unavailable)?;
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| share::Inflate::NotDeflate)?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            return Ok(out);
        }
        let value: js_sys::Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .ok_or(share::Inflate::NotDeflate)?;
        if out.len() + value.length() as usize > limit {
            let _ = reader.cancel();
            return Err(share::Inflate::TooBig);
        }
        out.extend_from_slice(&value.to_vec());
    }
}

/// Tells `f` when the page starts (`true`) and stops (`false`) being printed: the page's one
/// such listener (`None` removes it).
pub fn on_print(f: Option<yew::Callback<bool>>) {
    let Some(w) = window() else { return };
    let to = |on: bool| {
        f.clone()
            .map(|f| Closure::<dyn Fn()>::new(move || f.emit(on)).into_js_value())
    };
    w.set_onbeforeprint(to(true).as_ref().map(|f| f.unchecked_ref()));
    w.set_onafterprint(to(false).as_ref().map(|f| f.unchecked_ref()));
}

/// Bytes in url-safe base64 without padding (a share link's payload), by the browser's
/// `btoa`.
pub fn base64url(bytes: &[u8]) -> Option<String> {
    let binary: String = bytes.iter().map(|b| char::from(*b)).collect();
    let standard = window()?.btoa(&binary).ok()?;
    Some(
        standard
            .trim_end_matches('=')
            .replace('+', "-")
            .replace('/', "_"),
    )
}

/// The bytes of url-safe base64 without padding (`share::check`ed), by the browser's
/// `atob`; `None` when it is not base64.
pub fn from_base64url(payload: &str) -> Option<Vec<u8>> {
    let standard: String = payload
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let binary = window()?.atob(&standard).ok()?;
    binary.chars().map(|c| u8::try_from(c).ok()).collect()
}

/// Runs `f` once after `ms` milliseconds.
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    after_boxed(ms, Box::new(f));
}

/// One timer function for every caller (a generic one would be compiled once per caller).
fn after_boxed(ms: i32, f: Box<dyn FnOnce()>) {
    let Some(w) = window() else { return };
    let cb = Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), ms);
}

/// A task to run once, from whichever of two timers fires first.
type Once = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Runs `f` once the browser has painted what was just rendered (the next animation frame,
/// then a task), so that an "updating…" state shows before long work; at the latest after
/// 250 ms (animation frames stop in background tabs).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    let once: Once = Rc::new(RefCell::new(Some(Box::new(f))));
    let run = |once: Once| {
        move || {
            let f = once.borrow_mut().take();
            if let Some(f) = f {
                f();
            }
        }
    };
    let first = run(once.clone());
    let frame = Closure::once_into_js(move || after_boxed(0, Box::new(first)));
    let _ = w.request_animation_frame(frame.unchecked_ref());
    after_boxed(250, Box::new(run(once)));
}

/// Milliseconds on the page's clock (`performance.now()`), to time work; 0 without one.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The scroll position and height of an element, in CSS pixels.
pub fn scroll_of(el: &web_sys::Element) -> (i32, i32) {
    (el.scroll_top(), el.client_height())
}

/// Where the importer's worker script is (see `index.html`).
const IMPORT_WORKER: &str = "worker/import-worker.js";

/// A file for the importer: one the user chose, or text (pasted).
#[derive(Clone)]
pub enum ImportFile {
    File(web_sys::File),
    Text(String, String),
}

/// An import running in the importer's worker; dropping it stops the worker.
pub struct ImportJob(web_sys::Worker);

impl Drop for ImportJob {
    fn drop(&mut self) {
        self.0.terminate();
    }
}

/// What a JavaScript exception says.
fn js_message(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_default()
}

/// Starts the importer's worker and posts it `message`, handing over `transfer`. `done` gets
/// the data of its answer, or why there is none: the worker could not be loaded (the server is
/// gone, or the page is offline), or it stopped.
fn in_worker(
    message: &js_sys::Object,
    transfer: &js_sys::Array,
    done: impl FnOnce(Result<wasm_bindgen::JsValue, WorkerFailure>) + 'static,
) -> Result<ImportJob, String> {
    let job = ImportJob(web_sys::Worker::new(IMPORT_WORKER).map_err(|e| js_message(&e))?);
    let worker = &job.0;
    type Done = Rc<RefCell<Option<Box<dyn FnOnce(Result<wasm_bindgen::JsValue, WorkerFailure>)>>>>;
    let once: Done = Rc::new(RefCell::new(Some(Box::new(done))));
    let finish = |once: Done| {
        move |result: Result<wasm_bindgen::JsValue, WorkerFailure>| {
            let f = once.borrow_mut().take();
            if let Some(f) = f {
                f(result);
            }
        }
    };
    let on_answer = finish(once.clone());
    let on_message = Closure::once_into_js(move |e: web_sys::MessageEvent| on_answer(Ok(e.data())));
    let on_failure = finish(once);
    // An error in the worker comes as an `ErrorEvent` with a message; a script that could
    // not be loaded, as a plain `Event` without one.
    let on_error = Closure::once_into_js(move |e: web_sys::Event| {
        let message = js_message(&e);
        on_failure(Err(if message.is_empty() {
            WorkerFailure::NotLoaded
        } else {
            WorkerFailure::Stopped(message)
        }));
    });
    worker.set_onmessage(Some(on_message.unchecked_ref()));
    worker.set_onerror(Some(on_error.unchecked_ref()));
    worker
        .post_message_with_transfer(message, transfer)
        .map_err(|e| js_message(&e))?;
    Ok(job)
}

/// A field of a worker's answer.
fn field(data: &wasm_bindgen::JsValue, key: &str) -> Option<wasm_bindgen::JsValue> {
    js_sys::Reflect::get(data, &key.into()).ok()
}

/// Bytes a worker handed over in its answer, at `key`.
fn bytes_at(data: &wasm_bindgen::JsValue, key: &str) -> Option<Vec<u8>> {
    field(data, key)
        .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
        .map(|bytes| bytes.to_vec())
}

/// Starts the importer's worker on a request (`import::Request::to_bytes`) and `files`. `done`
/// gets the worker's response, or why there is none the page can use: the worker could not
/// start, it stopped, or its answer could not be read (`import::posted`).
pub fn import_in_worker(
    request: Vec<u8>,
    files: Vec<ImportFile>,
    done: impl FnOnce(Result<Response, WorkerFailure>) + 'static,
) -> Result<ImportJob, String> {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::JsValue;
    let list = Array::new();
    for f in files {
        let item = Object::new();
        let (name, value, key) = match f {
            ImportFile::File(file) => (file.name(), JsValue::from(file), "file"),
            ImportFile::Text(name, text) => (name, JsValue::from_str(&text), "text"),
        };
        let _ = Reflect::set(&item, &"name".into(), &JsValue::from_str(&name));
        let _ = Reflect::set(&item, &key.into(), &value);
        list.push(&item);
    }
    let message = Object::new();
    let request = Uint8Array::from(request.as_slice());
    let _ = Reflect::set(&message, &"request".into(), &request);
    let _ = Reflect::set(&message, &"files".into(), &list);
    // The request's bytes are handed over, not copied (a merge carries the whole directory).
    in_worker(&message, &Array::of1(&request.buffer()), move |data| {
        done(data.and_then(|data| {
            import::posted(
                bytes_at(&data, "answer"),
                field(&data, "error").and_then(|v| v.as_string()),
            )
        }));
    })
}

/// Makes the generated demo of `users` users in the importer's worker (`import::demo`).
/// `done` gets its scenario's JSON, or why there is none.
pub fn demo_in_worker(
    users: u32,
    done: impl FnOnce(Result<String, WorkerFailure>) + 'static,
) -> Result<ImportJob, String> {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"demo".into(), &users.into());
    in_worker(&message, &js_sys::Array::new(), move |data| {
        let made = data.and_then(|data| {
            match (
                field(&data, "made").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok()),
                field(&data, "error").and_then(|v| v.as_string()),
            ) {
                (Some(bytes), _) => Ok(bytes),
                (None, Some(error)) => Err(WorkerFailure::Stopped(error)),
                (None, None) => Err(WorkerFailure::Garbled(
                    "the worker's message has neither `made` bytes nor an `error`".to_owned(),
                )),
            }
        });
        match made {
            Ok(bytes) => text_in_chunks(
                bytes,
                Box::new(move |text| done(text.map_err(WorkerFailure::Garbled))),
            ),
            Err(failure) => done(Err(failure)),
        }
    })
}

/// Bytes of a worker's text copied into the page, and checked as UTF-8, per task.
const TEXT_CHUNK: u32 = 2 << 20;

/// The UTF-8 text of `bytes`, copied into the page a chunk per task: at 100,000 users the
/// demo's 23 MB took 56 ms in one task.
fn text_in_chunks(bytes: js_sys::Uint8Array, done: Box<dyn FnOnce(Result<String, String>)>) {
    /// The text so far.
    struct Receiving {
        bytes: js_sys::Uint8Array,
        at: u32,
        text: String,
        done: Box<dyn FnOnce(Result<String, String>)>,
    }
    fn step(mut r: Receiving) {
        let len = r.bytes.length();
        let mut end = r.at.saturating_add(TEXT_CHUNK).min(len);
        // A chunk ends between characters: no character has more than three continuation
        // bytes (10xxxxxx); text that is not UTF-8 is refused below.
        for _ in 0..3 {
            if end < len && r.bytes.get_index(end) & 0xC0 == 0x80 {
                end -= 1;
            }
        }
        match String::from_utf8(r.bytes.subarray(r.at, end).to_vec()) {
            Ok(chunk) => r.text.push_str(&chunk),
            Err(e) => return (r.done)(Err(e.to_string())),
        }
        r.at = end;
        if r.at < len {
            after_boxed(0, Box::new(move || step(r)));
        } else {
            (r.done)(Ok(r.text));
        }
    }
    let text = String::with_capacity(bytes.length() as usize);
    step(Receiving {
        bytes,
        at: 0,
        text,
        done,
    });
}
