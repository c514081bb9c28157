//! The messages at the top of the page.

use super::AppState;
use crate::i18n::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// A message at the top of the page until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    /// Formatted when shown, in the language of that moment.
    pub text: Text,
    /// Offers to undo the last load.
    pub undo: bool,
}

impl AppState {
    pub fn notify(&mut self, kind: NoticeKind, text: Text) {
        self.push_notice(kind, text, false);
    }

    /// Adds a notice in place of an equal one (and of the last one that offers Undo, if this
    /// one does).
    pub(super) fn push_notice(&mut self, kind: NoticeKind, text: Text, undo: bool) {
        if undo {
            self.notices.retain(|n| !n.undo);
        }
        self.notices.retain(|n| n.text != text);
        self.notices.push(Notice {
            id: self.next_notice,
            kind,
            text,
            undo,
        });
        self.next_notice += 1;
    }
}
