//! The annotation list overlay: status, place, quote, tags and note of each
//! annotation of this article (or of all), with the selection.

use super::Ctx;
use super::text::fit;
use crate::annotating::AnnList;
use crate::model::anchor::Status;
use crate::model::annotation::Kind;
use crate::state::AppState;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, list: &AnnList, ctx: &Ctx) {
    let w = area.width.saturating_sub(4).min(110);
    let h = area.height.saturating_sub(2);
    let r = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + 1,
        width: w,
        height: h,
    };
    super::clear(frame, r, ctx);
    let rows = &s.view.annotations.rows;
    let scope = if list.all {
        "all articles"
    } else {
        "this article"
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(ctx.theme.get("help.border"))
        .title(format!(" Annotations · {scope} · {} ", rows.len()))
        .title_bottom(
            " Enter jump · e edit · d delete · r re-attach · u undo · Tab all/this · Esc close ",
        );
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let width = inner.width as usize;
    let per = 2usize;
    let visible = (inner.height as usize / per).max(1);
    let offset = list.sel.saturating_sub(visible - 1);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(offset).take(visible) {
        let Some(n) = s.notes.get(&row.id) else {
            continue;
        };
        let sel = i == list.sel;
        let status_slot = match row.anchor.status {
            Status::Orphan => "status.error",
            Status::Fuzzy | Status::Moved => "filter.count",
            Status::Exact => "sidebar.count",
        };
        let title = row
            .article
            .map(|a| s.doc.article(a).meta.title.clone())
            .unwrap_or_else(|| format!("{} (not in this corpus)", n.article));
        let what = if n.kind == Kind::Article {
            "article note".to_string()
        } else {
            format!("“{}”", n.quote.replace('\n', " "))
        };
        let head = format!("{:<7}", row.anchor.status.to_string());
        let mut first = vec![
            Span::styled(head, ctx.theme.get(status_slot)),
            Span::styled(
                fit(&what, width.saturating_sub(8)),
                ctx.theme.get(crate::annotating::label_slot(&n.label)),
            ),
        ];
        if sel {
            first.insert(0, Span::styled("▶", ctx.theme.get("help.key")));
        } else {
            first.insert(0, Span::raw(" "));
        }
        lines.push(Line::from(first));
        let mut detail = Vec::new();
        if list.all {
            detail.push(title);
        }
        if !n.tags.is_empty() {
            detail.push(
                n.tags
                    .iter()
                    .map(|t| format!("#{t}"))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        if !n.note.is_empty() {
            detail.push(n.note.replace('\n', " ⏎ "));
        }
        let style = if sel {
            ctx.theme.get("help.text")
        } else {
            ctx.theme.get("sidebar.detail")
        };
        lines.push(Line::styled(
            fit(&format!("         {}", detail.join(" · ")), width),
            style,
        ));
    }
    if rows.is_empty() {
        lines.push(Line::styled(
            "No annotations yet: in the reader, v selects, a annotates, h highlights.",
            ctx.theme.get("sidebar.detail"),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
