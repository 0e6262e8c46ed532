//! The entity sidebar: entities grouped by kind with counts, in the scope
//! chosen (this article, the filtered articles, the corpus), and a detail
//! line for the selected one.

use super::text::fit;
use super::{Ctx, focused, pane};
use crate::state::{AppState, Focus};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, ctx: &Ctx) {
    let has_focus = focused(s, Focus::Sidebar);
    let title = Line::from(format!(" Entities · {} ", s.view.sidebar.scope.label()));
    let block = pane(title, has_focus, ctx);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let width = inner.width as usize;
    let rows = &s.view.sidebar.rows;
    let with_lines = if s.view.sidebar.cooccur.is_empty() {
        0
    } else {
        s.view.sidebar.cooccur.len().min(3) + 1
    };
    let foot = 2 + if inner.height > 16 { with_lines } else { 0 };
    let body_h = inner.height.saturating_sub(foot as u16) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut last_kind = None;
    // headings take rows too: walk from the offset and emit both
    for (i, r) in rows.iter().enumerate().skip(s.view.sidebar.offset) {
        if lines.len() >= body_h {
            break;
        }
        if last_kind != Some(r.kind) {
            let n = rows.iter().filter(|x| x.kind == r.kind).count();
            lines.push(Line::styled(
                fit(&format!("{} ({n})", r.kind.label()), width),
                ctx.theme.get("sidebar.heading"),
            ));
            last_kind = Some(r.kind);
            if lines.len() >= body_h {
                break;
            }
        }
        let count = format!(" {}", r.count);
        // a name a reader's correction made is marked
        let shown = if s.fixing.corrections.is_empty()
            || s.fixing.corrections.explain(r.kind, &r.canonical).is_none()
        {
            r.canonical.clone()
        } else {
            format!("✎ {}", r.canonical)
        };
        let name = fit(&shown, width.saturating_sub(count.len() + 1));
        let pad = width.saturating_sub(1 + super::wrap::str_width(&name) + count.len());
        let mut style = ctx.theme.get(&format!("entity.{}", r.kind.name()));
        if i == s.view.sidebar.sel {
            style = style.patch(ctx.theme.get(if has_focus {
                "list.selected"
            } else {
                "list.selected.unfocused"
            }));
        }
        lines.push(Line::from(vec![
            Span::styled(format!(" {name}{}", " ".repeat(pad)), style),
            Span::styled(count, ctx.theme.get("sidebar.count")),
        ]));
    }
    if rows.is_empty() {
        let msg = if s.current().is_none() {
            "No article."
        } else {
            "No entities found."
        };
        lines.push(Line::styled(
            fit(msg, width),
            ctx.theme.get("sidebar.detail"),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            height: body_h as u16,
            ..inner
        },
    );
    if let Some(r) = s.selected_entity() {
        let fixed = s.fixing.corrections.explain(r.kind, &r.canonical);
        let detail = if let Some(c) = fixed {
            format!("✎ {}", c.explain())
        } else if r.rule.is_empty() {
            format!("{} · in {} articles", r.kind.name(), r.count)
        } else if r.aliases.len() > 1 {
            format!("aka {} · rule {}", r.aliases.join(", "), r.rule)
        } else {
            format!("{} · rule {}", r.kind.name(), r.rule)
        };
        let y = inner.y + inner.height.saturating_sub(foot as u16);
        let mut foot_lines = vec![
            Line::styled("─".repeat(width), ctx.theme.get("border")),
            Line::styled(fit(&detail, width), ctx.theme.get("sidebar.detail")),
        ];
        if foot > 2 {
            foot_lines.push(Line::styled(
                fit(&format!("often with {}:", r.canonical), width),
                ctx.theme.get("sidebar.heading"),
            ));
            for (kind, name, n) in s.view.sidebar.cooccur.iter().take(with_lines - 1) {
                let count = format!(" {n}");
                let name = fit(name, width.saturating_sub(count.len() + 1));
                let pad = width.saturating_sub(1 + super::wrap::str_width(&name) + count.len());
                foot_lines.push(Line::from(vec![
                    Span::styled(
                        format!(" {name}{}", " ".repeat(pad)),
                        ctx.theme.get(&format!("entity.{}", kind.name())),
                    ),
                    Span::styled(count, ctx.theme.get("sidebar.count")),
                ]));
            }
        }
        frame.render_widget(
            Paragraph::new(foot_lines),
            Rect {
                y,
                height: inner.height.min(foot as u16),
                ..inner
            },
        );
    }
}
