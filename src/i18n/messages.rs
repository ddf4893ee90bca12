//! What warta says to an editor about their files, in both languages.
//!
//! Every message is one row of a table ([`crate::messages!`] below makes a
//! constant of each): a name, the Indonesian sentence and the English one,
//! with `{name}` where a value is filled in. Code names a row with
//! [`crate::msg!`], so a misspelt name is a build error; a test checks that
//! both sentences of every row fill in the same values. A message is made in
//! both languages where the problem is found ([`Text`]) and printed in the
//! editor's language, which is known only later (the site's `language`, or
//! `--lang`).

use std::borrow::Cow;

use super::Language;

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Message {
    pub name: &'static str,
    pub id: &'static str,
    pub en: &'static str,
}

/// A sentence for an editor in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    id: Box<str>,
    /// `None`: the same as `id` (a text that needs no translation, or one
    /// not yet in the table). Boxed strings keep a diagnostic small.
    en: Option<Box<str>>,
}

impl Text {
    /// The sentence in `language`.
    pub fn get(&self, language: Language) -> &str {
        match (language, &self.en) {
            (Language::En, Some(en)) => en,
            _ => &self.id,
        }
    }

    /// The English sentence: for tests and logs, never for an editor.
    pub fn en(&self) -> &str {
        self.get(Language::En)
    }

    /// Whether either language's sentence contains `part`.
    pub fn contains(&self, part: &str) -> bool {
        self.id.contains(part) || self.en.as_deref().is_some_and(|en| en.contains(part))
    }

    /// `message` with its `{name}`s filled in from `args`, in both languages.
    pub fn format(message: &Message, args: &[(&str, &dyn Arg)]) -> Text {
        Text {
            id: fill(message.id, args, Language::Id).into(),
            en: Some(fill(message.en, args, Language::En).into()),
        }
    }
}

/// A text that reads the same in both languages (a path, a value the editor
/// wrote, a parser's words that have no row yet).
impl From<String> for Text {
    fn from(id: String) -> Text {
        Text {
            id: id.into(),
            en: None,
        }
    }
}

impl From<&str> for Text {
    fn from(id: &str) -> Text {
        Text::from(id.to_string())
    }
}

/// A value filled into a message, said in the message's language.
pub trait Arg {
    fn say(&self, language: Language) -> Cow<'_, str>;
}

impl Arg for str {
    fn say(&self, _: Language) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl Arg for String {
    fn say(&self, _: Language) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl Arg for Text {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Borrowed(self.get(language))
    }
}

/// A row with nothing to fill in, used as a value in another (`{what}`).
impl Arg for Message {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Borrowed(match language {
            Language::Id => self.id,
            Language::En => self.en,
        })
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn say(&self, language: Language) -> Cow<'_, str> {
        (**self).say(language)
    }
}

macro_rules! numbers_are_args {
    ($($t:ty),*) => {$(
        /// Written as digits only: these are line numbers, years, ids and
        /// small counts, where `1.250` would mislead.
        impl Arg for $t {
            fn say(&self, _: Language) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}
numbers_are_args!(u8, u16, u32, u64, usize, i32, i64);

/// `template` with each `{name}` replaced by its value in `language`; a
/// name with no value stays as written (a test catches that).
fn fill(template: &str, args: &[(&str, &dyn Arg)], language: Language) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = args.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match named {
            Some((value, close)) => {
                out.push_str(&value.say(language));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}`s of a sentence, sorted.
pub fn placeholders(sentence: &str) -> Vec<&str> {
    let mut names: Vec<&str> = sentence
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !name.is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A [`Text`] from a row of [`crate::i18n::messages`] and its values:
/// `msg!(UNKNOWN_KEY, key = field)`.
#[macro_export]
macro_rules! msg {
    ($name:ident $(, $arg:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::format(
            &$crate::i18n::messages::$name,
            &[$((stringify!($arg), &$value as &dyn $crate::i18n::Arg)),*],
        )
    };
}

/// Makes a constant of each row, and [`ALL`] of them for the tests.
macro_rules! messages {
    ($($name:ident: $id:literal, $en:literal;)*) => {
        $(pub const $name: Message = Message { name: stringify!($name), id: $id, en: $en };)*
        /// Every row, in the order written.
        pub const ALL: &[Message] = &[$($name),*];
    };
}

// The rows. Indonesian first; plain words in both languages: "key" is
// "isian", a list is "daftar", text is "teks"; no "scalar", "mapping" or
// "front matter" (see docs/PANDUAN.md for the words editors know).
messages! {
    // --- severity words and the places around a message ---
    SEVERITY_ERROR: "kesalahan", "error";
    SEVERITY_WARNING: "peringatan", "warning";
    SEVERITY_HELP: "saran", "help";

    // --- the command line ---
    LANG_UNKNOWN:
        "WARTA_LANG=`{code}` bukan bahasa yang dikenal warta; tulis id (Indonesia) atau en (Inggris)",
        "WARTA_LANG=`{code}` is not a language warta speaks; write id (Indonesian) or en (English)";
    SITE_FOLDER_MISSING:
        "folder situs {folder} tidak ada; jalankan warta di folder situs, atau tulis --root FOLDER",
        "the site folder {folder} does not exist; run warta in the site's folder, or give --root FOLDER";
    SOURCE_DATE_EPOCH_UNREADABLE:
        "SOURCE_DATE_EPOCH harus berupa jumlah detik sejak 1970, bukan `{value}`",
        "SOURCE_DATE_EPOCH must be a number of seconds since 1970, not `{value}`";

    // --- warta new, init, schema ---
    NEW_TITLE_WITHOUT_LETTERS:
        "judul `{title}` tidak memuat huruf atau angka untuk dijadikan nama berkas",
        "the title `{title}` has no letters or digits to make a file name from";
    NEW_FILE_EXISTS:
        "{file} sudah ada; warta tidak menimpanya (pilih judul lain, atau sunting berkas itu)",
        "{file} already exists; warta does not overwrite it (choose another title, or edit that file)";
    CANNOT_MAKE_FOLDER:
        "folder {folder} tidak dapat dibuat: {error}",
        "cannot create {folder}: {error}";
    CANNOT_WRITE_FILE:
        "{file} tidak dapat ditulis: {error}",
        "cannot write {file}: {error}";
    INIT_FOLDER_NOT_EMPTY:
        "{folder} tidak kosong; warta init membuat situs baru di folder baru atau kosong",
        "{folder} is not empty; warta init makes a new site in a new or empty folder";
    INIT_DONE:
        "Situs baru ada di {folder}. Berikutnya: cd {folder} && warta serve",
        "A new site is in {folder}. Next: cd {folder} && warta serve";
    CANNOT_WRITE_SCHEMAS:
        "skema tidak dapat ditulis ke {folder}: {error}",
        "cannot write the schemas to {folder}: {error}";

    // --- warta serve and build --watch ---
    SERVING:
        "Pratinjau di {url} (Ctrl-C untuk berhenti)",
        "Serving {url} (Ctrl-C to stop)";
    WATCHING:
        "Mengawasi perubahan di {folder} (Ctrl-C untuk berhenti)",
        "Watching {folder} for changes (Ctrl-C to stop)";
    STOPPED: "berhenti", "stopped";
    NO_BROWSER:
        "peramban tidak dapat dibuka; buka {url} sendiri",
        "could not open a browser; open {url} yourself";
    SERVER_CANNOT_START:
        "server tidak dapat dijalankan: {error}",
        "cannot start the server: {error}";
    SERVER_STOPPED:
        "server berhenti: {error}",
        "the server stopped: {error}";
    CANNOT_LISTEN:
        "tidak dapat memakai alamat {address}: {error}",
        "cannot listen on {address}: {error}";
    CANNOT_LISTEN_HINT:
        "mungkin program lain memakai port ini; coba `--port {next}`, atau `--port 0` untuk port mana saja yang kosong",
        "another program may use this port; try `--port {next}`, or `--port 0` for any free port";
    SERVING_BEYOND_LOOPBACK:
        "pratinjau di {address} (termasuk draf) dapat dibuka dari komputer lain; buka di sana dengan alamat IP komputer ini, atau izinkan namanya dengan `--allow-host NAMA`",
        "serving on {address} makes the preview (drafts included) reachable from other machines; open it there by this machine's IP address, or allow its name with `--allow-host NAME`";
    CANNOT_WATCH:
        "tidak dapat mengawasi {folder}: {error}",
        "cannot watch {folder}: {error}";

    // --- the overlay over the preview while the sources have errors ---
    OVERLAY_TITLE:
        "warta: {errors} kesalahan di berkas situs",
        "warta: {errors} error(s) in the sources";
    OVERLAY_EXPLAIN:
        "Halaman di bawah ini dari pembangunan terakhir yang berhasil. Perbaiki berkasnya lalu simpan: halaman ini memuat ulang sendiri.",
        "The page below is from the last good build. Fix the file and save: this page reloads by itself.";
    OVERLAY_PAGE_TITLE: "warta: ada kesalahan", "warta: errors";

    // --- the output folder (write::Target) ---
    OUTPUT_UNFINDABLE:
        "tidak dapat menemukan letak folder hasil {output}: {error}",
        "cannot find where the output folder {output} is: {error}";
    OUTPUT_CONTAINS_SITE:
        "folder hasil {output} berisi situs itu sendiri; pilih --output lain, misalnya public/",
        "the output folder {output} contains the site itself; choose another --output, such as public/";
    OUTPUT_IN_SOURCES:
        "folder hasil {output} berada di dalam folder {folder}/ situs; pilih --output lain, misalnya public/",
        "the output folder {output} is inside the site's {folder}/ folder; choose another --output, such as public/";
    OUTPUT_NOT_A_FOLDER:
        "{output} sudah ada dan bukan folder; hapus atau pilih --output lain",
        "the output {output} exists and is not a folder; remove it or choose another --output";
    OUTPUT_NOT_WARTAS:
        "folder hasil {output} berisi berkas yang bukan buatan warta, jadi warta tidak akan menggantinya; kosongkan atau hapus folder itu, atau pilih --output lain",
        "the output folder {output} has files in it and was not made by warta, so warta will not replace it; empty or remove it, or choose another --output";
    CANNOT_WRITE_SITE:
        "tidak dapat menulis situs ke {output}: {error}",
        "cannot write the site to {output}: {error}";

    // --- the line that closes a command's output (diagnostics::print) ---
    SUMMARY_BUILT:
        "Selesai: {pages} halaman dalam {seconds} detik",
        "Built {pages} pages in {seconds} s";
    SUMMARY_BUILT_UNCHANGED:
        "Selesai: {pages} halaman dalam {seconds} detik; tidak ada yang berubah, tidak ada berkas yang ditulis",
        "Built {pages} pages in {seconds} s; nothing changed, no file was written";
    SUMMARY_BUILD_FAILED:
        "kesalahan: ditemukan {errors} kesalahan; tidak ada yang ditulis, {output} tetap utuh",
        "error: the build found {errors} error(s); nothing was written, {output} is unchanged";
    SUMMARY_BUILD_FAILED_WITH_WARNINGS:
        "kesalahan: ditemukan {errors} kesalahan dan {warnings} peringatan; tidak ada yang ditulis, {output} tetap utuh",
        "error: the build found {errors} error(s) and {warnings} warning(s); nothing was written, {output} is unchanged";
    SUMMARY_CHECK_CLEAN:
        "beres: tidak ada masalah",
        "ok: no problems found";
    SUMMARY_CHECK_WARNED:
        "kesalahan: ditemukan {warnings} peringatan",
        "error: {warnings} warning(s) found";
    SUMMARY_CHECK_FAILED:
        "kesalahan: ditemukan {errors} masalah",
        "error: {errors} problem(s) found";
    SUMMARY_REBUILT:
        "{pages} halaman ({reused} tidak berubah) dalam {ms} md",
        "{pages} pages ({reused} unchanged) in {ms} ms";
    SUMMARY_REBUILD_FAILED:
        "kesalahan: {errors} kesalahan; pratinjau menampilkannya sampai diperbaiki",
        "error: {errors} error(s); the preview shows them until they are fixed";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sentences_of_every_row_fill_in_the_same_values() {
        for m in ALL {
            assert_eq!(placeholders(m.id), placeholders(m.en), "{}", m.name);
        }
    }

    #[test]
    fn no_row_uses_the_parsers_words() {
        const JARGON: &[&str] = &[
            "scalar",
            "mapping",
            "front matter",
            "deserializ",
            "sequence",
        ];
        for m in ALL {
            for word in JARGON {
                assert!(
                    !m.id.to_lowercase().contains(word) && !m.en.to_lowercase().contains(word),
                    "{}: `{word}`",
                    m.name
                );
            }
        }
    }

    #[test]
    fn values_are_filled_in_each_language() {
        const M: Message = Message {
            name: "TEST",
            id: "isian `{key}` tidak dikenal di baris {line}",
            en: "unknown key `{key}` on line {line}",
        };
        let t = Text::format(&M, &[("key", &"strat"), ("line", &3u32)]);
        assert_eq!(
            t.get(Language::Id),
            "isian `strat` tidak dikenal di baris 3"
        );
        assert_eq!(t.en(), "unknown key `strat` on line 3");
        // A value that is itself a row is said in the sentence's language.
        let inner = Text::format(&SEVERITY_ERROR, &[]);
        let t = Text::format(&M, &[("key", &inner), ("line", &"{x}")]);
        assert_eq!(
            t.get(Language::Id),
            "isian `kesalahan` tidak dikenal di baris {x}"
        );
        assert_eq!(t.en(), "unknown key `error` on line {x}");
    }
}
