use super::*;
use crate::campaign::{Compliance, Product, WantedProfile};
use crate::checks::testing::creator;
use crate::terms::tests::sample_terms;

fn campaign() -> CampaignSpec {
    let terms = sample_terms();
    CampaignSpec {
        name: "Glow launch".into(),
        product: Product {
            name: "Glow Serum".into(),
            selling_points: vec!["vegan".into(), "fragrance-free".into()],
            ..Product::default()
        },
        markets: vec![creator().country],
        languages: vec![Locale::parse("pt-BR").expect("locale")],
        budget: terms.fee,
        wanted: WantedProfile::default(),
        deliverables: terms.deliverables.clone(),
        starts_at: terms.respond_by,
        ends_at: terms.publish_window.closes,
        brief: BriefTemplate::default(),
        compliance: Compliance::default(),
        tracking_link_base: None,
        auto_approve_after_sla: false,
        reminders: Default::default(),
    }
}

fn brief(default: &str, variants: &[(&str, &str)]) -> BriefTemplate {
    BriefTemplate {
        default: default.into(),
        variants: variants.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    }
}

fn render_in(t: &BriefTemplate, tag: &str) -> Result<String, DomainError> {
    let (campaign, terms, creator) = (campaign(), sample_terms(), creator());
    let locale = Locale::parse(tag).expect("locale");
    render(t, &BriefContext { campaign: &campaign, terms: &terms, creator: &creator, locale: &locale })
}

/// The log text of a refusal, after checking it is a brief-template error.
fn refusal(t: &BriefTemplate) -> String {
    match validate(t) {
        Err(e) => {
            assert_eq!(e.code(), "brief-template-invalid");
            e.to_string()
        }
        Ok(()) => panic!("{t:?} should be refused"),
    }
}

#[test]
fn picks_the_variant_for_the_creators_language() {
    let t = brief("Hi {{ creator.name }}", &[("pt", "Olá {{ creator.name }}"), ("es-MX", "Hola")]);
    assert_eq!(validate(&t), Ok(()));
    assert_eq!(render_in(&t, "pt-BR"), Ok("Olá Ana Lima".into()));
    assert_eq!(render_in(&t, "es-ES"), Ok("Hola".into()));
    assert_eq!(render_in(&t, "en-US"), Ok("Hi Ana Lima".into()));
}

#[test]
fn an_exact_tag_wins_over_the_language() {
    let t = brief("", &[("pt", "pt"), ("pt-BR", "br"), ("pt-PT", "pt-pt")]);
    let pick = |tag: &str| variant_for(&t, &Locale::parse(tag).expect("locale"));
    assert_eq!(pick("pt-BR"), Some("pt-BR"));
    assert_eq!(pick("pt-AO"), Some("pt"));
    assert_eq!(pick("de"), None);
    let no_bare = brief("", &[("pt-PT", "pt-pt"), ("pt-BR", "br")]);
    assert_eq!(variant_for(&no_bare, &Locale::parse("pt").expect("locale")), Some("pt-BR"));
}

#[test]
fn renders_the_offer_in_the_creators_terms() {
    let t = brief(
        "{{ campaign.product.name }}: {{ fee }} {{ currency }}, draft by {{ dates.draft_due }} \
         ({{ dates.time_zone }}), tag {{ disclosure_tags|join(' or ') }}\n\
         {% for d in deliverables %}\n- {{ d.count }}× {{ d.platform }} {{ d.format }}\n{% endfor %}\n\
         {% if commission_pct %}{{ commission_pct }} %{% endif %}",
        &[],
    );
    assert_eq!(validate(&t), Ok(()));
    assert_eq!(
        render_in(&t, "pt-BR"),
        Ok("Glow Serum: 500.00 EUR, draft by 2026-12-08 09:00 (America/Sao_Paulo), \
            tag #publi or #publicidade\n- 1× tiktok video\n"
            .into())
    );
}

#[test]
fn refuses_unknown_variables_even_in_untaken_branches() {
    let message = refusal(&brief("Hi\n{% if false %}{{ campaign.nmae }}{% endif %}", &[]));
    assert!(message.contains("default, line 2: unknown variable `campaign.nmae`"), "{message}");
    let message = refusal(&brief("ok", &[("es", "{{ food }}\n{% if creator.preferred_locale %}{{ foo }}{% endif %}")]));
    assert!(message.contains(r#"variant "es", line 2: unknown variable `foo`"#), "{message}");
    refusal(&brief("{{ campaign.name.first }}", &[]));
    // What only the brand may see is not there at all.
    refusal(&brief("{{ campaign.budget.minor }}", &[]));
    refusal(&brief("{% if creator.risk_flags %}careful{% endif %}", &[]));
}

#[test]
fn accepts_known_paths_and_guarded_optional_values() {
    let t = brief(
        "{{ campaign.product.name|upper }} {{ creator.accounts|length }} {{ range(2)|join }}\
         {% if terms.payment_model.kind != 'fixed' %}{{ terms.payment_model.rate_bp }}{% endif %}\
         {% if terms.payment_model.cap %}{{ terms.payment_model.cap.minor }}{% endif %}\
         {% for s in campaign.product.selling_points %}{{ loop.index }}{{ s }}{% endfor %}",
        &[],
    );
    assert_eq!(validate(&t), Ok(()));
}

#[test]
fn refuses_what_would_fail_for_some_creator() {
    // Fails for a fixed fee, which has no commission rate.
    refusal(&brief("{{ terms.payment_model.rate_bp }}", &[]));
    // Fails for a commission without a cap.
    refusal(&brief("{% if commission_pct %}{{ terms.payment_model.cap.minor }}{% endif %}", &[]));
    // A typo on a loop variable, invisible to static analysis.
    refusal(&brief("{% for d in deliverables %}{{ d.platfrm }}{% endfor %}", &[]));
    // Lists may be empty.
    refusal(&brief("{{ campaign.product.links[0] }}", &[]));
}

#[test]
fn reports_syntax_errors_with_their_line() {
    let message = refusal(&brief("ok", &[("de", "Hallo\n{{ creator.name }\n")]));
    assert!(message.contains(r#"variant "de", line 2: syntax error"#), "{message}");
    let message = refusal(&brief("{% include 'other' %}", &[]));
    assert!(message.contains("line 1: includes"), "{message}");
}

#[test]
fn variant_keys_must_be_distinct_language_tags() {
    assert!(refusal(&brief("", &[("not a tag!", "x")])).contains("not a language tag"));
    assert!(refusal(&brief("", &[("pt-BR", "x"), ("pt_br", "y")])).contains("same language"));
}

#[test]
fn lists_the_variables_for_operators() {
    let vars = variables();
    for path in
        ["campaign.product.name", "terms.payment_model.rate_bp", "deliverables[].platform", "dates.draft_due", "fee"]
    {
        assert!(vars.iter().any(|v| v == path), "{path} missing from {vars:?}");
    }
    assert!(!vars.iter().any(|v| v == "campaign.nmae"));
}
