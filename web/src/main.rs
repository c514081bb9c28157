//! The planner's entry point: renders the app into the page's body.
#![forbid(unsafe_code)]

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<provplan_web::ui::App>::new().render();
}
