//! Aligned columns for people, padded by display width so that Chinese, Japanese and
//! Thai text lines up in a terminal as well as Latin text does.

/// How a column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Text: flush left.
    Left,
    /// Numbers and money: flush right.
    Right,
}

/// The columns a terminal gives `text`: East Asian wide and full-width characters take
/// two, combining marks (Thai vowel and tone marks, accents) none, as the dashboard
/// measures them.
pub fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` padded with spaces to `columns` display columns.
pub fn pad(text: &str, columns: usize, align: Align) -> String {
    let fill = " ".repeat(columns.saturating_sub(width(text)));
    match align {
        Align::Left => format!("{text}{fill}"),
        Align::Right => format!("{fill}{text}"),
    }
}

/// Lays out `rows` (the header first, if any) with every column as wide as its widest
/// cell, columns joined by `gap`. Missing alignments are left; trailing spaces are cut.
pub fn render(rows: &[Vec<String>], align: &[Align], gap: &str) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..columns).map(|i| rows.iter().filter_map(|r| r.get(i)).map(|c| width(c)).max().unwrap_or(0)).collect();
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, cell)| pad(cell, widths[i], align.get(i).copied().unwrap_or(Align::Left)))
                .collect();
            cells.join(gap).trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_and_combining_characters_are_measured_as_shown() {
        assert_eq!(width("deal"), 4);
        assert_eq!(width("合作数"), 6);
        assert_eq!(width("ครีเอเตอร์"), 8);
        assert_eq!(width("Tiếng Việt"), 10);
    }

    #[test]
    fn columns_line_up_by_display_width() {
        let rows = vec![vec!["创作者".to_string(), "1".to_string()], vec!["Ana".to_string(), "1,000".to_string()]];
        let lines = render(&rows, &[Align::Left, Align::Right], " ");
        assert_eq!(lines, ["创作者     1", "Ana    1,000"]);
    }
}
