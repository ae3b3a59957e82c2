//! News agencies and outlets known by their names and abbreviations in Arabic and Latin
//! script, so that `(شينخوا)`, `(Xinhua)` and a JSON `"source": "XINHUA"` are one outlet,
//! shown by one name, and found by `outlet:xinhua` or `outlet:شينخوا`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// An outlet saywho knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownOutlet {
    /// The name shown (Latin script), the same for articles in any language.
    pub name: &'static str,
    /// The name Arabic articles use, for citing them in Arabic.
    pub arabic: &'static str,
    /// Other names and abbreviations, in either script.
    pub aliases: &'static [&'static str],
}

/// Agencies of the region and the wires they quote, first.
pub const KNOWN_OUTLETS: &[KnownOutlet] = &[
    KnownOutlet {
        name: "Xinhua",
        arabic: "شينخوا",
        aliases: &["Xinhua News Agency", "وكالة شينخوا", "وكالة أنباء شينخوا", "شينخوا نت"],
    },
    KnownOutlet { name: "Reuters", arabic: "رويترز", aliases: &["Thomson Reuters", "وكالة رويترز"] },
    KnownOutlet {
        name: "AP",
        arabic: "أسوشيتد برس",
        aliases: &[
            "Associated Press",
            "The Associated Press",
            "أ ب",
            "اسوشيتدبرس",
            "أسوشيتيد برس",
            "وكالة أسوشيتد برس",
        ],
    },
    KnownOutlet {
        name: "AFP",
        arabic: "فرانس برس",
        aliases: &["Agence France-Presse", "Agence France Presse", "France Presse", "أ ف ب", "وكالة فرانس برس"],
    },
    KnownOutlet {
        name: "SPA",
        arabic: "واس",
        aliases: &["Saudi Press Agency", "وكالة الأنباء السعودية", "وكالة الانباء السعودية"],
    },
    KnownOutlet {
        name: "WAM", arabic: "وام", aliases: &["Emirates News Agency", "وكالة أنباء الإمارات"]
    },
    KnownOutlet {
        name: "QNA", arabic: "قنا", aliases: &["Qatar News Agency", "وكالة الأنباء القطرية"]
    },
    KnownOutlet {
        name: "Anadolu",
        arabic: "الأناضول",
        aliases: &["Anadolu Agency", "Anadolu Ajansı", "AA", "وكالة الأناضول", "الأناضول للأنباء"],
    },
    KnownOutlet {
        name: "Petra",
        arabic: "بترا",
        aliases: &["Jordan News Agency", "وكالة الأنباء الأردنية", "وكالة الأنباء الأردنية بترا"],
    },
    KnownOutlet {
        name: "KUNA", arabic: "كونا", aliases: &["Kuwait News Agency", "وكالة الأنباء الكويتية"]
    },
    KnownOutlet {
        name: "MENA",
        arabic: "أ ش أ",
        aliases: &["Middle East News Agency", "وكالة أنباء الشرق الأوسط", "وكالة أنباء الشرق الاوسط"],
    },
    KnownOutlet {
        name: "SANA",
        arabic: "سانا",
        aliases: &["Syrian Arab News Agency", "الوكالة العربية السورية للأنباء"],
    },
    KnownOutlet {
        name: "BNA", arabic: "بنا", aliases: &["Bahrain News Agency", "وكالة أنباء البحرين"]
    },
    KnownOutlet {
        name: "ONA", arabic: "العمانية", aliases: &["Oman News Agency", "وكالة الأنباء العمانية"]
    },
    KnownOutlet {
        name: "WAFA", arabic: "وفا", aliases: &["وكالة الأنباء والمعلومات الفلسطينية"]
    },
    KnownOutlet {
        name: "APS", arabic: "واج", aliases: &["Algérie Presse Service", "وكالة الأنباء الجزائرية"]
    },
    KnownOutlet {
        name: "MAP", arabic: "و م ع", aliases: &["Maghreb Arabe Presse", "وكالة المغرب العربي للأنباء"]
    },
    KnownOutlet {
        name: "TAP", arabic: "وات", aliases: &["Tunis Afrique Presse", "وكالة تونس أفريقيا للأنباء"]
    },
    KnownOutlet {
        name: "INA", arabic: "واع", aliases: &["Iraqi News Agency", "وكالة الأنباء العراقية"]
    },
    KnownOutlet {
        name: "SUNA", arabic: "سونا", aliases: &["Sudan News Agency", "وكالة السودان للأنباء"]
    },
    KnownOutlet {
        name: "NNA", arabic: "الوكالة الوطنية للإعلام", aliases: &["National News Agency"]
    },
    KnownOutlet { name: "IRNA", arabic: "إرنا", aliases: &["Islamic Republic News Agency"] },
    KnownOutlet { name: "TASS", arabic: "تاس", aliases: &["ITAR-TASS"] },
    KnownOutlet { name: "RIA Novosti", arabic: "ريا نوفوستي", aliases: &["RIA"] },
    KnownOutlet { name: "Sputnik", arabic: "سبوتنيك", aliases: &[] },
    KnownOutlet {
        name: "dpa", arabic: "د ب أ", aliases: &["Deutsche Presse-Agentur", "الوكالة الألمانية"]
    },
    KnownOutlet { name: "EFE", arabic: "إفي", aliases: &[] },
    KnownOutlet { name: "Kyodo", arabic: "كيودو", aliases: &["Kyodo News"] },
    KnownOutlet { name: "Yonhap", arabic: "يونهاب", aliases: &[] },
    KnownOutlet { name: "Bernama", arabic: "برناما", aliases: &[] },
    KnownOutlet { name: "UPI", arabic: "يو بي آي", aliases: &["United Press International"] },
    KnownOutlet { name: "Bloomberg", arabic: "بلومبرغ", aliases: &["بلومبيرغ"] },
];

/// A name folded for looking it up: letters folded (`أ`→`ا`, Latin lower case, accents
/// dropped) and every run of other characters one space, so that `أ.ف.ب` is `ا ف ب` and
/// `Agence France-Presse` is `agence france presse`.
pub fn outlet_key(name: &str) -> String {
    let folded = crate::text::fold(name);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn table() -> &'static HashMap<String, usize> {
    static TABLE: OnceLock<HashMap<String, usize>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        for (i, o) in KNOWN_OUTLETS.iter().enumerate() {
            for n in [o.name, o.arabic].iter().chain(o.aliases) {
                t.entry(outlet_key(n)).or_insert(i);
                // an abbreviation written with no spaces (`أفب`) or dots between letters
                let joined: String = outlet_key(n).split(' ').collect();
                if n.split_whitespace().count() >= 3 && n.split_whitespace().all(|w| w.chars().count() == 1) {
                    t.entry(joined).or_insert(i);
                }
            }
        }
        t
    })
}

/// The known outlet a name stands for (`رويترز`, `REUTERS`, `أ.ف.ب`, `Agence France-Presse`).
pub fn known_outlet(name: &str) -> Option<&'static KnownOutlet> {
    table().get(&outlet_key(name)).map(|&i| &KNOWN_OUTLETS[i])
}

/// The name to show for an outlet named `name`: a known outlet's name, else the name as
/// given (on one line, trimmed); `None` when nothing is left of it.
pub fn outlet_display(name: &str) -> Option<String> {
    if let Some(o) = known_outlet(name) {
        return Some(o.name.to_string());
    }
    let clean = crate::sanitize::one_line(name.trim());
    (!clean.is_empty()).then_some(clean)
}

/// An outlet's name in the language of the article cited: the Arabic name of a known
/// outlet for an Arabic article, else the name as it is.
pub fn outlet_in(outlet: &str, lang: super::Lang) -> &str {
    match (lang, known_outlet(outlet)) {
        (super::Lang::Arabic, Some(o)) => o.arabic,
        _ => outlet,
    }
}

/// The folded names an `outlet:` filter is matched against: the outlet's own, and for a known
/// outlet every name it goes by. Computed once per article.
pub fn outlet_search_keys(outlet: &str) -> Vec<String> {
    let mut keys = vec![outlet_key(outlet)];
    if let Some(o) = known_outlet(outlet) {
        for n in [o.name, o.arabic].iter().chain(o.aliases) {
            let k = outlet_key(n);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

/// Whether an `outlet:` filter's word (`xinhua`, `شينخوا`, `france presse`) names the
/// outlet (`super::OutletFilter`, for one-off use).
pub fn outlet_matches(outlet: &str, query: &str) -> bool {
    super::OutletFilter::new(query).is_some_and(|f| f.matches(Some(outlet)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_in_arabic_and_latin_are_one_outlet() {
        for (given, name) in [
            ("شينخوا", "Xinhua"),
            ("XINHUA", "Xinhua"),
            ("Xinhua News Agency", "Xinhua"),
            ("رويترز", "Reuters"),
            ("أ ف ب", "AFP"),
            ("أ.ف.ب", "AFP"),
            ("ا ف ب", "AFP"),
            ("Agence France-Presse", "AFP"),
            ("واس", "SPA"),
            ("وام", "WAM"),
            ("قنا", "QNA"),
            ("الأناضول", "Anadolu"),
            ("الاناضول", "Anadolu"),
            ("بترا", "Petra"),
            ("The Associated Press", "AP"),
            ("AP", "AP"),
        ] {
            assert_eq!(known_outlet(given).map(|o| o.name), Some(name), "{given}");
            assert_eq!(outlet_display(given).as_deref(), Some(name), "{given}");
        }
        assert_eq!(known_outlet("Saywho Wire"), None);
        assert_eq!(outlet_display("  Saywho Wire ").as_deref(), Some("Saywho Wire"));
        assert_eq!(outlet_display("Daily\u{1b}[31m News").as_deref(), Some("Daily News"));
        assert_eq!(outlet_display(" \t"), None);
    }

    #[test]
    fn an_outlet_filter_finds_an_outlet_by_any_of_its_names() {
        assert!(outlet_matches("Xinhua", "xinhua"));
        assert!(outlet_matches("Xinhua", "شينخوا"));
        assert!(outlet_matches("Xinhua", "XIN"));
        assert!(outlet_matches("AFP", "فرانس"));
        assert!(outlet_matches("Saywho Wire", "wire"));
        assert!(!outlet_matches("Reuters", "xinhua"));
        assert!(!outlet_matches("Reuters", ""));
        assert_eq!(outlet_in("Xinhua", crate::provenance::Lang::Arabic), "شينخوا");
        assert_eq!(outlet_in("Xinhua", crate::provenance::Lang::English), "Xinhua");
    }
}
