//! Reading the Fluent files for the tests: where they are, and each message's variables.

#![allow(dead_code)]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use linkstar_i18n::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One message as the checks see it: its variables and its attributes' variables.
#[derive(Debug, PartialEq)]
pub struct Shape {
    /// Variables of the value.
    pub variables: BTreeSet<String>,
    /// Each attribute's variables.
    pub attributes: BTreeMap<String, BTreeSet<String>>,
}

pub fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

pub fn ftl_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in std::fs::read_dir(locales_dir()).expect("locales/ exists").flatten() {
        if dir.path().is_dir() {
            for file in std::fs::read_dir(dir.path()).expect("readable").flatten() {
                if file.path().extension().is_some_and(|e| e == "ftl") {
                    files.push(file.path());
                }
            }
        }
    }
    files.sort();
    files
}

pub fn source(language: Language) -> String {
    let path = locales_dir().join(language.tag()).join("linkstar.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_variables(arg, out);
            }
        }
        _ => {}
    }
}

/// Every message of a language: its shape and its value, for the same-as-English check.
pub fn messages(text: &str) -> BTreeMap<String, (Shape, String)> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut vars);
            }
            let attributes = message
                .attributes
                .iter()
                .map(|a| {
                    let mut vars = BTreeSet::new();
                    variables(&a.value, &mut vars);
                    (a.id.name.to_string(), vars)
                })
                .collect();
            let value = format!("{:?}", message.value);
            out.insert(message.id.name.to_string(), (Shape { variables: vars, attributes }, value));
        }
    }
    out
}

/// Money in minor units.
#[allow(dead_code)] // not every test binary uses every helper
pub fn money(minor: i64, code: &str) -> linkstar_core::money::Money {
    linkstar_core::money::Money::new(minor, linkstar_core::money::Currency::parse(code).expect("currency"))
}

/// An RFC 3339 instant.
#[allow(dead_code)]
pub fn at(text: &str) -> jiff::Timestamp {
    text.parse().expect("RFC 3339 instant")
}

/// An IANA time zone.
#[allow(dead_code)]
pub fn zone(name: &str) -> linkstar_core::place::TimeZoneName {
    linkstar_core::place::TimeZoneName::parse(name).expect("IANA zone")
}
