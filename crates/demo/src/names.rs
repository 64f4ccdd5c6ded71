//! Countries of the demo's creator pool: language, time zones, local currency and
//! common names. A name written `display|ascii` gives its romanization for handles;
//! otherwise the handle is built by stripping the accents of the display name.

/// One country the creator pool draws from.
pub(crate) struct Place {
    /// ISO 3166 alpha-2 code.
    pub code: &'static str,
    /// Language subtag spoken there.
    pub language: &'static str,
    /// The assistant locale a creator there may choose, if LinkStar has one.
    pub locale: Option<&'static str>,
    /// IANA time zones, the first the most common.
    pub zones: &'static [&'static str],
    /// Currency of the creator's rate card.
    pub currency: &'static str,
    /// Units of that currency per euro, roughly.
    pub per_eur: f64,
    /// How many creators of the pool live there.
    pub creators: usize,
    /// Whether the family name comes first.
    pub family_first: bool,
    /// Given names.
    pub given: &'static [&'static str],
    /// Family names.
    pub family: &'static [&'static str],
}

/// The pool's countries (320 creators in 12 countries).
#[rustfmt::skip]
pub(crate) const PLACES: &[Place] = &[
    Place {
        code: "ES", language: "es", locale: Some("es-ES"), zones: &["Europe/Madrid", "Atlantic/Canary"],
        currency: "EUR", per_eur: 1.0, creators: 30, family_first: false,
        given: &["Lucía", "Sofía", "Martina", "Paula", "Carmen", "Alba", "Noelia", "Irene", "Javier", "Sergio", "Marta", "Claudia"],
        family: &["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ruiz", "Moreno", "Ortega", "Castillo", "Vidal", "Serrano"],
    },
    Place {
        code: "MX", language: "es", locale: Some("es-ES"), zones: &["America/Mexico_City", "America/Monterrey", "America/Tijuana"],
        currency: "MXN", per_eur: 19.0, creators: 30, family_first: false,
        given: &["Valeria", "Ximena", "Fernanda", "Daniela", "Regina", "Camila", "Andrea", "Diego", "Mariana", "Renata", "Luis", "Itzel"],
        family: &["Hernández", "González", "Ramírez", "Flores", "Torres", "Cruz", "Reyes", "Mendoza", "Aguilar", "Vargas", "Rojas", "Salazar"],
    },
    Place {
        code: "BR", language: "pt", locale: Some("pt-BR"), zones: &["America/Sao_Paulo", "America/Recife", "America/Manaus"],
        currency: "BRL", per_eur: 5.9, creators: 35, family_first: false,
        given: &["Ana", "Beatriz", "Larissa", "Juliana", "Camila", "Gabriela", "Letícia", "Thaís", "Rafael", "Bruna", "Mariana", "Isabela"],
        family: &["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida", "Ribeiro", "Carvalho", "Rocha"],
    },
    Place {
        code: "ID", language: "id", locale: Some("id-ID"), zones: &["Asia/Jakarta", "Asia/Makassar"],
        currency: "IDR", per_eur: 17_500.0, creators: 30, family_first: false,
        given: &["Putri", "Ayu", "Dewi", "Sari", "Nadia", "Rizky", "Intan", "Anisa", "Bayu", "Fitri", "Citra", "Dimas"],
        family: &["Pratama", "Wijaya", "Saputra", "Lestari", "Kusuma", "Hidayat", "Permata", "Santoso", "Nugroho", "Rahmawati", "Utami", "Setiawan"],
    },
    Place {
        code: "TH", language: "th", locale: Some("th-TH"), zones: &["Asia/Bangkok"],
        currency: "THB", per_eur: 38.0, creators: 25, family_first: false,
        given: &["ปิยะพร|piyaporn", "ณัฐธิดา|nattida", "กมลชนก|kamonchanok", "พิมพ์ชนก|pimchanok", "ศิริพร|siriporn", "ธนพร|thanaporn", "อรอุมา|onuma", "ภัทรา|pattra", "วรรณา|wanna", "ชนิดา|chanida"],
        family: &["ศรีสุข|srisuk", "วงศ์ไทย|wongthai", "แสงทอง|saengthong", "บุญมา|boonma", "ทองดี|thongdee", "สุขสวัสดิ์|suksawat", "จันทร์เพ็ญ|chanpen", "รัตนพันธ์|rattanaphan"],
    },
    Place {
        code: "VN", language: "vi", locale: Some("vi-VN"), zones: &["Asia/Ho_Chi_Minh"],
        currency: "VND", per_eur: 28_000.0, creators: 25, family_first: true,
        given: &["Thu Trang", "Ngọc Anh", "Minh Châu", "Phương Linh", "Thảo Vy", "Hồng Nhung", "Mai Anh", "Quỳnh Như", "Bảo Ngọc", "Khánh Linh"],
        family: &["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"],
    },
    Place {
        code: "JP", language: "ja", locale: Some("ja-JP"), zones: &["Asia/Tokyo"],
        currency: "JPY", per_eur: 162.0, creators: 30, family_first: true,
        given: &["美咲|misaki", "陽菜|hina", "さくら|sakura", "結衣|yui", "葵|aoi", "莉子|riko", "彩花|ayaka", "真央|mao", "愛|ai", "千尋|chihiro"],
        family: &["佐藤|sato", "鈴木|suzuki", "高橋|takahashi", "田中|tanaka", "伊藤|ito", "渡辺|watanabe", "山本|yamamoto", "中村|nakamura", "小林|kobayashi", "加藤|kato"],
    },
    Place {
        code: "CN", language: "zh", locale: Some("zh-CN"), zones: &["Asia/Shanghai"],
        currency: "CNY", per_eur: 7.7, creators: 25, family_first: true,
        given: &["芳|fang", "静|jing", "丽|li", "婷|ting", "雪|xue", "晓雨|xiaoyu", "思琪|siqi", "梦瑶|mengyao", "佳怡|jiayi", "欣然|xinran"],
        family: &["王|wang", "李|li", "张|zhang", "刘|liu", "陈|chen", "杨|yang", "黄|huang", "赵|zhao", "周|zhou", "林|lin"],
    },
    Place {
        code: "DE", language: "de", locale: Some("de-DE"), zones: &["Europe/Berlin"],
        currency: "EUR", per_eur: 1.0, creators: 30, family_first: false,
        given: &["Lena", "Hannah", "Lea", "Marie", "Anna", "Laura", "Jana", "Sophie", "Lukas", "Julia", "Nele", "Emma"],
        family: &["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein"],
    },
    Place {
        code: "FR", language: "fr", locale: Some("fr-FR"), zones: &["Europe/Paris"],
        currency: "EUR", per_eur: 1.0, creators: 25, family_first: false,
        given: &["Chloé", "Camille", "Léa", "Manon", "Inès", "Jade", "Louise", "Clara", "Élodie", "Margaux", "Hugo", "Zoé"],
        family: &["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard"],
    },
    Place {
        code: "US", language: "en", locale: Some("en-US"), zones: &["America/New_York", "America/Chicago", "America/Los_Angeles"],
        currency: "USD", per_eur: 1.08, creators: 20, family_first: false,
        given: &["Emily", "Madison", "Olivia", "Ashley", "Taylor", "Jasmine", "Kayla", "Brooke", "Tyler", "Hailey"],
        family: &["Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson", "Anderson", "Taylor", "Moore", "Jackson"],
    },
    Place {
        code: "GB", language: "en", locale: None, zones: &["Europe/London"],
        currency: "GBP", per_eur: 0.85, creators: 15, family_first: false,
        given: &["Amelia", "Isla", "Poppy", "Freya", "Grace", "Ellie", "Imogen", "Harriet", "Oliver", "Millie"],
        family: &["Smith", "Jones", "Evans", "Walker", "Wright", "Hughes", "Edwards", "Clarke", "Turner", "Hall"],
    },
];

/// A name's display form and its ASCII romanization (lower case, spaces kept).
pub(crate) fn split(name: &str) -> (&str, String) {
    match name.split_once('|') {
        Some((display, ascii)) => (display, ascii.to_string()),
        None => (name, fold(name)),
    }
}

/// Lower-cases and strips the accents of Latin letters; other characters are dropped.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | ' ' => Some(c),
            'à'..='å' | 'ā' | 'ă' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ẩ' | 'ẫ' | 'ậ' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' => {
                Some('a')
            }
            'ç' => Some('c'),
            'đ' => Some('d'),
            'è'..='ë' | 'ẹ' | 'ẻ' | 'ẽ' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' => Some('e'),
            'ì'..='ï' | 'ỉ' | 'ị' | 'ĩ' => Some('i'),
            'ñ' => Some('n'),
            'ò'..='ö' | 'ø' | 'ơ' | 'ọ' | 'ỏ' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ớ' | 'ờ' | 'ở' | 'ỡ' | 'ợ' => {
                Some('o')
            }
            'ù'..='ü' | 'ư' | 'ụ' | 'ủ' | 'ũ' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' => Some('u'),
            'ý' | 'ÿ' | 'ỳ' | 'ỷ' | 'ỹ' | 'ỵ' => Some('y'),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanizes_names() {
        assert_eq!(fold("Nguyễn Thảo Vy"), "nguyen thao vy");
        assert_eq!(fold("Müller"), "muller");
        assert_eq!(fold("Lefèvre"), "lefevre");
        assert_eq!(split("美咲|misaki"), ("美咲", "misaki".to_string()));
        assert_eq!(PLACES.iter().map(|p| p.creators).sum::<usize>(), 320);
    }
}
