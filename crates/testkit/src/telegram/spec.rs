//! Checks Bot API calls and objects against the published API description
//! (`crates/testkit/specs/telegram-bot-api.json`, MIT, see the LICENSE beside it).

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
struct Field {
    name: String,
    types: Vec<String>,
    required: bool,
}

#[derive(Debug, Deserialize)]
struct Entry {
    #[serde(default)]
    fields: Vec<Field>,
    #[serde(default)]
    subtypes: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Spec {
    methods: HashMap<String, Entry>,
    types: HashMap<String, Entry>,
}

fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/telegram-bot-api.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    })
}

/// Problems with a method call: unknown method, unknown or missing parameters, values
/// of the wrong type (objects are checked field by field, recursively).
pub fn check_call(method: &str, params: &Value) -> Vec<String> {
    let Some(entry) = spec().methods.get(method) else { return vec![format!("unknown method {method}")] };
    let empty = serde_json::Map::new();
    let object = match params {
        Value::Object(o) => o,
        Value::Null => &empty,
        other => return vec![format!("{method}: parameters are not an object: {other}")],
    };
    check_fields(method, &entry.fields, object)
}

/// The method's name as the API description spells it (the Bot API ignores case:
/// teloxide sends `GetMe`).
pub fn canonical_method(name: &str) -> Option<&'static str> {
    spec().methods.keys().find(|k| k.eq_ignore_ascii_case(name)).map(String::as_str)
}

/// Problems with an object claimed to be of a type (`Update`, `Message`).
pub fn check_object(type_name: &str, value: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    check_value(type_name, &[type_name.to_string()], value, &mut problems);
    problems
}

fn check_fields(at: &str, fields: &[Field], object: &serde_json::Map<String, Value>) -> Vec<String> {
    let mut problems = Vec::new();
    for key in object.keys() {
        if !fields.iter().any(|f| &f.name == key) {
            problems.push(format!("{at}: unknown field {key}"));
        }
    }
    for field in fields {
        match object.get(&field.name) {
            None if field.required => problems.push(format!("{at}: missing {}", field.name)),
            None => {}
            Some(v) => check_value(&format!("{at}.{}", field.name), &field.types, v, &mut problems),
        }
    }
    problems
}

fn check_value(at: &str, types: &[String], value: &Value, problems: &mut Vec<String>) {
    let attempts: Vec<Vec<String>> = types
        .iter()
        .map(|t| {
            let mut p = Vec::new();
            check_one(at, t, value, &mut p);
            p
        })
        .collect();
    if attempts.iter().any(Vec::is_empty) {
        return;
    }
    if let Some(first) = attempts.into_iter().min_by_key(Vec::len) {
        problems.extend(first);
    }
}

fn check_one(at: &str, t: &str, value: &Value, problems: &mut Vec<String>) {
    if let Some(inner) = t.strip_prefix("Array of ") {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    check_value(&format!("{at}[{i}]"), &[inner.to_string()], item, problems);
                }
            }
            _ => problems.push(format!("{at}: expected an array")),
        }
        return;
    }
    let ok = match t {
        "Integer" => value.is_i64() || value.is_u64(),
        "Float" | "Float number" => value.is_number(),
        "String" => value.is_string(),
        "Boolean" | "True" => value.is_boolean(),
        "InputFile" => value.is_string() || value.is_object(),
        name => {
            let Some(entry) = spec().types.get(name) else {
                problems.push(format!("{at}: unknown type {name}"));
                return;
            };
            if !entry.subtypes.is_empty() {
                check_value(at, &entry.subtypes, value, problems);
                return;
            }
            match value {
                Value::Object(o) => problems.extend(check_fields(at, &entry.fields, o)),
                _ => problems.push(format!("{at}: expected a {name} object")),
            }
            return;
        }
    };
    if !ok {
        problems.push(format!("{at}: expected {t}, got {value}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn calls_are_checked_against_the_published_api() {
        assert!(check_call("sendMessage", &json!({"chat_id": 1, "text": "hi"})).is_empty());
        let keyboard = json!({"inline_keyboard": [[{"text": "Accept", "callback_data": "acc:1"}]]});
        assert!(check_call("sendMessage", &json!({"chat_id": 1, "text": "hi", "reply_markup": keyboard})).is_empty());
        assert!(!check_call("sendMessage", &json!({"chat_id": 1})).is_empty(), "text is required");
        assert!(!check_call("sendMessage", &json!({"chat_id": 1, "text": "x", "colour": 3})).is_empty());
        assert!(!check_call("sendMessage", &json!({"chat_id": true, "text": "x"})).is_empty());
        let bad_button = json!({"inline_keyboard": [[{"label": "Accept"}]]});
        assert!(!check_call("sendMessage", &json!({"chat_id": 1, "text": "x", "reply_markup": bad_button})).is_empty());
        assert!(!check_call("sendMessages", &json!({})).is_empty());
        assert!(check_call("getMe", &Value::Null).is_empty());
    }
}
