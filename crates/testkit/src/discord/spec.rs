//! Checks Discord REST requests against Discord's OpenAPI description
//! (`crates/testkit/specs/discord-openapi.json`, MIT, see the LICENSE beside it).
//!
//! A compact JSON Schema check of the keywords the description uses: `type` (one or a
//! list), `enum`, `properties` + `required` (objects with listed properties are closed:
//! an unknown field is a problem, stricter than the schema, so a misspelled field
//! cannot slip through), `additionalProperties`, `items`, `min/maxItems`,
//! `min/maxLength`, `minimum`/`maximum`, `allOf`, and `oneOf`/`anyOf` (at least one
//! branch must fit), with `$ref`s resolved. Snowflakes must be decimal strings.

use std::sync::OnceLock;

use serde_json::{Map, Value};

fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/discord-openapi.json");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    })
}

/// The path template of the operation a request reaches (`/channels/{channel_id}/messages`),
/// preferring literal segments (`/users/@me` over `/users/{user_id}`); `None` when the
/// description has no such operation. `path` is without the `/api/v10` prefix.
pub fn operation(method: &str, path: &str) -> Option<&'static str> {
    let paths = spec().get("paths")?.as_object()?;
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let method = method.to_ascii_lowercase();
    paths
        .iter()
        .filter(|(_, item)| item.get(&method).is_some())
        .filter_map(|(template, _)| {
            let parts: Vec<&str> = template.trim_matches('/').split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (t, s) in parts.iter().zip(&segments) {
                if t.starts_with('{') {
                    continue;
                }
                if t != s {
                    return None;
                }
                literal += 1;
            }
            Some((literal, template.as_str()))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, template)| template)
}

/// Problems with a request: an unknown endpoint, or a JSON body that does not fit the
/// operation's request schema.
pub fn check_request(method: &str, path: &str, body: Option<&Value>) -> Vec<String> {
    let Some(template) = operation(method, path) else {
        return vec![format!("{method} {path}: no such operation in the Discord API description")];
    };
    let at = format!("{method} {template}");
    let op = &spec()["paths"][template][method.to_ascii_lowercase()];
    let schema = op.get("requestBody").and_then(|b| b.pointer("/content/application~1json/schema"));
    let mut problems = Vec::new();
    match (schema, body) {
        (Some(schema), Some(body)) => check(&at, schema, body, &mut problems),
        (Some(_), None) if op["requestBody"]["required"] == Value::Bool(true) => {
            problems.push(format!("{at}: missing request body"));
        }
        (None, Some(body)) if !body.is_null() => problems.push(format!("{at}: takes no body, got {body}")),
        _ => {}
    }
    problems
}

/// Problems with a value claimed to be of a component schema (`MessageResponse`).
pub fn check_schema(name: &str, value: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    match spec().pointer(&format!("/components/schemas/{name}")) {
        Some(schema) => check(name, schema, value, &mut problems),
        None => problems.push(format!("no schema {name}")),
    }
    problems
}

fn resolve(schema: &Value) -> &Value {
    let mut schema = schema;
    while let Some(Value::String(r)) = schema.get("$ref") {
        match r.strip_prefix('#').and_then(|p| spec().pointer(p)) {
            Some(target) => schema = target,
            None => break,
        }
    }
    schema
}

fn fits(schema: &Value, value: &Value) -> bool {
    let mut problems = Vec::new();
    check("", schema, value, &mut problems);
    problems.is_empty()
}

/// A value that says nothing (`null`, `false`, empty): serenity sends such defaults for
/// fields an option kind does not have, and Discord ignores them.
fn is_default(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(false) => true,
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn type_ok(kind: &str, value: &Value) -> bool {
    match kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    }
}

fn check(at: &str, schema: &Value, value: &Value, problems: &mut Vec<String>) {
    let schema = resolve(schema);
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        // The branches together describe one object: check the merged properties.
        let mut merged = Map::new();
        let mut required = Vec::new();
        for branch in all {
            let branch = resolve(branch);
            if let Some(props) = branch.get("properties").and_then(Value::as_object) {
                merged.extend(props.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
            if let Some(r) = branch.get("required").and_then(Value::as_array) {
                required.extend(r.iter().cloned());
            }
            if branch.get("properties").is_none() {
                check(at, branch, value, problems);
            }
        }
        if !merged.is_empty() {
            let merged = serde_json::json!({"type": "object", "properties": merged, "required": required});
            check(at, &merged, value, problems);
        }
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array)
            && !branches.iter().any(|b| fits(b, value))
        {
            problems.push(format!("{at}: fits none of the {key} branches: {value}"));
            return;
        }
    }
    if let Some(kind) = schema.get("type") {
        let ok = match kind {
            Value::String(k) => type_ok(k, value),
            Value::Array(ks) => ks.iter().filter_map(Value::as_str).any(|k| type_ok(k, value)),
            _ => true,
        };
        if !ok {
            problems.push(format!("{at}: expected {kind}, got {value}"));
            return;
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !value.is_null()
        && !options.contains(value)
    {
        problems.push(format!("{at}: {value} is not one of {}", Value::Array(options.clone())));
    }
    match value {
        Value::String(s) => {
            let n = s.chars().count() as u64;
            if schema.get("maxLength").and_then(Value::as_u64).is_some_and(|m| n > m) {
                problems.push(format!("{at}: longer than {} characters", schema["maxLength"]));
            }
            if schema.get("minLength").and_then(Value::as_u64).is_some_and(|m| n < m) {
                problems.push(format!("{at}: shorter than {} characters", schema["minLength"]));
            }
            if schema.get("format").and_then(Value::as_str) == Some("snowflake")
                && (s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()))
            {
                problems.push(format!("{at}: {s:?} is not a snowflake"));
            }
        }
        Value::Number(n) => {
            if let (Some(x), Some(max)) = (n.as_f64(), schema.get("maximum").and_then(Value::as_f64))
                && x > max
            {
                problems.push(format!("{at}: {x} is above {max}"));
            }
            if let (Some(x), Some(min)) = (n.as_f64(), schema.get("minimum").and_then(Value::as_f64))
                && x < min
            {
                problems.push(format!("{at}: {x} is below {min}"));
            }
        }
        Value::Array(items) => {
            if schema.get("maxItems").and_then(Value::as_u64).is_some_and(|m| items.len() as u64 > m) {
                problems.push(format!("{at}: more than {} items", schema["maxItems"]));
            }
            if schema.get("minItems").and_then(Value::as_u64).is_some_and(|m| (items.len() as u64) < m) {
                problems.push(format!("{at}: fewer than {} items", schema["minItems"]));
            }
            if let Some(item) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    check(&format!("{at}[{i}]"), item, v, problems);
                }
            }
        }
        Value::Object(fields) => {
            let props = schema.get("properties").and_then(Value::as_object);
            let extra = schema.get("additionalProperties");
            for (key, v) in fields {
                match (props.and_then(|p| p.get(key)), extra) {
                    (Some(s), _) => check(&format!("{at}.{key}"), s, v, problems),
                    (None, Some(Value::Bool(true))) => {}
                    (None, Some(s @ Value::Object(_))) => check(&format!("{at}.{key}"), s, v, problems),
                    (None, _) if extra == Some(&Value::Bool(false)) || (props.is_some() && !is_default(v)) => {
                        problems.push(format!("{at}: unknown field {key}"));
                    }
                    (None, _) => {}
                }
            }
            for key in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
                if let Some(k) = key.as_str()
                    && !fields.contains_key(k)
                {
                    problems.push(format!("{at}: missing {k}"));
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_are_found_preferring_literal_segments() {
        assert_eq!(operation("POST", "/users/@me/channels"), Some("/users/@me/channels"));
        assert_eq!(operation("POST", "/channels/42/messages"), Some("/channels/{channel_id}/messages"));
        assert_eq!(operation("GET", "/gateway/bot"), Some("/gateway/bot"));
        assert_eq!(operation("POST", "/nowhere"), None);
    }

    #[test]
    fn bodies_are_checked_against_the_request_schema() {
        let ok = json!({"content": "hi", "components": [{"type": 1, "components": [
            {"type": 2, "style": 3, "label": "Accept", "custom_id": "acc:1:0123456789abcdef"}]}]});
        assert_eq!(check_request("POST", "/channels/42/messages", Some(&ok)), Vec::<String>::new());
        let long = json!({"content": "x".repeat(4001)});
        assert!(!check_request("POST", "/channels/42/messages", Some(&long)).is_empty());
        let unknown = json!({"contents": "hi"});
        assert!(!check_request("POST", "/channels/42/messages", Some(&unknown)).is_empty());
        let dm = json!({"recipient_id": "1234"});
        assert_eq!(check_request("POST", "/users/@me/channels", Some(&dm)), Vec::<String>::new());
        let bad_dm = json!({"recipient_id": "abc"});
        assert!(!check_request("POST", "/users/@me/channels", Some(&bad_dm)).is_empty());
    }
}
