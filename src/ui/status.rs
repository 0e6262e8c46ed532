//! The status line: a message or key hints on the left, loading progress
//! and corpus size on the right.

use super::Ctx;
use super::text::fit;
use crate::action::Action;
use crate::keymap::Context;
use crate::state::{AppState, Focus};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

fn context(s: &AppState) -> Context {
    match s.view.focus {
        Focus::List => Context::List,
        Focus::Reader => Context::Reader,
        Focus::Sidebar => Context::Sidebar,
        Focus::Filter => Context::Filter,
    }
}

/// The hints shown for the focused pane: (key, what it does).
pub fn hints(s: &AppState, ctx: &Ctx) -> Vec<(String, &'static str)> {
    let c = context(s);
    if s.view.editor.is_some() {
        return vec![
            ("<C-s>".into(), "save"),
            ("<Tab>".into(), "next field"),
            ("<Esc>".into(), "cancel"),
        ];
    }
    let wanted: &[(Action, &str)] = match s.view.focus {
        Focus::Filter => &[
            (Action::AcceptFilter, "keep"),
            (Action::ClearFilter, "clear"),
            (Action::HistoryPrev, "history"),
        ],
        Focus::List => &[
            (Action::Open, "open"),
            (Action::FocusFilter, "filter"),
            (Action::CycleSort, "sort"),
            (Action::FocusNext, "pane"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
        Focus::Reader if s.view.select_from.is_some() => &[
            (Action::WordNext, "extend"),
            (Action::Annotate, "annotate"),
            (Action::Highlight, "highlight"),
            (Action::Back, "cancel"),
        ],
        Focus::Reader => &[
            (Action::ToggleSelect, "select"),
            (Action::Annotate, "annotate"),
            (Action::Highlight, "highlight"),
            (Action::AnnotationList, "notes"),
            (Action::Undo, "undo"),
            (Action::NextHit, "next hit"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
        Focus::Sidebar => &[
            (Action::FilterByEntity, "filter by"),
            (Action::NextMention, "next mention"),
            (Action::ToggleScope, "scope"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
    };
    wanted
        .iter()
        .filter_map(|&(a, label)| ctx.keymap.hint(c, a).map(|k| (k, label)))
        .collect()
}

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, ctx: &Ctx) {
    let base = ctx.theme.get("status");
    frame.render_widget(Paragraph::new("").style(base), area);
    let loaded = s.doc.articles.len();
    let mut right = if s.view.progress.done {
        format!("{loaded} articles")
    } else {
        format!("loading {loaded}/{}…", s.view.progress.found.max(loaded))
    };
    if !s.doc.skipped.is_empty() {
        right.push_str(&format!(" · {} skipped", s.doc.skipped.len()));
    }
    if !s.notes.is_empty() {
        right.push_str(&format!(" · {} notes", s.notes.len()));
    }
    if let Some(f) = &s.view.annotation_file
        && s.view.focus == Focus::Reader
    {
        right.push_str(&format!(" → {}", fit(f, 48)));
    }
    let right = format!(" {right} ");
    let [left_a, right_a] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(right.chars().count() as u16),
    ])
    .areas(area);
    let line = match &s.view.message {
        Some(m) => Line::styled(
            fit(&format!(" {}", m.text), left_a.width as usize),
            ctx.theme.get(if m.error {
                "status.error"
            } else {
                "status.message"
            }),
        ),
        None => {
            let mut spans = vec![Span::styled(" ", base)];
            for (k, label) in hints(s, ctx) {
                spans.push(Span::styled(k, ctx.theme.get("status.key")));
                spans.push(Span::styled(format!(" {label}  "), base));
            }
            Line::from(spans)
        }
    };
    frame.render_widget(Paragraph::new(line).style(base), left_a);
    frame.render_widget(Paragraph::new(right).style(base), right_a);
}
