//! A draft's file, from the review pane: its picture shown inline, a copy saved to a
//! folder the operator chooses, or the file opened with the system viewer. The bytes live
//! in the blob store, which the tui crate does not know: the binary hands the [`Worker`]
//! a [`DraftFiles`] that says where a blob is kept. Reading, decoding and copying run on
//! the blocking pool, never on the draw path.
//!
//! [`Worker`]: crate::request::Worker

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use image::DynamicImage;

use linkstar_core::checks::FileFacts;
use linkstar_core::ids::DealId;
use linkstar_i18n::Ui;

use crate::dashboard::{Dashboard, Modal, Status};
use crate::input::TextInput;
use crate::request::Request;

/// Where the blob store keeps a draft's bytes.
pub trait DraftFiles: Send + Sync {
    /// The path of the blob with this SHA-256 (lowercase hex); it may not exist.
    fn locate(&self, sha256: &str) -> PathBuf;
}

/// One draft version's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    /// The deal the draft belongs to.
    pub deal: DealId,
    /// The draft's version.
    pub version: u32,
    /// What is known about the file.
    pub facts: FileFacts,
}

/// What a view asks for about a draft's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileAction {
    /// Show it as a picture.
    View(FileRef),
    /// Ask for a folder, then save a copy there.
    Save(FileRef),
    /// Open it with the system viewer.
    Open(FileRef),
    /// Nothing to do, and this says why.
    Refuse(Ui),
}

/// File work for the [`Worker`](crate::request::Worker).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRequest {
    /// Read and decode the picture.
    Picture(FileRef),
    /// Copy the file into a folder.
    Save(FileRef, PathBuf),
    /// Copy the file under its own name to a temporary folder and open it there.
    Open(FileRef),
}

/// What file work produced.
#[derive(Debug, Clone, PartialEq)]
pub enum FileLoaded {
    /// The decoded picture (shrunk to at most [`PREVIEW_PIXELS`] a side) and its real size.
    Picture(FileRef, Arc<DynamicImage>, (u32, u32)),
    /// The file is not a picture this dashboard can decode.
    NotAPicture(FileRef),
    /// Saved under this path.
    Saved(PathBuf),
    /// Handed to the system viewer.
    Opened,
    /// The blob is not in the store.
    Missing(FileRef),
    /// Reading or writing failed at this path.
    Failed(PathBuf),
    /// The system viewer could not be started.
    OpenFailed,
}

/// The longest side of a decoded preview: enough for any terminal, cheap to encode.
pub const PREVIEW_PIXELS: u32 = 1600;

/// Whether the dashboard runs over SSH, where opening a file would open it on the server.
pub fn over_ssh(var: impl Fn(&str) -> Option<String>) -> bool {
    ["SSH_CONNECTION", "SSH_TTY"].iter().any(|v| var(v).is_some_and(|s| !s.is_empty()))
}

/// The folder offered for saving: Downloads in the home folder, else home, else here.
pub fn default_folder() -> PathBuf {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match home {
        Some(h) if h.join("Downloads").is_dir() => h.join("Downloads"),
        Some(h) => h,
        None => PathBuf::from("."),
    }
}

/// A typed folder, with `~` standing for the home folder.
pub fn typed_folder(text: &str) -> PathBuf {
    let text = text.trim();
    match (text.strip_prefix('~'), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) if rest.is_empty() || rest.starts_with('/') => {
            PathBuf::from(home).join(rest.trim_start_matches('/'))
        }
        _ => PathBuf::from(text),
    }
}

/// The name a copy gets: the creator's file name without any folder part or control
/// characters (it comes from a chat upload), `draft` when nothing is left.
fn safe_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = last.chars().filter(|c| !c.is_control()).collect();
    match clean.trim() {
        "" | "." | ".." => "draft".to_string(),
        t => t.to_string(),
    }
}

/// `name`, or `stem (n).ext` for the n-th try.
fn numbered(name: &str, n: u32) -> String {
    if n < 2 {
        return name.to_string();
    }
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem} ({n}).{ext}"),
        _ => format!("{name} ({n})"),
    }
}

/// Copies `source` into `folder` as `name`; an existing file is never replaced: the copy
/// becomes `name (2).ext`, `name (3).ext`, … Returns the path written.
pub fn save_copy(source: &Path, folder: &Path, name: &str) -> io::Result<PathBuf> {
    let mut from = std::fs::File::open(source)?;
    std::fs::create_dir_all(folder)?;
    let name = safe_name(name);
    for n in 1..10_000 {
        let target = folder.join(numbered(&name, n));
        // create_new: the check and the creation are one step, so nothing is overwritten
        // even when another program writes the same name meanwhile.
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&target) {
            Ok(mut to) => {
                return match io::copy(&mut from, &mut to).and_then(|_| to.sync_all()) {
                    Ok(()) => Ok(target),
                    Err(e) => {
                        drop(to);
                        let _ = std::fs::remove_file(&target);
                        Err(e)
                    }
                };
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "no free name"))
}

/// Decodes picture bytes, shrunk for the preview; `None` when they are no picture this
/// build decodes (PNG, JPEG, WebP, GIF).
pub fn decode(bytes: &[u8]) -> Option<(DynamicImage, (u32, u32))> {
    let image = image::load_from_memory(bytes).ok()?;
    let size = (image.width(), image.height());
    let image = if size.0 > PREVIEW_PIXELS || size.1 > PREVIEW_PIXELS {
        image.thumbnail(PREVIEW_PIXELS, PREVIEW_PIXELS)
    } else {
        image
    };
    Some((image, size))
}

/// The system's opener.
fn opener() -> &'static str {
    if cfg!(target_os = "macos") { "open" } else { "xdg-open" }
}

/// Runs file work; blocking IO and decoding go to the blocking pool.
pub async fn run(files: Option<Arc<dyn DraftFiles>>, request: FileRequest) -> FileLoaded {
    let Some(files) = files else {
        // No blob store was handed over: the bytes cannot be reached from here.
        let file = match request {
            FileRequest::Picture(f) | FileRequest::Save(f, _) | FileRequest::Open(f) => f,
        };
        return FileLoaded::Missing(file);
    };
    let work = move || match request {
        FileRequest::Picture(file) => {
            let path = files.locate(&file.facts.sha256);
            match std::fs::read(&path) {
                Ok(bytes) => match decode(&bytes) {
                    Some((image, size)) => FileLoaded::Picture(file, Arc::new(image), size),
                    None => FileLoaded::NotAPicture(file),
                },
                Err(e) if e.kind() == io::ErrorKind::NotFound => FileLoaded::Missing(file),
                Err(_) => FileLoaded::Failed(path),
            }
        }
        FileRequest::Save(file, folder) => {
            let source = files.locate(&file.facts.sha256);
            if !source.is_file() {
                return FileLoaded::Missing(file);
            }
            match save_copy(&source, &folder, &file.facts.name) {
                Ok(path) => FileLoaded::Saved(path),
                Err(_) => FileLoaded::Failed(folder),
            }
        }
        FileRequest::Open(file) => {
            let source = files.locate(&file.facts.sha256);
            if !source.is_file() {
                return FileLoaded::Missing(file);
            }
            // The blob has no extension; a copy under the creator's name lets the viewer
            // pick the right program.
            let folder = std::env::temp_dir().join("linkstar-drafts");
            let path = match save_copy(&source, &folder, &file.facts.name) {
                Ok(p) => p,
                Err(_) => return FileLoaded::Failed(folder),
            };
            let child = std::process::Command::new(opener())
                .arg(&path)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn();
            match child {
                Ok(mut child) => {
                    // Reaped off the loop, so no zombie stays behind.
                    std::thread::spawn(move || child.wait());
                    FileLoaded::Opened
                }
                Err(_) => FileLoaded::OpenFailed,
            }
        }
    };
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|_| FileLoaded::Failed(PathBuf::new()))
}

impl Dashboard {
    fn tell(&mut self, text: String, bad: bool) {
        self.status = Some(Status { text, bad });
    }

    /// Answers a view's file action: a prompt, a request, or the reason there is none.
    pub(crate) fn file_action(&mut self, action: FileAction) -> Vec<Request> {
        match action {
            FileAction::View(file) => vec![Request::Files(FileRequest::Picture(file))],
            FileAction::Save(file) => {
                let folder = default_folder().display().to_string();
                self.modal = Some(Modal::SaveDraft(file, TextInput::new(&folder, false)));
                Vec::new()
            }
            FileAction::Open(_) if self.review.remote => {
                let text = self.loc.ui(Ui::OpenRemote, self.lang);
                self.tell(text, true);
                Vec::new()
            }
            FileAction::Open(file) => vec![Request::Files(FileRequest::Open(file))],
            FileAction::Refuse(ui) => {
                let text = self.loc.ui(ui, self.lang);
                self.tell(text, true);
                Vec::new()
            }
        }
    }

    /// Keys in the save prompt: Enter saves to the typed folder.
    pub(crate) fn save_key(
        &mut self,
        file: FileRef,
        mut input: TextInput,
        key: crossterm::event::KeyEvent,
    ) -> Vec<Request> {
        match input.key(&key) {
            crate::input::Edit::Cancel => Vec::new(),
            crate::input::Edit::Submit => vec![Request::Files(FileRequest::Save(file, typed_folder(&input.text)))],
            crate::input::Edit::Editing => {
                self.modal = Some(Modal::SaveDraft(file, input));
                Vec::new()
            }
        }
    }

    /// Takes what file work produced.
    pub(crate) fn file_loaded(&mut self, loaded: FileLoaded) -> Vec<Request> {
        let t = |d: &Dashboard, ui| d.loc.ui(ui, d.lang);
        match loaded {
            FileLoaded::Picture(file, image, size) => self.review.set_picture(file, image, size),
            FileLoaded::NotAPicture(file) => {
                self.review.close_picture(&file);
                let text = t(self, Ui::NotAPicture);
                self.tell(text, true);
            }
            FileLoaded::Saved(path) => {
                let text = format!("{} {}", t(self, Ui::FileSaved), path.display());
                self.tell(text, false);
            }
            FileLoaded::Opened => {
                let text = t(self, Ui::FileOpened);
                self.tell(text, false);
            }
            FileLoaded::Missing(file) => {
                self.review.close_picture(&file);
                let text = format!("{} ({})", t(self, Ui::FileMissing), file.facts.name);
                self.tell(text, true);
            }
            FileLoaded::Failed(path) => {
                let text = format!("{} {}", t(self, Ui::FileUnreadable), path.display());
                self.tell(text, true);
            }
            FileLoaded::OpenFailed => {
                let text = t(self, Ui::OpenFailed);
                self.tell(text, true);
            }
        }
        Vec::new()
    }

    /// Prepares the dashboard for the real terminal: how pictures are drawn there, and
    /// whether it runs over SSH (then files are saved, not opened).
    pub fn for_terminal(&mut self, picker: ratatui_image::picker::Picker, remote: bool) {
        self.review.picker = Some(picker);
        self.review.remote = remote;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_named_like_the_upload_without_folders() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\x\\IMG_1.jpg"), "IMG_1.jpg");
        assert_eq!(safe_name(".."), "draft");
        assert_eq!(numbered("IMG_1.jpg", 2), "IMG_1 (2).jpg");
        assert_eq!(numbered("notes", 3), "notes (3)");
        assert_eq!(numbered(".hidden", 2), ".hidden (2)");
    }

    #[test]
    fn ssh_is_seen_from_its_variables() {
        assert!(over_ssh(|v| (v == "SSH_CONNECTION").then(|| "10.0.0.1 5 10.0.0.2 22".to_string())));
        assert!(!over_ssh(|_| None));
        assert!(!over_ssh(|_| Some(String::new())));
    }
}
