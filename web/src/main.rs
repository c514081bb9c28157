//! The planner's entry point: renders the app into the page's body.
#![forbid(unsafe_code)]

/// Talc in place of Rust's default allocator for wasm32, which costs about 3 KB more.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<provplan_web::ui::App>::new().render();
}
