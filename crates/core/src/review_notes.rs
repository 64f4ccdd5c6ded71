//! A reviewer's notes on a draft, read as a list when lines start with a time in the
//! video (`0:12 show the label`, `1:02:03 brighter here`). Times are `m:ss` or
//! `h:mm:ss`; a time-shaped start that is not a real time (`0:75`) is refused, so a
//! creator never receives a note pointing at a moment that does not exist.

use std::time::Duration;

use crate::DomainError;

/// One note, at a moment of the video or about the draft as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewNote {
    /// Where in the video, when the line started with a time.
    pub at: Option<Duration>,
    /// What should change.
    pub text: String,
}

/// A review's notes: plain text, or a list when any line starts with a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewNotes {
    /// Notes without times, kept as written.
    Plain(String),
    /// One note per line; lines without a time have `at: None`.
    Timed(Vec<ReviewNote>),
}

impl ReviewNotes {
    /// Reads notes. Lines are trimmed and blank ones dropped; if no line starts with a
    /// time the notes stay plain text.
    pub fn parse(text: &str) -> Result<ReviewNotes, DomainError> {
        let mut notes = Vec::new();
        let mut timed = false;
        for (index, line) in text.lines().map(str::trim).enumerate().filter(|(_, l)| !l.is_empty()) {
            let line_no = index + 1;
            let (token, rest) = match line.split_once(char::is_whitespace) {
                Some((token, rest)) => (token, rest),
                None => (line, ""),
            };
            match parse_offset(token) {
                Shape::Time(at) => {
                    let text = rest.trim_start_matches([' ', '-', '—', '–', ':']).trim();
                    if text.is_empty() {
                        return Err(DomainError::ReviewNoteTime { line: line_no, time: token.to_string() });
                    }
                    timed = true;
                    notes.push(ReviewNote { at: Some(at), text: text.to_string() });
                }
                Shape::NotATime => {
                    return Err(DomainError::ReviewNoteTime { line: line_no, time: token.to_string() });
                }
                Shape::Text => notes.push(ReviewNote { at: None, text: line.to_string() }),
            }
        }
        Ok(if timed { ReviewNotes::Timed(notes) } else { ReviewNotes::Plain(text.trim().to_string()) })
    }
}

/// How a line's first word reads.
enum Shape {
    /// A valid `m:ss` or `h:mm:ss`.
    Time(Duration),
    /// Shaped like a time but not one (`0:75`, `1:60:00`).
    NotATime,
    /// Anything else: the line is plain text.
    Text,
}

/// Reads `m:ss` or `h:mm:ss`: minutes (up to three digits) or hours (up to two), then
/// two-digit fields below 60. Other words, like `16:9`, are text.
fn parse_offset(token: &str) -> Shape {
    let parts: Vec<&str> = token.split(':').collect();
    let digits = |p: &str, max_len: usize| !p.is_empty() && p.len() <= max_len && p.bytes().all(|b| b.is_ascii_digit());
    let shaped = match parts.as_slice() {
        [m, s] => digits(m, 3) && s.len() == 2 && digits(s, 2),
        [h, m, s] => digits(h, 2) && m.len() == 2 && digits(m, 2) && s.len() == 2 && digits(s, 2),
        _ => false,
    };
    if !shaped {
        return Shape::Text;
    }
    let n: Vec<u64> = parts.iter().map(|p| p.parse().unwrap_or(u64::MAX)).collect();
    let secs = match n.as_slice() {
        [m, s] if *s < 60 => m * 60 + s,
        [h, m, s] if *m < 60 && *s < 60 => h * 3600 + m * 60 + s,
        _ => return Shape::NotATime,
    };
    Shape::Time(Duration::from_secs(secs))
}

/// Writes a moment of a video as `m:ss`, or `h:mm:ss` from an hour on.
pub fn format_offset(at: Duration) -> String {
    let secs = at.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(at: Option<u64>, text: &str) -> ReviewNote {
        ReviewNote { at: at.map(Duration::from_secs), text: text.into() }
    }

    #[test]
    fn lines_with_times_become_a_list() {
        let notes = ReviewNotes::parse("0:12 show the label\n\n1:02:03 — brighter here\nOverall great").expect("notes");
        assert_eq!(
            notes,
            ReviewNotes::Timed(vec![
                note(Some(12), "show the label"),
                note(Some(3723), "brighter here"),
                note(None, "Overall great"),
            ])
        );
    }

    #[test]
    fn notes_without_times_stay_as_written() {
        let notes = ReviewNotes::parse("  Use 16:9 framing.\nMore light ").expect("notes");
        assert_eq!(notes, ReviewNotes::Plain("Use 16:9 framing.\nMore light".into()));
        assert_eq!(
            ReviewNotes::parse("16:9 framing please").ok(),
            Some(ReviewNotes::Plain("16:9 framing please".into()))
        );
    }

    #[test]
    fn impossible_times_are_refused_with_their_line() {
        for (text, line, time) in
            [("0:75 label", 1, "0:75"), ("ok\n1:60:00 x", 2, "1:60:00"), ("2:05", 1, "2:05"), ("0:12 —", 1, "0:12")]
        {
            assert_eq!(
                ReviewNotes::parse(text),
                Err(DomainError::ReviewNoteTime { line, time: time.into() }),
                "{text:?}"
            );
        }
    }

    #[test]
    fn offsets_are_written_as_read() {
        for text in ["0:00", "0:12", "59:59", "1:02:03", "10:00:00"] {
            let Shape::Time(at) = parse_offset(text) else { panic!("{text} is a time") };
            assert_eq!(format_offset(at), text);
        }
        let Shape::Time(at) = parse_offset("75:00") else { panic!("75 minutes is a time") };
        assert_eq!(format_offset(at), "1:15:00");
    }
}
