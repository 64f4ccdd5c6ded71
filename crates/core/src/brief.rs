//! Campaign briefs: [minijinja] templates an operator writes once per campaign, rendered
//! for each creator in the creator's language.
//!
//! # Variables
//!
//! | Variable          | What it is                                                              |
//! |-------------------|-------------------------------------------------------------------------|
//! | `campaign`        | the campaign set-up: `name`, `product.{name, selling_points, links, assets}`, `markets`, `languages`, `deliverables`, `compliance.*`, `tracking_link_base`, `starts_at`, `ends_at` |
//! | `terms`           | the creator's offer: `fee.{minor, currency}`, `payment_model.kind` (`fixed`, `cps`, `hybrid`) with `rate_bp` and `cap` unless fixed, `deposit_pct`, `usage_rights.kind` (`organic_only`, `paid_ads` with `days`, `perpetual`), `exclusivity_days`, `revision_rounds`, `review_sla_hours`, `min_live_days`, and instants in UTC |
//! | `creator`         | the creator: `name`, `accounts` (each `platform`, `handle`, `followers`, `engagement_bp`), `country`, `languages`, `preferred_locale`, `time_zone`, `categories`, `audience_countries`, `rate_card` |
//! | `locale`          | the language tag the brief is rendered for (`pt-BR`)                   |
//! | `deliverables`    | the offer's deliverables, each `platform`, `format`, `count`, `length_seconds` |
//! | `fee`, `deposit`, `balance` | amounts as plain decimals (`"500.00"`)                        |
//! | `currency`        | the fee's currency code (`EUR`)                                         |
//! | `commission_pct`  | the commission as a decimal percentage (`"12.5"`), none when fixed     |
//! | `dates`           | `respond_by`, `draft_due`, `publish_opens`, `publish_closes` as `YYYY-MM-DD HH:MM` in the creator's time zone, and `time_zone` |
//! | `disclosure_tags` | the disclosure tags accepted in the creator's country, e.g. `["#Werbung", "#Anzeige"]` |
//!
//! What only the brand should see is left out, so no brief can show it to a creator: the
//! campaign's budget, wanted profile and templates, and the creator's rating, risk flags
//! and pool status.
//!
//! [`variables`] lists every path. Some values are not always there: optional ones
//! (`campaign.tracking_link_base`, `creator.preferred_locale`, `commission_pct`) are
//! `none` when unset, and `terms.payment_model.rate_bp`/`cap` exist only for commission
//! offers. Test them with `{% if %}` before use. minijinja's built-in filters and tests
//! and the globals `range`, `dict`, `namespace` and `debug` are available; includes and
//! imports are not.
//!
//! # Checked when saved
//!
//! [`validate`] refuses a template that does not parse, names a variable or attribute
//! that exists in no offer (in every branch, taken or not), or loads other templates.
//! It then renders the template for three sample offers (a fixed fee with nothing
//! optional set, a commission without cap, every detail set), where printing, looping
//! over or looking into a missing value is an error. That catches what static analysis
//! cannot see: `{{ terms.payment_model.rate_bp }}` outside an `{% if %}`, or a typo in
//! an attribute of a loop variable. What can still fail at render time is a value only
//! some offers have, used unguarded in a branch that none of the samples takes.

use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde_json::{Value as Json, json};
use std::collections::{BTreeMap, BTreeSet};

use crate::DomainError;
use crate::campaign::{BriefTemplate, CampaignSpec};
use crate::creator::CreatorProfile;
use crate::place::Locale;
use crate::terms::{PaymentModel, Terms};

/// Everything a brief is rendered from.
#[derive(Debug, Clone, Copy)]
pub struct BriefContext<'a> {
    /// The campaign.
    pub campaign: &'a CampaignSpec,
    /// The creator's offer.
    pub terms: &'a Terms,
    /// The creator.
    pub creator: &'a CreatorProfile,
    /// The language to render in.
    pub locale: &'a Locale,
}

/// Checks every template of a brief (see the module docs); the error names the variant
/// (`default` or `variant "es"`), the line where known, and the problem.
pub fn validate(t: &BriefTemplate) -> Result<(), DomainError> {
    let mut seen: BTreeMap<Locale, &str> = BTreeMap::new();
    for key in t.variants.keys() {
        let locale = Locale::parse(key).map_err(|_| fail(&which(Some(key)), None, "the key is not a language tag"))?;
        if let Some(other) = seen.insert(locale, key) {
            return Err(fail(&which(Some(key)), None, &format!("same language as variant {other:?}")));
        }
    }
    let samples = samples::contexts()?;
    let env = environment();
    let globals: BTreeSet<&str> = env.globals().map(|(name, _)| name).collect();
    let sources = std::iter::once((None, &t.default)).chain(t.variants.iter().map(|(k, v)| (Some(k.as_str()), v)));
    for (key, source) in sources {
        let which = which(key);
        if let Some(line) = loading_tag(source) {
            return Err(fail(&which, Some(line), "includes, imports and extends are not available"));
        }
        let template = env.template_from_named_str(&which, source).map_err(|e| engine_error(&which, &e))?;
        let mut names: Vec<String> = template.undeclared_variables(true).into_iter().collect();
        names.sort();
        if let Some(unknown) = names.iter().find(|n| !is_known(n, &globals, &samples)) {
            let line = line_naming(source, unknown);
            return Err(fail(&which, line, &format!("unknown variable `{unknown}`")));
        }
        for (label, sample) in &samples {
            template.render(to_value(sample)).map_err(|e| engine_error(&format!("{which}, for {label}"), &e))?;
        }
    }
    Ok(())
}

/// The variant key used for `locale`: the exact tag, else a variant for the bare
/// language (`pt` for `pt-BR`), else the first variant of the same language in key
/// order; `None` means the default template.
pub fn variant_for<'t>(t: &'t BriefTemplate, locale: &Locale) -> Option<&'t str> {
    let parsed = || t.variants.keys().filter_map(|k| Locale::parse(k).ok().map(|l| (k.as_str(), l)));
    parsed()
        .find(|(_, l)| l == locale)
        .or_else(|| parsed().find(|(_, l)| l.as_str() == locale.language()))
        .or_else(|| parsed().find(|(_, l)| l.language() == locale.language()))
        .map(|(key, _)| key)
}

/// Renders the brief for one creator in `ctx.locale` (see [`variant_for`]).
pub fn render(t: &BriefTemplate, ctx: &BriefContext) -> Result<String, DomainError> {
    let key = variant_for(t, ctx.locale);
    let source = key.and_then(|k| t.variants.get(k)).unwrap_or(&t.default);
    let which = which(key);
    let env = environment();
    let template = env.template_from_named_str(&which, source).map_err(|e| engine_error(&which, &e))?;
    template.render(to_value(&context(ctx)?)).map_err(|e| engine_error(&which, &e))
}

/// Every variable path a template may use, sorted, for the dashboard's help. Items of
/// lists are shown as `list[].field` (usable on a loop variable).
pub fn variables() -> Vec<String> {
    let mut paths = BTreeSet::new();
    for (_, sample) in samples::contexts().unwrap_or_default() {
        collect_paths(&sample, "", &mut paths);
    }
    paths.into_iter().collect()
}

/// Campaign fields a brief never shows a creator: the brand's budget and targeting, and
/// the templates themselves.
const PRIVATE_CAMPAIGN: &[&str] = &["budget", "wanted", "brief"];

/// Creator fields a brief never shows the creator: the brand's own notes on them.
const PRIVATE_CREATOR: &[&str] = &["risk_flags", "pool_status", "rating"];

/// The object without the `hidden` keys.
fn without(mut value: Json, hidden: &[&str]) -> Json {
    if let Some(map) = value.as_object_mut() {
        hidden.iter().for_each(|key| {
            map.remove(*key);
        });
    }
    value
}

/// The values a template sees for one creator, as JSON.
fn context(ctx: &BriefContext) -> Result<Json, DomainError> {
    let terms = ctx.terms;
    let zone = ctx.creator.time_zone.zone();
    let local = |at: jiff::Timestamp| at.to_zoned_datetime(zone.clone()).strftime("%Y-%m-%d %H:%M").to_string();
    let commission_pct = match terms.payment_model {
        PaymentModel::Cps { rate_bp, .. } | PaymentModel::Hybrid { rate_bp, .. } => {
            let (whole, hundredths) = (rate_bp / 100, rate_bp % 100);
            let fraction = format!(".{hundredths:02}");
            Json::from(format!("{whole}{}", fraction.trim_end_matches('0').trim_end_matches('.')))
        }
        PaymentModel::Fixed => Json::Null,
    };
    let json = |value: serde_json::Result<Json>| value.map_err(|e| DomainError::BriefTemplate(e.to_string()));
    Ok(json!({
        "campaign": without(json(serde_json::to_value(ctx.campaign))?, PRIVATE_CAMPAIGN),
        "terms": json(serde_json::to_value(terms))?,
        "creator": without(json(serde_json::to_value(ctx.creator))?, PRIVATE_CREATOR),
        "locale": ctx.locale.as_str(),
        "deliverables": json(serde_json::to_value(&terms.deliverables))?,
        "fee": terms.fee.decimal(),
        "deposit": terms.deposit().decimal(),
        "balance": terms.balance().decimal(),
        "currency": terms.fee.currency.code(),
        "commission_pct": commission_pct,
        "dates": {
            "respond_by": local(terms.respond_by),
            "draft_due": local(terms.draft_due),
            "publish_opens": local(terms.publish_window.opens),
            "publish_closes": local(terms.publish_window.closes),
            "time_zone": ctx.creator.time_zone.as_str(),
        },
        "disclosure_tags": crate::checks::disclosure_tags_for(ctx.creator.country, &ctx.campaign.compliance),
    }))
}

/// One environment for validating and rendering: plain text (no HTML escaping), block
/// tags on their own line leave no blank line, and undefined values are errors when
/// printed, iterated or looked into. Testing one with `{% if %}` is allowed (minijinja's
/// "semi-strict" mode): the offer's shape varies (a fixed fee has no commission `cap`),
/// and [`validate`] has already refused names that exist in no shape.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder().trim_blocks(true).lstrip_blocks(true).build() {
        env.set_syntax(syntax);
    }
    env
}

fn which(key: Option<&str>) -> String {
    key.map_or_else(|| "default".to_string(), |k| format!("variant {k:?}"))
}

fn fail(which: &str, line: Option<usize>, problem: &str) -> DomainError {
    match line {
        Some(line) => DomainError::BriefTemplate(format!("{which}, line {line}: {problem}")),
        None => DomainError::BriefTemplate(format!("{which}: {problem}")),
    }
}

fn engine_error(which: &str, e: &minijinja::Error) -> DomainError {
    let problem = e.detail().map_or_else(|| e.kind().to_string(), |d| format!("{}: {d}", e.kind()));
    fail(which, e.line(), &problem)
}

/// The line of the first `{% include/import/from/extends %}`: templates stand alone.
fn loading_tag(source: &str) -> Option<usize> {
    source.match_indices("{%").find_map(|(i, _)| {
        let tag = source[i + 2..].trim_start_matches(['-', '+']).trim_start();
        let word = tag.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        matches!(word, "include" | "import" | "from" | "extends").then(|| source[..i].lines().count().max(1))
    })
}

/// The first line naming `path` as a whole (`foo` is not found in `food`).
fn line_naming(source: &str, path: &str) -> Option<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let found = source.lines().position(|line| {
        line.match_indices(path).any(|(i, _)| {
            !line[..i].ends_with(|c: char| word(c) || c == '.') && !line[i + path.len()..].starts_with(word)
        })
    });
    found.map(|i| i + 1)
}

/// Whether a dotted path names something in at least one sample context (or a global).
fn is_known(path: &str, globals: &BTreeSet<&str>, samples: &[(&str, Json)]) -> bool {
    let root = path.split('.').next().unwrap_or("");
    globals.contains(root)
        || samples.iter().any(|(_, sample)| {
            path.split('.').try_fold(sample, |value, key| value.as_object().and_then(|map| map.get(key))).is_some()
        })
}

fn collect_paths(value: &Json, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Json::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                out.insert(path.clone());
                collect_paths(inner, &path, out);
            }
        }
        Json::Array(items) => items.iter().for_each(|item| collect_paths(item, &format!("{prefix}[]"), out)),
        _ => {}
    }
}

/// JSON to a template value (minijinja's own serde support is not enabled).
fn to_value(json: &Json) -> Value {
    match json {
        Json::Null => Value::from(()),
        Json::Bool(b) => Value::from(*b),
        Json::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Value::from(i),
            (None, Some(u)) => Value::from(u),
            _ => Value::from(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) => Value::from(s.as_str()),
        Json::Array(items) => items.iter().map(to_value).collect(),
        Json::Object(map) => Value::from_pairs(map.iter().map(|(k, v)| (k.as_str(), to_value(v)))),
    }
}

/// Sample offers that [`validate`] renders every template for, one per shape the
/// context can take. Built from the real types, so a renamed field shows up here.
#[path = "brief_samples.rs"]
mod samples;

#[cfg(test)]
#[path = "brief_tests.rs"]
mod tests;
