//! The campaigns' brief templates: an English default and variants in the creators'
//! languages, using only the variables `linkstar_core::brief::variables` lists.

use std::collections::BTreeMap;

use linkstar_core::campaign::BriefTemplate;

/// The English brief every campaign falls back to.
const DEFAULT: &str = "\
Hi {{ creator.name }}!

Thanks for joining {{ campaign.name }}. Show {{ campaign.product.name }} in your own routine:
{% for point in campaign.product.selling_points %}- {{ point }}
{% endfor %}
What to post:
{% for d in deliverables %}- {{ d.count }}x {{ d.format }} on {{ d.platform }}\
{% if d.length_seconds %}, at least {{ d.length_seconds }} s{% endif %}
{% endfor %}
Fee: {{ fee }} {{ currency }}. Draft due {{ dates.draft_due }}; publish between \
{{ dates.publish_opens }} and {{ dates.publish_closes }} ({{ dates.time_zone }}).
Always add {{ disclosure_tags|join(' or ') }} and \
{{ campaign.compliance.required_hashtags|join(' ') }}\
{% for m in campaign.compliance.required_mentions %} @{{ m }}{% endfor %}.
{% if campaign.tracking_link_base %}Your personal tracking link arrives with the approval.{% endif %}
";

/// A short variant: greeting, product, deliverables, fee, dates and tags.
fn variant(hi: &str, show: &str, post: &str, fee: &str, due: &str, window: &str, tags: &str) -> String {
    format!(
        "{hi} {{{{ creator.name }}}}!\n\n{show} {{{{ campaign.product.name }}}}:\n\
         {{% for point in campaign.product.selling_points %}}- {{{{ point }}}}\n{{% endfor %}}\n\
         {post}\n{{% for d in deliverables %}}- {{{{ d.count }}}}x {{{{ d.format }}}} \
         ({{{{ d.platform }}}})\n{{% endfor %}}\n\
         {fee}: {{{{ fee }}}} {{{{ currency }}}}\n\
         {due}: {{{{ dates.draft_due }}}} ({{{{ dates.time_zone }}}})\n\
         {window}: {{{{ dates.publish_opens }}}} – {{{{ dates.publish_closes }}}}\n\
         {tags}: {{{{ disclosure_tags|join(' / ') }}}} \
         {{{{ campaign.compliance.required_hashtags|join(' ') }}}}\
         {{% for m in campaign.compliance.required_mentions %}} @{{{{ m }}}}{{% endfor %}}\n"
    )
}

fn template(variants: &[(&str, String)]) -> BriefTemplate {
    BriefTemplate {
        default: DEFAULT.to_string(),
        variants: variants.iter().map(|(k, v)| (k.to_string(), v.clone())).collect::<BTreeMap<_, _>>(),
    }
}

fn es() -> String {
    variant("¡Hola", "Muestra en tu rutina", "Qué publicar:", "Tarifa", "Borrador", "Publicación", "Etiquetas")
}

fn pt() -> String {
    variant("Olá", "Mostre na sua rotina", "O que publicar:", "Cachê", "Rascunho até", "Publicação", "Tags")
}

/// The serum launch: Spanish and Brazilian Portuguese variants.
pub(crate) fn glow() -> BriefTemplate {
    template(&[("es", es()), ("pt-BR", pt())])
}

/// The sunscreen push: Indonesian, Thai and Vietnamese variants.
pub(crate) fn sun() -> BriefTemplate {
    template(&[
        (
            "id",
            variant(
                "Halo",
                "Tunjukkan dalam rutinitasmu",
                "Yang diunggah:",
                "Honor",
                "Draf paling lambat",
                "Jadwal unggah",
                "Tagar wajib",
            ),
        ),
        ("th", variant("สวัสดี", "แนะนำในรูทีนของคุณ", "สิ่งที่ต้องโพสต์:", "ค่าตอบแทน", "ส่งดราฟต์ภายใน", "ช่วงเวลาโพสต์", "แฮชแท็ก")),
        (
            "vi",
            variant(
                "Xin chào",
                "Giới thiệu trong thói quen của bạn",
                "Nội dung cần đăng:",
                "Thù lao",
                "Hạn nộp bản nháp",
                "Thời gian đăng",
                "Hashtag bắt buộc",
            ),
        ),
    ])
}

/// The lip tint: Japanese, Chinese, German and French variants.
pub(crate) fn velvet() -> BriefTemplate {
    template(&[
        (
            "ja",
            variant(
                "こんにちは",
                "毎日のメイクで紹介してください",
                "投稿内容:",
                "報酬",
                "下書き締切",
                "投稿期間",
                "必須タグ",
            ),
        ),
        ("zh-CN", variant("你好", "请在日常妆容中展示", "发布内容：", "报酬", "草稿截止", "发布时间", "必带标签")),
        (
            "de",
            variant(
                "Hallo",
                "Zeig in deiner Routine",
                "Was du postest:",
                "Honorar",
                "Entwurf bis",
                "Veröffentlichung",
                "Pflicht-Tags",
            ),
        ),
        (
            "fr",
            variant(
                "Bonjour",
                "Montre dans ta routine",
                "À publier :",
                "Rémunération",
                "Brouillon avant le",
                "Publication",
                "Hashtags obligatoires",
            ),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_brief_is_valid() {
        for brief in [glow(), sun(), velvet()] {
            assert_eq!(linkstar_core::brief::validate(&brief), Ok(()));
        }
    }
}
