//! `linkstar completions` and `linkstar man` through the real binary: the scripts and pages
//! are generated from the parser's own definitions, need no settings or database, and the
//! tools that read them (bash, man) accept them.

use std::path::Path;
use std::process::{Command, Output};

/// The binary with a home of its own and a settings file that cannot be read: the
/// generators must not look at settings at all.
fn linkstar(home: &Path, args: &[&str]) -> Output {
    let broken = home.join("broken.toml");
    std::fs::write(&broken, "this is [not toml").expect("write the broken settings");
    let output = Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LINKSTAR_CONFIG", &broken)
        .output()
        .expect("run linkstar");
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("utf-8 output")
}

fn has(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn completion_scripts_name_the_subcommands_for_each_shell() {
    let home = tempfile::tempdir().expect("tempdir");
    // fish spells a long option `-l db`, the others `--db`.
    for (shell, db) in [("bash", "--db"), ("zsh", "--db"), ("fish", "-l db")] {
        let script = text(&linkstar(home.path(), &["completions", shell]).stdout);
        for word in ["report", "serve", "completions", "man", db] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
    }
    let fish = text(&linkstar(home.path(), &["completions", "fish"]).stdout);
    assert!(fish.contains("complete -c linkstar"), "not a fish completion script");
    let zsh = text(&linkstar(home.path(), &["completions", "zsh"]).stdout);
    assert!(zsh.starts_with("#compdef linkstar"), "not a zsh completion function");
}

#[test]
fn the_bash_script_is_valid_bash() {
    if !has("bash") {
        eprintln!("bash not installed: syntax check skipped");
        return;
    }
    let home = tempfile::tempdir().expect("tempdir");
    let path = home.path().join("linkstar.bash");
    std::fs::write(&path, linkstar(home.path(), &["completions", "bash"]).stdout).expect("write script");
    let check = Command::new("bash").arg("-n").arg(&path).output().expect("run bash -n");
    assert!(check.status.success(), "bash -n: {}", String::from_utf8_lossy(&check.stderr));
    // Sourcing it registers the completion function for `linkstar`.
    let source = format!("source {} && complete -p linkstar", path.display());
    let loaded = Command::new("bash").args(["-c", &source]).output().expect("run bash");
    assert!(loaded.status.success(), "source: {}", String::from_utf8_lossy(&loaded.stderr));
    assert!(text(&loaded.stdout).contains("linkstar"));
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(["completions", "powershell"])
        .output()
        .expect("run linkstar");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}

/// The first roff request that is not part of the preamble clap_mangen writes (string
/// definitions `.ie`/`.el`) is the `.TH` title of `name`.
fn assert_titled(page: &str, name: &str) {
    let first = page
        .lines()
        .find(|l| l.starts_with('.') && !l.starts_with(".ie") && !l.starts_with(".el"))
        .expect("a roff request");
    assert!(first.starts_with(&format!(".TH {name} 1")), "page of {name} starts with {first:?}");
}

#[test]
fn man_prints_the_top_page_and_writes_one_per_subcommand() {
    let home = tempfile::tempdir().expect("tempdir");
    let top = text(&linkstar(home.path(), &["man"]).stdout);
    assert_titled(&top, "linkstar");
    assert!(top.contains("Exit status"), "the page lacks the exit codes");

    let out = home.path().join("man").join("man1");
    linkstar(home.path(), &["man", "--out", out.to_str().expect("utf-8 path")]);
    for name in ["linkstar", "linkstar-report", "linkstar-serve", "linkstar-setup", "linkstar-completions"] {
        let page = std::fs::read_to_string(out.join(format!("{name}.1"))).expect("page written");
        assert_titled(&page, name);
    }
    let report = std::fs::read_to_string(out.join("linkstar-report.1")).expect("report page");
    assert!(report.contains("campaign"), "the report page lacks its description");

    if !has("man") {
        eprintln!("man not installed: rendering check skipped");
        return;
    }
    for name in ["linkstar.1", "linkstar-report.1"] {
        let shown = Command::new("man")
            .arg("-l")
            .arg(out.join(name))
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "80")
            .output()
            .expect("run man");
        assert!(shown.status.success(), "man -l {name}: {}", String::from_utf8_lossy(&shown.stderr));
        assert!(shown.stderr.is_empty(), "man -l {name} warned: {}", String::from_utf8_lossy(&shown.stderr));
        assert!(text(&shown.stdout).contains("NAME"), "man -l {name} rendered nothing");
    }
}

#[test]
fn man_into_a_path_that_is_a_file_fails() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = home.path().join("taken");
    std::fs::write(&file, "x").expect("write file");
    let output = Command::new(env!("CARGO_BIN_EXE_linkstar"))
        .args(["man", "--out", file.to_str().expect("utf-8 path")])
        .output()
        .expect("run linkstar");
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("taken"), "the error names the path");
}

#[test]
fn help_tells_the_exit_codes_and_how_to_install_completions() {
    let home = tempfile::tempdir().expect("tempdir");
    let help = text(&linkstar(home.path(), &["--help"]).stdout);
    for line in ["Exit status:", "0  success", "1  the command failed", "2  a usage error"] {
        assert!(help.contains(line), "--help lacks {line:?}:\n{help}");
    }
    let completions = text(&linkstar(home.path(), &["completions", "--help"]).stdout);
    assert!(completions.contains("linkstar completions bash > ~/.local/share/bash-completion/completions/linkstar"));
    assert!(completions.contains("~/.config/fish/completions/linkstar.fish"));
}
