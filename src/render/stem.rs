//! Words as the search index keeps them: folded (lower case, no
//! diacritics) and stemmed with a few Indonesian affix rules, so
//! "pelatihan" and "latih", "mengolah" and "olahan" meet.
//!
//! `themes/default/static/search.js` has the same two functions, line for
//! line; `tests/browser/stems.txt` is the word list both must agree on
//! (checked here and by `tests/browser/stem.test.js` under node).
//! The rules are in docs/SEARCH.md.

/// The shortest stem a rule may leave.
const MIN: usize = 4;

/// Lower case without diacritics, after what `out` holds: "Kraksaan",
/// "kraksaán" -> "kraksaan". Into a buffer, so the search index folds
/// every document into one it keeps.
/// The JavaScript does `toLowerCase().normalize("NFD")` and drops the
/// combining marks; this table covers the Latin letters that decompose so.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.extend(
        text.chars()
            .flat_map(char::to_lowercase)
            .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
            .map(|c| match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
                'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
                'ď' => 'd',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
                'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
                'ĥ' => 'h',
                'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' => 'i',
                'ĵ' => 'j',
                'ķ' => 'k',
                'ĺ' | 'ļ' | 'ľ' => 'l',
                'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ŏ' | 'ő' => 'o',
                'ŕ' | 'ŗ' | 'ř' => 'r',
                'ś' | 'ŝ' | 'ş' | 'š' => 's',
                'ţ' | 'ť' => 't',
                'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
                'ŵ' => 'w',
                'ý' | 'ÿ' | 'ŷ' => 'y',
                'ź' | 'ż' | 'ž' => 'z',
                c => c,
            }),
    );
}

/// [`fold_into`] a new string.
#[cfg(test)]
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    fold_into(text, &mut out);
    out
}

/// The words of `text`, folded: runs of ASCII letters and digits.
/// Anything else separates words (the JavaScript splits on `[^a-z0-9]+`).
#[cfg(test)]
pub fn words(text: &str) -> impl Iterator<Item = String> {
    fold(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter()
}

fn vowel(c: Option<u8>) -> bool {
    matches!(c, Some(b'a' | b'e' | b'i' | b'o' | b'u'))
}

/// One prefix off `w`, with the sound it replaced: `None` when no rule
/// applies or the rest would be shorter than [`MIN`].
fn unprefix(w: &str) -> Option<String> {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied();
    let out = if let Some(rest) = ["di", "ter", "ber", "per"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
    {
        rest.to_string()
    } else if w.starts_with("me") || w.starts_with("pe") {
        let r = &w[2..];
        if let Some(rest) = r.strip_prefix("ng") {
            rest.to_string()
        } else if r.starts_with("ny") && vowel(at(4)) {
            format!("s{}", &r[2..])
        } else if r.starts_with('m') && vowel(at(3)) {
            format!("p{}", &r[1..])
        } else if r.starts_with('m') && matches!(at(3), Some(b'b' | b'p' | b'f')) {
            r[1..].to_string()
        } else if r.starts_with('n') && vowel(at(3)) {
            format!("t{}", &r[1..])
        } else if r.starts_with('n')
            && matches!(at(3), Some(b'c' | b'd' | b'j' | b's' | b't' | b'z'))
        {
            r[1..].to_string()
        } else if matches!(at(2), Some(b'l' | b'm' | b'n' | b'r' | b'w' | b'y')) && vowel(at(3)) {
            r.to_string()
        } else {
            return None;
        }
    } else {
        return None;
    };
    (out.len() >= MIN).then_some(out)
}

/// The stem of a folded word: at most two prefixes off, then `-nya`, then
/// one of `-kan`, `-an`, or `-i` (that one only after a prefix).
pub fn stem(word: &str) -> String {
    if !word.is_ascii() || word.len() < MIN {
        return word.to_string();
    }
    let mut w = word.to_string();
    let mut prefixed = false;
    for _ in 0..2 {
        match unprefix(&w) {
            Some(rest) => {
                w = rest;
                prefixed = true;
            }
            None => break,
        }
    }
    let cut = |w: &str, suffix: &str| {
        w.strip_suffix(suffix)
            .filter(|rest| rest.len() >= MIN)
            .map(str::to_string)
    };
    if let Some(rest) = cut(&w, "nya") {
        w = rest;
    }
    if let Some(rest) = cut(&w, "kan")
        .or_else(|| cut(&w, "an"))
        .or_else(|| if prefixed { cut(&w, "i") } else { None })
    {
        w = rest;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word list the JavaScript stemmer is checked against too.
    const STEMS: &str = include_str!("../../tests/browser/stems.txt");

    #[test]
    fn the_shared_word_list() {
        let mut n = 0;
        for line in STEMS.lines().filter(|l| !l.trim().is_empty()) {
            let (word, expected) = line.split_once('\t').expect("word<TAB>stem");
            assert_eq!(stem(&fold(word)), expected, "{word}");
            n += 1;
        }
        assert!(n > 30);
    }

    #[test]
    fn affixes_meet_their_roots() {
        for (a, b) in [
            ("pelatihan", "latih"),
            ("mengolah", "olahan"),
            ("pengolahan", "olah"),
            ("pemasaran", "pasar"),
            ("menanam", "tanam"),
            ("menyusun", "susun"),
            ("diobati", "obat"),
            ("pertanian", "tani"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn short_words_and_roots_stay() {
        for w in [
            "dinas", "keripik", "batik", "bagi", "makan", "ikan", "kopi", "beras",
        ] {
            assert_eq!(stem(w), w);
        }
    }

    #[test]
    fn folding_and_splitting() {
        assert_eq!(fold("KRAKSAÁN Café"), "kraksaan cafe");
        let w: Vec<String> = words("Bimtek: Keripik-Pisang (2024) é").collect();
        assert_eq!(w, ["bimtek", "keripik", "pisang", "2024", "e"]);
        assert_eq!(stem("数字化"), "数字化");
    }
}
