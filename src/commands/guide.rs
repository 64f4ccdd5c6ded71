//! What a newcomer meets: errors that name their cause and the fix (with a "did you
//! mean" for a mistyped name), and the first-run guide with the exact commands to run.

use std::fmt;
use std::path::PathBuf;

use linkstar_i18n::SetupConsole;
use linkstar_store::NewerSchema;

use super::Context;

/// A problem a newcomer can fix, told in the operator's language by `Context::describe`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The database file does not exist and this command does not create one.
    MissingDatabase(PathBuf),
    /// The database file exists but does not open.
    UnreadableDatabase {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        reason: String,
    },
    /// A newer LinkStar wrote the database.
    NewerSchema(NewerSchema),
    /// Nothing is set up in the database: show the set-up commands.
    NotSetUp {
        /// The database.
        url: String,
    },
    /// No campaign of that name.
    UnknownCampaign(Unknown),
    /// No creator with that handle.
    UnknownCreator(Unknown),
    /// No operator with that username.
    UnknownOperator(Unknown),
}

/// A name that matched nothing, and the nearest one that exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// What was typed.
    pub name: String,
    /// The closest existing name, when one is close.
    pub nearest: Option<String>,
}

impl Unknown {
    /// `name` and its nearest match among `known`.
    pub fn among<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Unknown {
        Unknown { name: name.to_string(), nearest: nearest(name, known).map(str::to_string) }
    }
}

impl fmt::Display for Problem {
    // The English form, for logs; the operator reads `Context::describe`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::MissingDatabase(path) => write!(f, "no database at {}", path.display()),
            Problem::UnreadableDatabase { path, reason } => write!(f, "cannot open {}: {reason}", path.display()),
            Problem::NewerSchema(n) => write!(f, "database schema {} is newer than {}", n.found, n.known),
            Problem::NotSetUp { url } => write!(f, "{url} is not set up"),
            Problem::UnknownCampaign(u) => write!(f, "no campaign {:?}", u.name),
            Problem::UnknownCreator(u) => write!(f, "no creator {:?}", u.name),
            Problem::UnknownOperator(u) => write!(f, "no operator {:?}", u.name),
        }
    }
}

impl std::error::Error for Problem {}

impl Context {
    /// A problem in the operator's language, with its fix.
    pub fn explain(&self, problem: &Problem) -> String {
        let say = |line: SetupConsole| self.localizer.setup_console(&line, self.language);
        let with_nearest = |first: String, u: &Unknown| match &u.nearest {
            Some(n) => format!("{first} {}", say(SetupConsole::DidYouMean { name: n })),
            None => first,
        };
        match problem {
            Problem::MissingDatabase(path) => say(SetupConsole::MissingDatabase { path: &path.display().to_string() }),
            Problem::UnreadableDatabase { path, reason } => {
                say(SetupConsole::UnreadableDatabase { path: &path.display().to_string(), reason })
            }
            Problem::NewerSchema(n) => say(SetupConsole::NewerSchema { found: n.found, known: n.known }),
            Problem::NotSetUp { url } => self.guide(url),
            Problem::UnknownCampaign(u) => with_nearest(say(SetupConsole::UnknownCampaign { name: &u.name }), u),
            Problem::UnknownCreator(u) => with_nearest(say(SetupConsole::UnknownCreator { name: &u.name }), u),
            Problem::UnknownOperator(u) => with_nearest(say(SetupConsole::UnknownOperator { name: &u.name }), u),
        }
    }

    /// The first-run guide: what is missing and the exact commands that set it up.
    pub fn guide(&self, url: &str) -> String {
        let say = |line: SetupConsole| self.localizer.setup_console(&line, self.language);
        // The commands must work as typed: a database named on the command line is named again.
        let db = match self.named_database() {
            Some(url) => format!(" --db '{url}'"),
            None => String::new(),
        };
        [
            say(SetupConsole::NotSetUp { url: &linkstar_store::redact(url) }),
            say(SetupConsole::SetUpWith),
            format!("  linkstar{db} setup init --brand 'Your Brand' --currency EUR"),
            say(SetupConsole::OrTryTheDemo),
            format!("  linkstar{db} demo"),
        ]
        .join("\n")
    }
}

/// The known name closest to `typed` by edit distance (ignoring case), if it is close
/// enough to be a slip: at most a third of the name's letters, and at least two, differ.
/// A known name that contains what was typed also counts ("Glow" → "Glow Launch").
pub fn nearest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let typed_lower = typed.to_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in known {
        let lower = candidate.to_lowercase();
        let distance = if typed_lower.chars().count() >= 3 && lower.contains(&typed_lower) {
            // Closer than any slip, but a longer container is a worse guess.
            (lower.chars().count() - typed_lower.chars().count()).min(1)
        } else {
            let d = edit_distance(&typed_lower, &lower);
            if d > (lower.chars().count() / 3).max(2) {
                continue;
            }
            d + 1
        };
        if best.is_none_or(|(b, _)| distance < b) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// Levenshtein distance over characters: insertions, deletions and substitutions.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_changes() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("glow", "glwo"), 2);
        assert_eq!(edit_distance("año", "ano"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
    }

    #[test]
    fn a_slip_finds_the_name_and_a_stranger_finds_nothing() {
        let known = ["Glow Serum Launch", "Summer Sandals", "admin"];
        assert_eq!(nearest("Glow Serum Lanch", known), Some("Glow Serum Launch"));
        assert_eq!(nearest("glow serum launch", known), Some("Glow Serum Launch"));
        assert_eq!(nearest("Glow", known), Some("Glow Serum Launch"));
        assert_eq!(nearest("admn", known), Some("admin"));
        assert_eq!(nearest("Winter Boots", known), None);
        assert_eq!(nearest("x", known), None);
        assert_eq!(nearest("anything", []), None);
    }

    #[test]
    fn the_closest_of_several_wins() {
        assert_eq!(nearest("mia", ["maya", "mia2", "mio"]), Some("mia2"));
        assert_eq!(nearest("rui", ["rue", "ruin"]), Some("ruin"));
    }
}
