//! The annotation editor overlay: the passage, a multi-line note
//! (ratatui-textarea, soft wrap), comma-separated tags and a label.

use super::Ctx;
use super::text::fit;
use crate::annotating::{EditTarget, Editor, Field};
use crate::model::annotation::LABELS;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, ed: &Editor, ctx: &Ctx) {
    let w = area.width.saturating_sub(6).clamp(20, 80).min(area.width);
    let h = area.height.saturating_sub(4).clamp(8, 20).min(area.height);
    let r = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    super::clear(frame, r, ctx);
    let title = match ed.target {
        EditTarget::New { .. } => " New annotation ",
        EditTarget::Existing(_) => " Edit annotation ",
        EditTarget::ArticleNote(_) => " Article note ",
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(ctx.theme.get("help.border"))
        .title(title)
        .title_bottom(" C-s save · Tab next field · Esc cancel ");
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let article = matches!(ed.target, EditTarget::ArticleNote(_));
    let [quote, note, tags, label] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(if article { 0 } else { 1 }),
        Constraint::Length(if article { 0 } else { 1 }),
    ])
    .areas(inner);
    let width = inner.width as usize;
    frame.render_widget(
        Paragraph::new(vec![
            Line::styled(
                fit(&format!("“{}”", ed.quote.replace('\n', " ")), width),
                ctx.theme.get("reader.meta"),
            ),
            Line::from(""),
        ]),
        quote,
    );
    let field_style = |f: Field| {
        if ed.field == f {
            ctx.theme.get("reader.cursor")
        } else {
            ctx.theme.get("help.text")
        }
    };
    let mut ta = ed.note.clone();
    ta.set_style(ctx.theme.get("help.text"));
    ta.set_cursor_line_style(Style::default());
    ta.set_cursor_style(field_style(Field::Note));
    ta.set_placeholder_style(ctx.theme.get("filter.placeholder"));
    frame.render_widget(&ta, note);
    if article {
        return;
    }
    let [tl, tf] = Layout::horizontal([Constraint::Length(7), Constraint::Min(1)]).areas(tags);
    frame.render_widget(
        Paragraph::new("tags: ").style(ctx.theme.get("help.key")),
        tl,
    );
    let mut tt = ed.tags.clone();
    tt.set_style(ctx.theme.get("help.text"));
    tt.set_cursor_line_style(Style::default());
    tt.set_cursor_style(field_style(Field::Tags));
    tt.set_placeholder_style(ctx.theme.get("filter.placeholder"));
    frame.render_widget(&tt, tf);
    let mut spans = vec![Span::styled("label: ", ctx.theme.get("help.key"))];
    for (i, l) in LABELS.iter().enumerate() {
        let mut st = ctx.theme.get(crate::annotating::label_slot(l));
        if i == ed.label {
            st = st.add_modifier(
                ratatui::style::Modifier::BOLD | ratatui::style::Modifier::UNDERLINED,
            );
        }
        let text = if i == ed.label {
            format!("[{l}]")
        } else {
            format!(" {l} ")
        };
        spans.push(Span::styled(text, st));
        spans.push(Span::raw(" "));
    }
    if ed.field == Field::Label {
        spans.push(Span::styled("← →", ctx.theme.get("reader.cursor")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), label);
}
