//! Virtual scrolling for long tables: only the rows in view (and a few around them) are in
//! the page, at most [`MAX_ROWS`] whatever the size; spacer rows above and below keep the
//! scroll bar true. Rows have a fixed height ([`ROW_PX`], set by the style sheet). The table stays
//! a real table: `aria-rowcount` on it and `aria-rowindex` on each row tell assistive
//! technology where a row is, and the scroll box is focusable, so arrow keys and Page Up/Down
//! scroll it.

use web_sys::Element;
use yew::prelude::*;

use crate::browser;

/// Tables with at most this many rows are shown whole, rows as tall as they need.
pub const PLAIN_MAX: usize = 100;
/// Most rows in the page at once.
pub const MAX_ROWS: usize = 100;
/// Rows kept above and below those in view.
pub const OVERSCAN: usize = 20;
/// The height of a row of a virtual table as the style sheet sets it, in CSS pixels.
pub const ROW_PX: usize = 76;
/// The height of the scroll box before it is measured.
const VIEWPORT_PX: usize = 640;

/// The rows to render, `start..end`, and the spacers' heights in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub before: usize,
    pub after: usize,
    /// Whether the table is virtual (longer than [`PLAIN_MAX`]).
    pub virtual_rows: bool,
}

/// The window of `total` rows of `row` pixels seen through a box `viewport` pixels high,
/// scrolled `scroll_top` pixels down.
pub fn window(total: usize, scroll_top: usize, viewport: usize, row: usize) -> Window {
    if total <= PLAIN_MAX {
        return Window {
            start: 0,
            end: total,
            before: 0,
            after: 0,
            virtual_rows: false,
        };
    }
    let row = row.max(1);
    let first = (scroll_top / row).min(total.saturating_sub(1));
    let visible = viewport.div_ceil(row) + 1;
    let start = first.saturating_sub(OVERSCAN);
    let end = first
        .saturating_add(visible)
        .saturating_add(OVERSCAN)
        .min(total)
        .min(start + MAX_ROWS);
    Window {
        start,
        end,
        before: start * row,
        after: (total - end) * row,
        virtual_rows: true,
    }
}

/// What a virtual table needs: the window, the scroll box (give it `scroller` and
/// `onscroll`), and `top`, which scrolls back to the first row (when the rows change).
pub struct Virtual {
    pub window: Window,
    pub scroller: NodeRef,
    pub onscroll: Callback<Event>,
    pub top: Callback<()>,
}

/// A virtual table of `total` rows; the rows to render are `window.start..window.end`. The
/// spacer rows get their heights from the `height` attribute of their cell (a presentational
/// hint, which the page's CSP allows, unlike a `style` attribute), so no effect is needed.
#[hook]
pub fn use_virtual(total: usize) -> Virtual {
    let scroller = use_node_ref();
    // The first row in view and the box's height: re-rendering once per row scrolled, not
    // once per pixel.
    let pos = use_state_eq(|| (0usize, VIEWPORT_PX));
    let onscroll = {
        let pos = pos.clone();
        let scroller = scroller.clone();
        Callback::from(move |_: Event| {
            if let Some(el) = scroller.cast::<Element>() {
                let (top, height) = browser::scroll_of(&el);
                let top = usize::try_from(top).unwrap_or(0);
                let height = usize::try_from(height).unwrap_or(0).max(ROW_PX);
                pos.set((top / ROW_PX, height));
            }
        })
    };
    let top = {
        let pos = pos.clone();
        let scroller = scroller.clone();
        Callback::from(move |()| {
            if let Some(el) = scroller.cast::<Element>() {
                el.set_scroll_top(0);
            }
            pos.set((0, pos.1));
        })
    };
    Virtual {
        window: window(total, pos.0 * ROW_PX, pos.1, ROW_PX),
        scroller,
        onscroll,
        top,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tables_are_whole() {
        let w = window(80, 5000, 600, 76);
        assert_eq!((w.start, w.end, w.before, w.after), (0, 80, 0, 0));
        assert!(!w.virtual_rows);
    }

    #[test]
    fn long_tables_render_a_window_of_rows() {
        let total = 100_000;
        let w = window(total, 0, 640, 76);
        assert_eq!(w.start, 0);
        assert!(w.end <= MAX_ROWS && w.end > 640 / 76);
        assert_eq!(w.after, (total - w.end) * 76);

        let top = 50_000 * 76;
        let w = window(total, top, 640, 76);
        assert!(w.start <= 50_000 && 50_000 + 640 / 76 < w.end);
        assert!(w.end - w.start <= MAX_ROWS);
        assert_eq!(w.before + (w.end - w.start) * 76 + w.after, total * 76);

        let w = window(total, usize::MAX / 2, 640, 76);
        assert_eq!(w.end, total);
        assert!(w.end - w.start <= MAX_ROWS);
        // A very tall box still renders at most MAX_ROWS.
        let w = window(total, 0, 1_000_000, 76);
        assert_eq!(w.end - w.start, MAX_ROWS);
    }
}
