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
use unicode_width::UnicodeWidthStr;

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
    if s.view.editor.current.is_some() {
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
        Focus::Reader if s.view.reader.select_from.is_some() => &[
            (Action::WordNext, "extend"),
            (Action::Annotate, "annotate"),
            (Action::Highlight, "highlight"),
            (Action::DeclareEntity, "entity"),
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
        Focus::Sidebar if s.fixing.merge_from.is_some() => &[
            (Action::MergeEntity, "merge into this"),
            (Action::Back, "cancel"),
        ],
        Focus::Sidebar => &[
            (Action::FilterByEntity, "filter by"),
            (Action::NextMention, "next mention"),
            (Action::ToggleScope, "scope"),
            (Action::RejectEntity, "not an entity"),
            (Action::RetypeEntity, "kind"),
            (Action::RenameEntity, "rename"),
            (Action::MergeEntity, "merge"),
            (Action::ToggleHelp, "help"),
            (Action::Quit, "quit"),
        ],
    };
    wanted
        .iter()
        .filter_map(|&(a, label)| ctx.keymap.hint(c, a).map(|k| (k, label)))
        .collect()
}

/// The hints that fit in `width` columns, whole: the first ones in order,
/// and always "help" (the way to all the others) when it fits at all.
fn fitting(hints: Vec<(String, &'static str)>, width: usize) -> Vec<(String, &'static str)> {
    let cost = |(k, l): &(String, &str)| k.width() + 1 + l.width() + 2;
    let help = hints.iter().position(|(_, l)| *l == "help");
    let mut reserve = help.map_or(0, |i| cost(&hints[i]));
    let (mut used, mut placed) = (0, false);
    let mut out = Vec::new();
    for (i, h) in hints.iter().enumerate() {
        let c = cost(h);
        if Some(i) == help {
            if used + c <= width {
                out.push(h.clone());
                used += c;
                placed = true;
            }
            reserve = 0;
        } else if used + c + reserve <= width {
            out.push(h.clone());
            used += c;
        } else {
            break;
        }
    }
    if let Some(i) = help
        && !placed
        && used + reserve <= width
    {
        out.push(hints[i].clone());
    }
    out
}

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, ctx: &Ctx) {
    let base = ctx.theme.get("status");
    frame.render_widget(Paragraph::new("").style(base), area);
    let loaded = s.doc.articles.len();
    let mut right = if s.view.status.progress.done {
        format!("{loaded} articles")
    } else {
        format!(
            "loading {loaded}/{}…",
            s.view.status.progress.found.max(loaded)
        )
    };
    if !s.doc.skipped.is_empty() {
        right.push_str(&format!(" · {} skipped", s.doc.skipped.len()));
        if let Some(k) = ctx.keymap.hint(Context::Common, Action::Problems) {
            right.push_str(&format!(" ({k})"));
        }
    }
    if !s.notes.is_empty() {
        right.push_str(&format!(" · {} notes", s.notes.len()));
    }
    if let Some(f) = &s.view.annotations.file
        && s.view.focus == Focus::Reader
    {
        right.push_str(&format!(" → {}", fit(f, 48)));
    }
    let right = format!(" {right} ");
    // The question before quitting takes the whole line.
    if let Some(q) = &s.view.status.quit_prompt {
        let line = Line::styled(
            fit(&format!(" {q}"), area.width as usize),
            ctx.theme.get("status.error"),
        );
        frame.render_widget(Paragraph::new(line).style(base), area);
        return;
    }
    let [left_a, right_a] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(right.chars().count() as u16),
    ])
    .areas(area);
    // a question of the entity corrections, until it is answered
    if let Some(p) = &s.fixing.prompt {
        let line = Line::styled(
            fit(&format!(" {}", p.question()), left_a.width as usize),
            ctx.theme.get("status.message"),
        );
        frame.render_widget(Paragraph::new(line).style(base), left_a);
        frame.render_widget(Paragraph::new(right).style(base), right_a);
        return;
    }
    // the target of the link under the reading cursor
    let link = s
        .view
        .reader
        .open
        .zip(s.view.reader.cursor)
        .filter(|_| s.view.focus == Focus::Reader)
        .and_then(|(a, c)| {
            let st = s.doc.article(a).structure.as_ref()?;
            st.link_at(c)
        });
    // Unsaved annotations stay visible, with the passing message after.
    let line = match (&s.view.status.unsaved, &s.view.status.message, link) {
        (Some(u), m, _) => {
            let mut text = format!(" {u}");
            if let Some(m) = m {
                text.push_str(" · ");
                text.push_str(&m.text);
            }
            Line::styled(
                fit(&text, left_a.width as usize),
                ctx.theme.get("status.error"),
            )
        }
        (None, Some(m), _) => Line::styled(
            fit(&format!(" {}", m.text), left_a.width as usize),
            ctx.theme.get(if m.error {
                "status.error"
            } else {
                "status.message"
            }),
        ),
        (None, None, Some(url)) => Line::styled(
            fit(
                &format!(" → {}  (o opens it)", crate::sanitize::clean(url)),
                left_a.width as usize,
            ),
            ctx.theme.get("status.message"),
        ),
        (None, None, None) => {
            let mut spans = vec![Span::styled(" ", base)];
            for (k, label) in fitting(hints(s, ctx), left_a.width as usize - 1) {
                spans.push(Span::styled(k, ctx.theme.get("status.key")));
                spans.push(Span::styled(format!(" {label}  "), base));
            }
            Line::from(spans)
        }
    };
    frame.render_widget(Paragraph::new(line).style(base), left_a);
    frame.render_widget(Paragraph::new(right).style(base), right_a);
}

#[cfg(test)]
mod tests {
    use super::fitting;

    fn h(v: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        v.iter().map(|(k, l)| (k.to_string(), *l)).collect()
    }

    #[test]
    fn hints_are_dropped_whole_and_help_stays() {
        let all = h(&[
            ("v", "select"),
            ("a", "annotate"),
            ("?", "help"),
            ("q", "quit"),
        ]);
        let labels = |w| -> Vec<&str> { fitting(all.clone(), w).iter().map(|x| x.1).collect() };
        assert_eq!(labels(80), ["select", "annotate", "help", "quit"]);
        // "v select  a annotate  ? help  " is 30 columns
        assert_eq!(labels(30), ["select", "annotate", "help"]);
        assert_eq!(labels(29), ["select", "help"]);
        assert_eq!(labels(8), ["help"]);
        assert!(labels(3).is_empty());
    }
}
