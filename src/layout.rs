//! Where each pane goes, as a pure function of the terminal size, so that
//! `update` knows page sizes and every size is testable.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this size a one-line "terminal too small" replaces the panes.
pub const MIN_WIDTH: u16 = 50;
pub const MIN_HEIGHT: u16 = 10;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    pub area: Rect,
    pub filter: Rect,
    pub list: Rect,
    pub reader: Rect,
    pub sidebar: Rect,
    pub status: Rect,
    pub too_small: bool,
}

impl Panes {
    /// Width of the reader's text column (inside borders and margins).
    pub fn reader_text_width(&self) -> u16 {
        self.reader.width.saturating_sub(4)
    }

    /// Rows of text in the reading pane (inside borders).
    pub fn reader_height(&self) -> u16 {
        self.reader.height.saturating_sub(2)
    }

    /// Rows of items in the list pane (each item takes two rows).
    pub fn list_rows(&self) -> u16 {
        self.list.height.saturating_sub(2) / 2
    }

    pub fn sidebar_rows(&self) -> u16 {
        self.sidebar.height.saturating_sub(4)
    }
}

pub fn layout(area: Rect) -> Panes {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Panes {
            area,
            too_small: true,
            ..Panes::default()
        };
    }
    let [filter, middle, status] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    // in u32: `width * 30` overflows a u16 beyond 2,184 columns
    let pct = |p: u32| (u32::from(area.width) * p / 100) as u16;
    let list_w = pct(30).clamp(20, 48);
    let side_w = pct(22).clamp(18, 40);
    let [list, reader, sidebar] = Layout::horizontal([
        Constraint::Length(list_w),
        Constraint::Min(10),
        Constraint::Length(side_w),
    ])
    .areas(middle);
    Panes {
        area,
        filter,
        list,
        reader,
        sidebar,
        status,
        too_small: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_lays_out_without_panic() {
        for w in 0..220 {
            for h in [0, 1, 5, 9, 10, 24, 60] {
                let p = layout(Rect::new(0, 0, w, h));
                if !p.too_small {
                    assert!(p.reader.width >= 10, "{w}x{h}");
                    assert_eq!(p.list.height, h - 4);
                }
            }
        }
    }
}
