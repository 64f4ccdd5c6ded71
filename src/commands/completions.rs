//! `linkstar completions SHELL` and `linkstar man`: shell completion scripts and manual
//! pages, both generated from the same clap definitions as the parser itself, so they can
//! never disagree with what the binary accepts. Neither needs settings or a database.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

/// The shells a completion script can be printed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// GNU bash (with the bash-completion package).
    Bash,
    /// Z shell.
    Zsh,
    /// fish.
    Fish,
}

/// Arguments of `linkstar completions`.
#[derive(Debug, Args)]
#[command(after_help = "\
Install (then open a new shell):
  bash: linkstar completions bash > ~/.local/share/bash-completion/completions/linkstar
  zsh:  linkstar completions zsh > ~/.zfunc/_linkstar
        (with `fpath=(~/.zfunc $fpath); autoload -U compinit; compinit` in ~/.zshrc)
  fish: linkstar completions fish > ~/.config/fish/completions/linkstar.fish")]
pub struct CompletionsArgs {
    /// The shell to print the completion script for.
    pub shell: Shell,
}

/// Arguments of `linkstar man`.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  linkstar man | man -l -
  linkstar man --out ~/.local/share/man/man1   (then: man linkstar, man linkstar-report)")]
pub struct ManArgs {
    /// Write linkstar.1 and one page per subcommand (linkstar-report.1, …) into this
    /// directory (created if missing) instead of printing linkstar.1 to standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// Writes the completion script for `shell` of the command line `cmd` to `out`.
pub fn completions(mut cmd: clap::Command, shell: Shell, out: &mut dyn Write) -> std::io::Result<()> {
    let name = cmd.get_name().to_owned();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    // Generated into memory first: clap_complete panics on a failed write, and a reader
    // that goes away (`… | head`) must end the output quietly instead.
    let mut script = Vec::new();
    clap_complete::generate(generator, &mut cmd, name, &mut script);
    out.write_all(&script)?;
    out.flush()
}

/// Writes the top-level manual page of `cmd` to `out`.
pub fn man_page(cmd: clap::Command, out: &mut dyn Write) -> std::io::Result<()> {
    clap_mangen::Man::new(cmd).render(out)?;
    out.flush()
}

/// Writes `NAME.1` and one page per (nested) subcommand, `NAME-SUB.1`, into `dir`,
/// creating it when missing.
pub fn man_pages(cmd: clap::Command, dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(cmd, dir)
}
