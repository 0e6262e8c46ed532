//! The only place state changes. No I/O: what must happen outside (quit,
//! switch theme) is returned as an [`Effect`] for the run loop.

use crate::action::Action;
use crate::layout;
use crate::model::loader::LoadEvent;
use crate::state::{AppState, Focus, LineKind, Message, Outcome, Room};
use crossterm::event::KeyEvent;
use ratatui::layout::Rect;

mod annotate;
pub mod collocates;
pub mod concordance;
mod cursor;
pub mod fixing;
mod mouse;
mod source;

pub use annotate::editor_input;
pub use mouse::mouse;

pub use crate::state::Effect;

/// Applies an action: the room that has the keys ([`ViewState::room`])
/// takes it, or declines it to the actions every pane shares; then the
/// router applies what the rooms asked for ([`Outcome`]) and returns what
/// the run loop must do.
///
/// [`ViewState::room`]: crate::state::ViewState::room
pub fn update(s: &mut AppState, action: Action) -> Vec<Effect> {
    let room = s.view.room();
    if !matches!(room, Room::Help | Room::Editor | Room::Annotations) {
        s.view.status.message = None;
    }
    let mut queue = std::mem::take(&mut s.view.queue);
    let taken = match room {
        Room::Help => {
            let page = help_page(s);
            let scroll = s.view.help.get_or_insert(0);
            crate::state::help::handle(scroll, page, action, &mut queue);
            true
        }
        Room::Problems => {
            let (n, page) = (s.doc.skipped.len(), help_page(s));
            let room = s.view.problems.get_or_insert_default();
            room.handle(n, page, action, &mut queue);
            true
        }
        Room::Editor => {
            annotate::editor_action(s, action, &mut queue);
            true
        }
        Room::Annotations => annotate::list_action(s, action, &mut queue),
        Room::Concordance => {
            let page = s.view.panes.reader_height().max(2) as usize;
            s.view
                .concordance
                .as_mut()
                .is_some_and(|c| c.handle(&s.doc, page, action, &mut queue))
        }
        Room::Collocates => {
            let page = s.view.panes.reader_height().max(2) as usize;
            s.view
                .collocates
                .as_mut()
                .is_some_and(|c| c.handle(page, action, &mut queue))
        }
        Room::Timeline => {
            let page = s.view.panes.sidebar.height.saturating_sub(2).max(1) as usize;
            crate::state::timeline::handle(&mut s.view.sidebar, &s.doc, page, action, &mut queue)
        }
        Room::List => {
            let page = s.view.panes.list_rows().max(2) as usize;
            s.view.list.handle(&s.doc.visible, page, action, &mut queue)
        }
        Room::Sidebar => {
            let page = s.view.panes.sidebar_rows().max(2) as usize;
            fixing::action(s, action) || s.view.sidebar.handle(page, action, &mut queue)
        }
        Room::Reader => fixing::action(s, action) || cursor::reader_action(s, action),
        Room::Filter => s.view.filter.handle(action, &mut queue),
    };
    if !taken {
        if room == Room::Annotations {
            s.view.status.message = None;
        }
        common(s, action, &mut queue);
    }
    queue.append(&mut s.view.queue);
    let fx = route(s, queue);
    if room != Room::Help {
        s.refresh();
        keep_visible(s);
    }
    fx
}

/// Applies what the rooms asked for, in order; returns what only the run
/// loop can do.
fn route(s: &mut AppState, queue: Vec<Outcome>) -> Vec<Effect> {
    let mut fx = Vec::new();
    for o in queue {
        match o {
            Outcome::Open { article, at } => {
                reselect(s, Some(article));
                open_article(s, article);
                if let Some(b) = at {
                    s.refresh();
                    s.view.reader.cursor = Some(b);
                    s.follow_cursor();
                }
            }
            Outcome::AddToFilter(term) => add_to_filter(s, &term),
            Outcome::ApplyFilter => apply_filter(s),
            Outcome::Focus(f) => s.view.focus = f,
            Outcome::Say(text) => s.view.status.message = Some(info(text)),
            Outcome::Close(room) => match room {
                Room::Help => s.view.help = None,
                Room::Problems => s.view.problems = None,
                Room::Concordance => s.view.concordance = None,
                Room::Collocates => s.view.collocates = None,
                Room::Editor => s.view.editor.current = None,
                Room::Annotations => s.view.annotations.list = None,
                Room::Timeline => s.view.sidebar.timeline = None,
                Room::Filter | Room::List | Room::Reader | Room::Sidebar => {}
            },
            Outcome::Run(e) => {
                if !fx.contains(&e) {
                    fx.push(e)
                }
            }
        }
    }
    fx
}

/// The actions every pane shares (move, open, filter, sort, focus, quit…),
/// when the room with the keys declined them.
fn common(s: &mut AppState, action: Action, queue: &mut Vec<Outcome>) {
    match action {
        Action::Quit => queue.push(Outcome::Run(Effect::Quit)),
        Action::ToggleHelp => s.view.help = Some(0),
        Action::Back => back(s),
        Action::FocusNext => s.view.focus = cycle(s.view.focus, true),
        Action::FocusPrev => s.view.focus = cycle(s.view.focus, false),
        Action::FocusFilter => {
            if s.view.focus != Focus::Filter {
                s.view.filter.before = s.view.focus;
            }
            s.view.focus = Focus::Filter;
        }
        Action::Down
        | Action::Up
        | Action::Top
        | Action::Bottom
        | Action::HalfPageDown
        | Action::HalfPageUp
        | Action::PageDown
        | Action::PageUp => move_in_focus(s, action, queue),
        Action::Open => open_selected(s),
        Action::CycleSort => {
            let keep = s.selected();
            s.doc.set_sort(s.doc.sort.next());
            reselect(s, keep);
            s.view.status.message = Some(info(format!("sorted by {}", s.doc.sort.name())));
        }
        Action::CycleTheme => queue.push(Outcome::Run(Effect::NextTheme)),
        // the filter bar's, when bound in another pane
        Action::ClearFilter | Action::AcceptFilter | Action::HistoryPrev | Action::HistoryNext => {
            s.view.filter.handle(action, queue);
        }
        Action::NextHit | Action::PrevHit => {
            if s.view.reader.open.is_none() {
                open_selected(s);
                s.refresh();
            }
            jump_to_mark(s, "match", action == Action::NextHit)
        }
        // the sidebar's, when bound in another pane
        Action::ToggleScope | Action::FilterByEntity => {
            s.view.sidebar.handle(1, action, queue);
        }
        Action::NextMention | Action::PrevMention => {
            jump_to_mark(s, "entity.mention", action == Action::NextMention)
        }
        Action::AnnotationList => annotate::open_list(s),
        Action::Undo | Action::Redo => annotate::undo(s, action == Action::Undo),
        Action::WordNext
        | Action::WordBack
        | Action::WordEnd
        | Action::SentenceNext
        | Action::SentencePrev
        | Action::ParagraphNext
        | Action::ParagraphPrev
        | Action::LineStart
        | Action::LineEnd
        | Action::ToggleSelect
        | Action::Annotate
        | Action::Highlight
        | Action::ArticleNote => {
            s.view.status.message = Some(info(
                "open an article and focus the reader (Tab) to select and annotate".into(),
            ))
        }
        Action::EditorSave
        | Action::EditorNextField
        | Action::EditorPrevField
        | Action::ToggleAll
        | Action::EditAnnotation
        | Action::DeleteAnnotation
        | Action::Reattach => {}
        // the corrections room took them where they apply
        Action::RejectEntity
        | Action::RetypeEntity
        | Action::RenameEntity
        | Action::MergeEntity
        | Action::UndoCorrection
        | Action::DeclareEntity => {}
        Action::OpenSource => source::open(s, queue),
        Action::EditSource => source::edit(s, queue),
        Action::Copy => source::copy(s, queue),
        Action::Problems => s.view.problems = Some(Default::default()),
        Action::Concordance => concordance::toggle(s),
        Action::Collocates => collocates::toggle(s),
        // the run loop handles them (the reading state is not in `s`)
        Action::ToggleRead | Action::ToggleStar => {}
        Action::Timeline => {
            s.view.sidebar.timeline_sel = None;
            use crate::model::explore::Period;
            s.view.sidebar.timeline = match s.view.sidebar.timeline {
                None => Some(Period::Month),
                Some(Period::Month) => Some(Period::Week),
                Some(Period::Week) => Some(Period::Year),
                Some(Period::Year) => None,
            }
        }
    }
}

/// Lines of help shown at once: the overlay is the screen less a line
/// above and below and its border.
fn help_page(s: &AppState) -> usize {
    (s.view.panes.area.height as usize).saturating_sub(4).max(2)
}

pub(crate) fn info(text: String) -> Message {
    Message { text, error: false }
}

fn cycle(f: Focus, forward: bool) -> Focus {
    const ORDER: [Focus; 3] = [Focus::List, Focus::Reader, Focus::Sidebar];
    let i = ORDER.iter().position(|&o| o == f).unwrap_or(0);
    let n = if forward { i + 1 } else { i + ORDER.len() - 1 };
    ORDER[n % ORDER.len()]
}

fn back(s: &mut AppState) {
    match s.view.focus {
        Focus::Reader | Focus::Sidebar => s.view.focus = Focus::List,
        Focus::Filter => s.view.focus = s.view.filter.before,
        Focus::List if !s.doc.filter.input.is_empty() => {
            s.view.filter.set_text("");
            apply_filter(s);
        }
        Focus::List => {}
    }
}

fn page(s: &AppState) -> isize {
    let p = &s.view.panes;
    (match s.view.focus {
        Focus::Reader => p.reader_height(),
        Focus::Sidebar => p.sidebar_rows(),
        _ => p.list_rows(),
    } as isize)
        .max(2)
}

fn step(cur: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (cur as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize
}

/// A movement key of a pane that declined it or has none of its own: the
/// reader scrolls (its room moves the cursor when it has the keys), the
/// list and the sidebar move their selection.
fn move_in_focus(s: &mut AppState, action: Action, queue: &mut Vec<Outcome>) {
    let page = page(s);
    match s.view.focus {
        Focus::Reader => {
            let delta = match action {
                Action::Down => 1,
                Action::Up => -1,
                Action::Top => isize::MIN / 2,
                Action::Bottom => isize::MAX / 2,
                Action::HalfPageDown => page / 2,
                Action::HalfPageUp => -(page / 2),
                Action::PageDown => page,
                Action::PageUp => -page,
                _ => 0,
            };
            let (total, h) = s.reader_extent();
            let max = total.saturating_sub(h.max(1));
            s.view.reader.top = step(s.view.reader.top, delta, max + 1);
            s.clamp_reader();
        }
        Focus::Sidebar => {
            s.view.sidebar.handle(page as usize, action, queue);
        }
        Focus::List | Focus::Filter => {
            s.view
                .list
                .handle(&s.doc.visible, page as usize, action, queue);
        }
    }
}

fn open_selected(s: &mut AppState) {
    if let Some(a) = s.selected() {
        open_article(s, a);
    }
}

/// Shows article `a` in the reader and gives it the focus: where it was
/// left in this session, else from the top with the cursor on its text.
pub(crate) fn open_article(s: &mut AppState, a: u32) {
    s.show(Some(a));
    s.view.focus = Focus::Reader;
}

/// Keeps the list selection and sidebar selection inside their windows.
pub(crate) fn keep_visible(s: &mut AppState) {
    let rows = s.view.panes.list_rows().max(1) as usize;
    if s.view.list.sel < s.view.list.offset {
        s.view.list.offset = s.view.list.sel;
    } else if s.view.list.sel >= s.view.list.offset + rows {
        s.view.list.offset = s.view.list.sel + 1 - rows;
    }
    let rows = s.view.panes.sidebar_rows().max(1) as usize;
    if s.view.sidebar.sel < s.view.sidebar.offset {
        s.view.sidebar.offset = s.view.sidebar.sel;
    } else if s.view.sidebar.sel >= s.view.sidebar.offset + rows {
        s.view.sidebar.offset = s.view.sidebar.sel + 1 - rows;
    }
}

fn reselect(s: &mut AppState, keep: Option<u32>) {
    if let Some(k) = keep
        && let Some(i) = s.doc.visible.iter().position(|&v| v == k)
    {
        s.view.list.sel = i;
    }
}

fn apply_filter(s: &mut AppState) {
    // a filter typed now: the selection to keep is the one on screen
    s.view.list.select_after = None;
    let keep = s.selected();
    let q = s.view.filter.query();
    s.doc.set_filter(&q);
    s.view.list.sel = 0;
    reselect(s, keep);
    s.view.list.offset = 0;
}

/// Runs about `budget` units of a filter evaluation under way (see
/// [`crate::model::Document::filter_step`]); when it ends, the list shows
/// its result with the same article selected if it is still there.
/// Returns whether the list changed.
pub fn filter_step(s: &mut AppState, budget: usize) -> bool {
    let keep = s.selected();
    if !s.doc.filter_step(budget) {
        return false;
    }
    let keep = s.view.list.select_after.take().or(keep);
    s.view.list.sel = 0;
    reselect(s, keep);
    s.view.list.offset = 0;
    s.refresh();
    keep_visible(s);
    true
}

/// A key typed into the filter bar (after the filter keymap declined it).
pub fn filter_input(s: &mut AppState, key: KeyEvent) {
    if s.view.filter.input(key) {
        apply_filter(s);
    }
    s.refresh();
    keep_visible(s);
}

/// Text pasted while the filter bar has focus.
pub fn filter_paste(s: &mut AppState, text: &str) {
    if s.view.filter.paste(text) {
        apply_filter(s);
    }
    s.refresh();
    keep_visible(s);
}

/// Adds a term to the filter (after what is typed) and applies it.
fn add_to_filter(s: &mut AppState, term: &str) {
    s.view.filter.append(term);
    apply_filter(s);
}

/// Scrolls the reader to the next/previous highlighted range drawn with
/// `slot` (filter hits, or mentions of the selected entity).
fn jump_to_mark(s: &mut AppState, slot: &str, forward: bool) {
    let Some(w) = &s.view.reader.wrap else { return };
    let line_of = |b: u32| {
        w.lines.iter().position(|l| {
            matches!(l.kind, LineKind::Text(_))
                && l.span.start <= b
                && b < l.span.end.max(l.span.start + 1)
        })
    };
    let mut lines: Vec<usize> = s
        .view
        .reader
        .marks
        .iter()
        .filter(|m| m.slot == slot)
        .filter_map(|m| line_of(m.start))
        .collect();
    lines.dedup();
    if lines.is_empty() {
        s.view.status.message = Some(info(match slot {
            "match" => "no filter hit in this article".into(),
            _ => "no mention in this article".into(),
        }));
        return;
    }
    // the current hit is shown on the reader's second line
    let cur = s.view.reader.top + 1;
    let target = if forward {
        lines.iter().copied().find(|&l| l > cur).unwrap_or(lines[0])
    } else {
        lines
            .iter()
            .rev()
            .copied()
            .find(|&l| l < cur)
            .unwrap_or(lines[lines.len() - 1])
    };
    // the cursor goes to the first hit of that line (vim's n), so that a
    // selection, a note or a declaration can start there
    let at = w.lines.get(target).map(|l| l.span);
    let start = at.and_then(|span| {
        s.view
            .reader
            .marks
            .iter()
            .filter(|m| {
                m.slot == slot && span.start <= m.start && m.start < span.end.max(span.start + 1)
            })
            .map(|m| m.start)
            .min()
    });
    if let Some(b) = start {
        s.view.reader.cursor = Some(b);
        s.view.reader.select_from = None;
    }
    s.view.reader.top = target.saturating_sub(1);
    s.clamp_reader();
    let i = lines.iter().position(|&l| l == target).unwrap_or(0);
    let what = match slot {
        "match" => "hit".to_string(),
        _ => s
            .selected_entity()
            .map(|r| r.canonical.clone())
            .unwrap_or_default(),
    };
    s.view.status.message = Some(info(format!("{what} {}/{}", i + 1, lines.len())));
}

/// The terminal was resized (or first drawn) at this size.
pub fn resize(s: &mut AppState, width: u16, height: u16) {
    s.view.panes = layout::layout(Rect::new(0, 0, width, height));
    s.refresh();
    keep_visible(s);
}

/// Articles arrived from the background loader.
pub fn loaded(s: &mut AppState, event: LoadEvent) {
    match event {
        LoadEvent::Found(n) => s.view.status.progress.found = n,
        LoadEvent::Articles(batch, terms) => {
            let keep = s.selected();
            s.doc.add_indexed(batch, terms);
            s.refresh_facts();
            reselect(s, keep);
        }
        LoadEvent::Indexed(batch, index) => {
            let keep = s.selected();
            s.doc.add_prebuilt(batch, Some(*index));
            s.refresh_facts();
            reselect(s, keep);
        }
        LoadEvent::StoreIndex(target) => s.view.status.progress.store_index = Some(target),
        LoadEvent::Skipped(sk) => {
            s.view.status.message = Some(Message {
                text: format!(
                    "skipped {}: {}",
                    crate::sanitize::clean(&sk[0].path.display().to_string()),
                    sk[0].reason
                ),
                error: true,
            });
            s.doc.skipped.extend(sk);
        }
        LoadEvent::Note(text) => {
            // a skipped file's message stays: it is an error
            if !s.view.status.message.as_ref().is_some_and(|m| m.error) {
                s.view.status.message = Some(Message { text, error: false });
            }
        }
        LoadEvent::Done => {
            s.view.status.progress.done = true;
            // a bug in the entity rules cost some articles their entities:
            // said, not hidden
            if let Some(text) = crate::model::entities::failures_line() {
                s.view.status.message = Some(Message { text, error: true });
            }
            // batches analysed before a correction was made get it now
            if std::mem::take(&mut s.fixing.during_load) {
                fixing::apply_to(s, true);
                s.fixing.pending_save = false;
            }
            // the index as built, with the corrections it has, for the
            // next start
            if let Some(target) = s.view.status.progress.store_index.take() {
                target.save_in_background(s.doc.index(), s.doc.corrections(), &s.doc.articles);
            }
        }
    }
    s.refresh();
    keep_visible(s);
}
