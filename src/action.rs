//! Everything a key can do. Each variant's doc comment is what the help
//! overlay shows, and its snake_case name is what `config.toml` binds.

macro_rules! actions {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $name:literal, )*) => {
        /// A user action: keys map to these, [`crate::update`] applies them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $( $(#[doc = $doc])+ $variant, )*
        }

        impl Action {
            /// Every action, in help order.
            pub const ALL: &'static [Action] = &[$(Action::$variant),*];

            /// The name used in `config.toml`.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name,)* }
            }

            /// One line for the help overlay (the variant's doc comment).
            pub fn description(self) -> &'static str {
                match self { $(Action::$variant => concat!($($doc),+).trim_ascii(),)* }
            }

            /// The action with this config name.
            pub fn from_name(name: &str) -> Option<Action> {
                match name { $($name => Some(Action::$variant),)* _ => None }
            }
        }
    };
}

actions! {
    /// Quit liseuse.
    Quit = "quit",
    /// Show or hide this help.
    ToggleHelp = "toggle_help",
    /// Close the overlay, or go back.
    Back = "back",
    /// Focus the next pane.
    FocusNext = "focus_next",
    /// Focus the previous pane.
    FocusPrev = "focus_prev",
    /// Type in the filter bar.
    FocusFilter = "focus_filter",
    /// Move down one line or item.
    Down = "down",
    /// Move up one line or item.
    Up = "up",
    /// Go to the top.
    Top = "top",
    /// Go to the bottom.
    Bottom = "bottom",
    /// Move down half a page.
    HalfPageDown = "half_page_down",
    /// Move up half a page.
    HalfPageUp = "half_page_up",
    /// Move down a page.
    PageDown = "page_down",
    /// Move up a page.
    PageUp = "page_up",
    /// Open the selected article in the reading pane.
    Open = "open",
    /// Sort the list by path, title, date or length.
    CycleSort = "cycle_sort",
    /// Switch to the next theme.
    CycleTheme = "cycle_theme",
    /// Clear the filter.
    ClearFilter = "clear_filter",
    /// Keep the filter and go back to the list.
    AcceptFilter = "accept_filter",
    /// Previous query from the history.
    HistoryPrev = "history_prev",
    /// Next query from the history.
    HistoryNext = "history_next",
    /// Jump to the next filter hit in the article.
    NextHit = "next_hit",
    /// Jump to the previous filter hit in the article.
    PrevHit = "prev_hit",
    /// Sidebar: entities of this article, the filtered articles, or all.
    ToggleScope = "toggle_scope",
    /// Filter the corpus by the selected entity.
    FilterByEntity = "filter_by_entity",
    /// Jump to the next mention of the selected entity.
    NextMention = "next_mention",
    /// Jump to the previous mention of the selected entity.
    PrevMention = "prev_mention",
    /// Sidebar: the selected entity is not an entity (everywhere; u undoes).
    RejectEntity = "reject_entity",
    /// Sidebar: change the selected entity's kind (everywhere).
    RetypeEntity = "retype_entity",
    /// Sidebar: rename the selected entity (everywhere).
    RenameEntity = "rename_entity",
    /// Sidebar: mark the selected entity, then merge it into the next one chosen.
    MergeEntity = "merge_entity",
    /// Sidebar: undo the last entity correction.
    UndoCorrection = "undo_correction",
    /// Reader: declare the selection an entity of a kind (in every article).
    DeclareEntity = "declare_entity",
    /// Cursor to the next word.
    WordNext = "word_next",
    /// Cursor to the previous word.
    WordBack = "word_back",
    /// Cursor to the end of the word.
    WordEnd = "word_end",
    /// Cursor to the next sentence.
    SentenceNext = "sentence_next",
    /// Cursor to the start of the sentence.
    SentencePrev = "sentence_prev",
    /// Cursor to the next paragraph.
    ParagraphNext = "paragraph_next",
    /// Cursor to the start of the paragraph.
    ParagraphPrev = "paragraph_prev",
    /// Cursor to the start of the line.
    LineStart = "line_start",
    /// Cursor to the end of the line.
    LineEnd = "line_end",
    /// Start or stop selecting from the cursor.
    ToggleSelect = "toggle_select",
    /// Annotate the selection (or the word under the cursor): note, tags, label.
    Annotate = "annotate",
    /// Highlight the selection without a note.
    Highlight = "highlight",
    /// Write the note of the whole article.
    ArticleNote = "article_note",
    /// Show the annotations (this article or all).
    AnnotationList = "annotation_list",
    /// Undo the last annotation change.
    Undo = "undo",
    /// Redo the last undone annotation change.
    Redo = "redo",
    /// Save the annotation being edited.
    EditorSave = "editor_save",
    /// Next field of the annotation editor.
    EditorNextField = "editor_next_field",
    /// Previous field of the annotation editor.
    EditorPrevField = "editor_prev_field",
    /// Annotation list: this article or all articles.
    ToggleAll = "toggle_all",
    /// Edit the selected annotation.
    EditAnnotation = "edit_annotation",
    /// Delete the selected annotation (u undoes).
    DeleteAnnotation = "delete_annotation",
    /// Re-attach the selected annotation to the reader's selection.
    Reattach = "reattach",
    /// Open the article's URL (or its file) with the system opener.
    OpenSource = "open_source",
    /// Edit the article's file in $EDITOR, and reload it after.
    EditSource = "edit_source",
    /// Copy the selection or the paragraph to the clipboard (OSC 52; off unless `clipboard = true` in config.toml).
    Copy = "copy",
    /// Show or hide the concordance of the filter's hits (keyword in context).
    Concordance = "concordance",
    /// Show or hide the words found most often near the filter's hits (collocates); Enter adds one to the filter.
    Collocates = "collocates",
    /// Show the timeline of the filtered articles by month; again: by week, by year, then close.
    Timeline = "timeline",
    /// List the files of the corpus that could not be read, and why.
    Problems = "problems",
    /// Mark the article read or unread (opening it marks it read).
    ToggleRead = "toggle_read",
    /// Star the article, or remove its star.
    ToggleStar = "toggle_star",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_descriptions_are_unique_and_present() {
        let mut names = std::collections::HashSet::new();
        for a in Action::ALL {
            assert!(names.insert(a.name()), "duplicate name {}", a.name());
            assert!(!a.description().is_empty());
            assert_eq!(Action::from_name(a.name()), Some(*a));
        }
        assert_eq!(Action::Quit.description(), "Quit liseuse.");
    }
}
