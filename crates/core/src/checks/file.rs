//! The file check run on every uploaded draft file: not empty, not too large, of a type
//! the campaign accepts.

use serde::{Deserialize, Serialize};

/// What is known about a stored upload. The bytes themselves live in the blob store.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FileFacts {
    /// File name as the creator sent it.
    pub name: String,
    /// Media type as reported by the chat platform (`video/mp4`), possibly empty.
    pub mime: String,
    /// Size in bytes.
    pub size_bytes: u64,
    /// SHA-256 of the content, lowercase hex.
    pub sha256: String,
}

/// Media types guessed from a file name when the platform reports none, by extension.
const GUESSES: &[(&str, &str)] = &[
    ("mp4", "video/mp4"),
    ("m4v", "video/x-m4v"),
    ("mov", "video/quicktime"),
    ("webm", "video/webm"),
    ("mkv", "video/x-matroska"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("png", "image/png"),
    ("gif", "image/gif"),
    ("webp", "image/webp"),
    ("heic", "image/heic"),
    ("pdf", "application/pdf"),
];

impl FileFacts {
    /// The media type the check judges: the reported one in lower case without
    /// parameters (`video/mp4; codecs=avc1` → `video/mp4`); when that is empty or the
    /// generic `application/octet-stream`, a guess from the name's extension, if any.
    pub fn effective_mime(&self) -> String {
        let reported = self.mime.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if !reported.is_empty() && reported != "application/octet-stream" {
            return reported;
        }
        let extension = self.name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).unwrap_or_default();
        GUESSES.iter().find(|(ext, _)| *ext == extension).map_or(reported, |(_, mime)| mime.to_string())
    }
}

/// What a campaign accepts as a draft file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileLimits {
    /// Largest file accepted, in bytes.
    pub max_bytes: u64,
    /// Accepted media types: exact (`application/pdf`) or a prefix ending in `/`
    /// (`video/`; `video/*` means the same). An empty list accepts every type.
    pub allowed_types: Vec<String>,
}

impl FileLimits {
    /// 200 MiB: room for a few minutes of 1080p video. Chat platforms have ceilings of
    /// their own (Telegram's hosted Bot API lets bots download at most 20 MB), which the
    /// frontends apply before a file reaches this check.
    pub const DEFAULT_MAX_BYTES: u64 = 200 * 1024 * 1024;

    /// Whether a media type is among the allowed ones.
    pub fn allows(&self, mime: &str) -> bool {
        let mime = mime.trim().to_ascii_lowercase();
        self.allowed_types.is_empty()
            || self.allowed_types.iter().any(|allowed| {
                let allowed = allowed.trim().to_ascii_lowercase();
                let allowed = allowed.strip_suffix('*').unwrap_or(&allowed);
                if allowed.ends_with('/') {
                    mime.starts_with(allowed) && mime.len() > allowed.len()
                } else {
                    mime == allowed
                }
            })
    }
}

impl Default for FileLimits {
    /// Videos, images and PDF documents up to [`FileLimits::DEFAULT_MAX_BYTES`].
    fn default() -> Self {
        Self {
            max_bytes: Self::DEFAULT_MAX_BYTES,
            allowed_types: vec!["video/".into(), "image/".into(), "application/pdf".into()],
        }
    }
}

/// Why an uploaded file is not accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum FileProblem {
    /// The file has no content (a failed or cancelled upload).
    #[serde(rename = "check-file-empty")]
    Empty,
    /// The file is larger than allowed.
    #[serde(rename = "check-file-too-large")]
    TooLarge {
        /// Size of the file.
        size_bytes: u64,
        /// Largest size allowed.
        max_bytes: u64,
    },
    /// The file's type is not accepted.
    #[serde(rename = "check-file-type")]
    TypeNotAllowed {
        /// The type judged (see [`FileFacts::effective_mime`]); empty when unknown.
        mime: String,
        /// The accepted types.
        allowed: Vec<String>,
    },
}

impl FileProblem {
    /// The stable code, also the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "check-file-empty",
            Self::TooLarge { .. } => "check-file-too-large",
            Self::TypeNotAllowed { .. } => "check-file-type",
        }
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => f.write_str("the file is empty"),
            Self::TooLarge { size_bytes, max_bytes } => {
                write!(f, "{size_bytes} bytes, at most {max_bytes} allowed")
            }
            Self::TypeNotAllowed { mime, allowed } => {
                write!(f, "type {mime:?} is not one of {}", allowed.join(", "))
            }
        }
    }
}

/// Checks an upload against the limits; an empty list means the file is accepted.
pub fn check_file(file: &FileFacts, limits: &FileLimits) -> Vec<FileProblem> {
    let mut problems = Vec::new();
    if file.size_bytes == 0 {
        problems.push(FileProblem::Empty);
    } else if file.size_bytes > limits.max_bytes {
        problems.push(FileProblem::TooLarge { size_bytes: file.size_bytes, max_bytes: limits.max_bytes });
    }
    let mime = file.effective_mime();
    if !limits.allows(&mime) {
        problems.push(FileProblem::TypeNotAllowed { mime, allowed: limits.allowed_types.clone() });
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, mime: &str, size_bytes: u64) -> FileFacts {
        FileFacts { name: name.into(), mime: mime.into(), size_bytes, sha256: "00".repeat(32) }
    }

    fn codes(problems: &[FileProblem]) -> Vec<&'static str> {
        problems.iter().map(FileProblem::code).collect()
    }

    #[test]
    fn videos_images_and_pdfs_pass_by_default() {
        let limits = FileLimits::default();
        for (name, mime) in [
            ("draft.mp4", "video/mp4"),
            ("IMG_1.HEIC", "image/heic"),
            ("script.pdf", "application/pdf"),
            ("cut.mov", "video/quicktime; codecs=hvc1"),
            ("cut.MOV", "application/octet-stream"),
        ] {
            assert_eq!(check_file(&file(name, mime, 5_000_000), &limits), vec![], "{name}");
        }
    }

    #[test]
    fn refuses_other_types() {
        let limits = FileLimits::default();
        assert_eq!(
            check_file(&file("setup.exe", "application/x-msdownload", 10), &limits),
            vec![FileProblem::TypeNotAllowed {
                mime: "application/x-msdownload".into(),
                allowed: limits.allowed_types.clone(),
            }]
        );
        assert_eq!(codes(&check_file(&file("blob", "", 10), &limits)), ["check-file-type"]);
        assert_eq!(codes(&check_file(&file("x.pdf.zip", "application/zip", 1), &limits)), ["check-file-type"]);
    }

    #[test]
    fn refuses_empty_and_oversized_files() {
        let limits = FileLimits { max_bytes: 1_000, allowed_types: vec!["video/*".into()] };
        assert_eq!(check_file(&file("a.mp4", "video/mp4", 1_000), &limits), vec![]);
        assert_eq!(
            check_file(&file("a.mp4", "video/mp4", 1_001), &limits),
            vec![FileProblem::TooLarge { size_bytes: 1_001, max_bytes: 1_000 }]
        );
        assert_eq!(codes(&check_file(&file("a.mp4", "video/mp4", 0), &limits)), ["check-file-empty"]);
        assert_eq!(
            codes(&check_file(&file("a.png", "image/png", 5_000), &limits)),
            ["check-file-too-large", "check-file-type"]
        );
    }

    #[test]
    fn prefixes_need_a_subtype() {
        let limits = FileLimits::default();
        assert!(limits.allows("video/webm"));
        assert!(!limits.allows("video/"));
        assert!(!limits.allows("application/pdfx"));
        let open = FileLimits { allowed_types: vec![], ..FileLimits::default() };
        assert!(open.allows("text/plain"));
    }
}
