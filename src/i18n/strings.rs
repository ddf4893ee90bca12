//! Every interface string of the default theme, in each language.
//!
//! One table, one row per key, one column per language: a missing
//! translation is visible at a glance and caught by a test. Templates reach
//! these as `t.key`; themes may use any key here. No key is looked up
//! unchecked: Rust names one with [`crate::ui!`] (a build error if it is not
//! here), the default theme's are checked by a test in `load::theme`, and
//! Tera refuses to print a key that is not here.

use std::collections::BTreeMap;

use super::Language;

/// One row: (key, Indonesian, English).
pub type Row = (&'static str, &'static str, &'static str);

/// Every table of rows, by topic: the general one here, the others
/// beside it. A key is unique across all of them (a test checks).
pub const TABLES: &[&[Row]] = &[STRINGS, super::strings_subscribe::SUBSCRIBE];

/// The general interface strings.
const STRINGS: &[Row] = &[
    ("skip_to_content", "Langsung ke isi", "Skip to content"),
    ("menu", "Menu utama", "Main menu"),
    ("home", "Beranda", "Home"),
    ("programs", "Program", "Programs"),
    ("all_programs", "Semua program", "All programs"),
    ("news", "Berita", "News"),
    ("all_news", "Semua berita", "All news"),
    ("organizations", "Lembaga", "Organizations"),
    ("organization", "Lembaga", "Organization"),
    ("regions", "Wilayah", "Regions"),
    ("region", "Wilayah", "Region"),
    ("sectors", "Sektor", "Sectors"),
    ("sector", "Sektor", "Sector"),
    ("tags", "Topik", "Topics"),
    ("outcomes", "Hasil", "Outcomes"),
    ("outcomes_title", "Hasil pelatihan", "Training outcomes"),
    ("status_upcoming", "Akan datang", "Upcoming"),
    ("status_ongoing", "Sedang berlangsung", "Ongoing"),
    ("status_completed", "Selesai", "Completed"),
    ("status_cancelled", "Dibatalkan", "Cancelled"),
    ("status_postponed", "Ditunda", "Postponed"),
    ("group_upcoming", "Akan datang", "Upcoming"),
    ("group_ongoing", "Sedang berlangsung", "Happening now"),
    ("group_completed", "Sudah selesai", "Completed"),
    (
        "group_cancelled",
        "Dibatalkan atau ditunda",
        "Cancelled or postponed",
    ),
    (
        "current_programs",
        "Pelatihan yang sedang dan akan berlangsung",
        "Current and upcoming trainings",
    ),
    (
        "no_current_programs",
        "Belum ada pelatihan yang dijadwalkan.",
        "No trainings are scheduled yet.",
    ),
    ("latest_news", "Berita terbaru", "Latest news"),
    ("no_news", "Belum ada berita.", "No news yet."),
    ("no_programs", "Belum ada program.", "No programs yet."),
    ("when", "Waktu", "When"),
    ("where", "Tempat", "Where"),
    ("duration", "Lama", "Duration"),
    ("status", "Status", "Status"),
    ("organizers", "Penyelenggara", "Organizers"),
    ("partners", "Mitra", "Partners"),
    ("target_group", "Sasaran peserta", "Who it is for"),
    ("participants", "Peserta", "Participants"),
    ("quota", "Kuota", "Places"),
    ("registered", "Terdaftar", "Registered"),
    ("attended", "Hadir", "Attended"),
    ("origin", "Asal peserta", "Participants from"),
    ("venues", "Lokasi", "Venues"),
    ("venue", "Lokasi", "Venue"),
    ("address", "Alamat", "Address"),
    ("role_theory", "Teori", "Theory"),
    ("role_practice", "Praktik", "Practice"),
    ("role_other", "Lainnya", "Other"),
    ("view_on_map", "Lihat di peta", "View on map"),
    ("registration", "Pendaftaran", "Registration"),
    (
        "registration_opens",
        "Pendaftaran dibuka",
        "Registration opens",
    ),
    (
        "registration_closes",
        "Pendaftaran ditutup",
        "Registration closes",
    ),
    (
        "registration_open_until",
        "Pendaftaran dibuka sampai",
        "Registration open until",
    ),
    (
        "registration_not_yet_open",
        "Pendaftaran dibuka mulai",
        "Registration opens on",
    ),
    (
        "registration_closed",
        "Pendaftaran ditutup",
        "Registration closed",
    ),
    ("registration_full", "Kuota penuh", "Fully booked"),
    ("register", "Daftar sekarang", "Register now"),
    ("requirements", "Persyaratan", "Requirements"),
    ("fee", "Biaya", "Fee"),
    ("free", "Gratis", "Free"),
    ("contact", "Kontak", "Contact"),
    ("phone", "Telepon", "Phone"),
    ("email", "Surel", "Email"),
    (
        "curriculum",
        "Kurikulum dan jadwal",
        "Curriculum and schedule",
    ),
    ("day", "Hari ke-", "Day "),
    ("unscheduled", "Jadwal menyusul", "To be scheduled"),
    ("hours", "jam", "hours"),
    ("instructor", "Pemateri", "Instructor"),
    ("kind_theory", "Teori", "Theory"),
    ("kind_practice", "Praktik", "Practice"),
    ("kind_field_visit", "Kunjungan lapangan", "Field visit"),
    ("kind_evaluation", "Evaluasi", "Evaluation"),
    ("officials", "Pejabat yang terlibat", "Officials"),
    ("graduates", "Lulusan", "Graduates"),
    ("businesses_started", "Usaha baru", "Businesses started"),
    ("jobs_created", "Lapangan kerja", "Jobs created"),
    ("people_trained", "Warga dilatih", "People trained"),
    ("not_reported", "belum dilaporkan", "not yet reported"),
    // "2 dari 3 program melapor": how many programs a total counts.
    ("reported_of", "dari", "of"),
    ("programs_reported", "program melapor", "programs reported"),
    ("programs_held", "Program terlaksana", "Programs held"),
    ("indicators", "Indikator", "Indicators"),
    ("indicator", "Indikator", "Indicator"),
    ("target", "Target", "Target"),
    ("actual", "Capaian", "Actual"),
    ("follow_up", "Tindak lanjut", "Follow-up"),
    ("reported_on", "Dilaporkan pada", "Reported on"),
    ("funding", "Sumber dana", "Funding"),
    ("amount", "Anggaran", "Budget"),
    ("related_news", "Berita terkait", "Related news"),
    ("related_programs", "Program terkait", "Related programs"),
    ("by_year", "Menurut tahun", "By year"),
    ("by_regency", "Menurut kabupaten/kota", "By regency"),
    ("by_sector", "Menurut sektor", "By sector"),
    ("year", "Tahun", "Year"),
    ("total", "Jumlah", "Total"),
    (
        "outcomes_note",
        "Angka dihitung dari program yang sudah selesai.",
        "Figures count completed programs only.",
    ),
    (
        "see_outcomes",
        "Lihat hasil pelatihan",
        "See training outcomes",
    ),
    ("author", "Penulis", "Author"),
    ("source", "Sumber", "Source"),
    ("published", "Diterbitkan", "Published"),
    ("read_more", "Selengkapnya", "Read more"),
    ("page", "Halaman", "Page"),
    ("previous", "Sebelumnya", "Previous"),
    ("next", "Berikutnya", "Next"),
    ("pagination", "Navigasi halaman", "Pagination"),
    ("website", "Situs web", "Website"),
    ("kind", "Jenis", "Kind"),
    ("org_government", "Instansi pemerintah", "Government agency"),
    ("org_university", "Perguruan tinggi", "University"),
    ("org_company", "Perusahaan", "Company"),
    ("org_community", "Komunitas", "Community"),
    ("org_other", "Lainnya", "Other"),
    ("program_one", "program", "program"),
    ("program_many", "program", "programs"),
    ("news_one", "berita", "news item"),
    ("news_many", "berita", "news items"),
    ("published_by", "Dikelola oleh", "Published by"),
    ("footer_pages", "Tentang situs", "About this site"),
    ("of", "dari", "of"),
    ("districts", "Kecamatan", "Districts"),
    ("built_on", "Status per", "Status as of"),
    (
        "not_found_title",
        "Halaman tidak ditemukan",
        "Page not found",
    ),
    (
        "not_found_text",
        "Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan.",
        "Sorry, the page you are looking for does not exist or has moved.",
    ),
    ("back_home", "Kembali ke beranda", "Back to the home page"),
    ("add_to_calendar", "Simpan ke kalender", "Add to calendar"),
    ("share", "Bagikan", "Share"),
    ("share_whatsapp", "Kirim lewat WhatsApp", "Send by WhatsApp"),
    ("share_email", "Kirim lewat surel", "Send by email"),
    ("page_address", "Alamat halaman ini", "Address of this page"),
    ("copy_link", "Salin alamat", "Copy address"),
    ("link_copied", "Alamat disalin", "Address copied"),
    ("qr_code", "Kode QR", "QR code"),
    ("qr_register", "Pindai untuk mendaftar", "Scan to register"),
    (
        "qr_page",
        "Pindai untuk membuka halaman ini",
        "Scan to open this page",
    ),
    (
        "chart_by_year",
        "Warga dilatih dan lulusan menurut tahun",
        "People trained and graduates by year",
    ),
    (
        "chart_by_regency",
        "Warga dilatih dan lulusan menurut kabupaten/kota",
        "People trained and graduates by regency",
    ),
    (
        "chart_by_sector",
        "Warga dilatih dan lulusan menurut sektor",
        "People trained and graduates by sector",
    ),
    ("footer_made_with", "Dibuat dengan warta", "Made with warta"),
    // Records not public yet, shown only in a preview (serve, build --drafts).
    ("draft_mark", "Draf", "Draft"),
    ("scheduled_mark", "Terjadwal", "Scheduled"),
    (
        "draft_banner",
        "Halaman ini belum diterbitkan: hanya pratinjau yang menampilkannya. Untuk menerbitkannya, ubah baris draft: true menjadi draft: false.",
        "This page is not published: only the preview shows it. To publish it, change the line draft: true to draft: false.",
    ),
    (
        "scheduled_banner",
        "Berita ini bertanggal di masa depan: hanya pratinjau yang menampilkannya sekarang; situs menerbitkannya pada pembangunan pertama sejak tanggalnya.",
        "This news item is dated in the future: only the preview shows it now; the site publishes it with the first build on or after its date.",
    ),
    ("search", "Cari", "Search"),
    // Descriptions of the index pages, for search engines and shared links.
    (
        "home_description",
        "Jadwal, kurikulum, cara mendaftar dan hasil program pelatihan.",
        "Dates, curricula, registration and outcomes of training programs.",
    ),
    (
        "programs_description",
        "Semua program pelatihan: yang akan datang, yang sedang berlangsung dan yang sudah selesai, dengan jadwal, tempat dan cara mendaftar.",
        "Every training program: upcoming, ongoing and completed, with dates, places and how to register.",
    ),
    (
        "outcomes_description",
        "Hasil pelatihan: peserta, lulusan, usaha baru dan lapangan kerja, menurut tahun, wilayah dan sektor.",
        "Training outcomes: participants, graduates, new businesses and jobs, by year, region and sector.",
    ),
    (
        "search_description",
        "Cari program pelatihan dan berita di situs ini.",
        "Search the training programs and news of this site.",
    ),
    (
        "news_description",
        "Berita kegiatan pelatihan, terbaru lebih dulu.",
        "News of the trainings, newest first.",
    ),
    (
        "organizations_description",
        "Lembaga yang menyelenggarakan dan mendukung pelatihan, dengan program dan beritanya.",
        "The organizations that run and support the trainings, with their programs and news.",
    ),
    (
        "programs_and_news_of",
        "Program dan berita",
        "Programs and news of",
    ),
    (
        "programs_and_news_by",
        "Program dan berita menurut",
        "Programs and news by",
    ),
    (
        "search_title",
        "Cari program dan berita",
        "Search programs and news",
    ),
    ("search_label", "Kata yang dicari", "Words to find"),
    ("search_button", "Cari", "Search"),
    (
        "search_noscript",
        "Pencarian ini memerlukan JavaScript. Tanpa JavaScript, telusuri daftar program atau berita:",
        "This search needs JavaScript. Without it, browse the programs or the news:",
    ),
    (
        "search_offline",
        "Pencarian berjalan di peramban Anda dan tetap bekerja tanpa internet setelah halaman dimuat.",
        "The search runs in your browser and keeps working offline once the page has loaded.",
    ),
    ("search_results", "hasil", "results"),
    ("search_none", "Tidak ada yang cocok.", "Nothing matches."),
    ("search_more", "Tampilkan lebih banyak", "Show more"),
    (
        "search_error",
        "Indeks pencarian tidak dapat dimuat.",
        "The search index could not be loaded.",
    ),
    ("kind_program", "Program", "Program"),
    ("kind_news", "Berita", "News"),
    ("filter", "Saring", "Filter"),
    ("filter_status", "Status", "Status"),
    // Photos (issue 17): "Foto: Humas DKUPP" under a picture.
    ("photo_credit", "Foto:", "Photo:"),
    ("gallery", "Galeri foto", "Photo gallery"),
];

/// An interface string, by its table and row in [`TABLES`]. Made only by
/// [`crate::ui!`], which finds the key while compiling: a misspelt key in
/// Rust is a build error, never a page with an empty label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiKey(usize, usize);

impl UiKey {
    /// The row of `key`; evaluated in a `const` by [`crate::ui!`], where the
    /// panic for an unknown key is a compile error at the macro's call.
    #[doc(hidden)]
    pub const fn checked(key: &str) -> UiKey {
        let mut table = 0;
        while table < TABLES.len() {
            let rows = TABLES[table];
            let mut row = 0;
            while row < rows.len() {
                if same(rows[row].0.as_bytes(), key.as_bytes()) {
                    return UiKey(table, row);
                }
                row += 1;
            }
            table += 1;
        }
        panic!("no such key in src/i18n/strings*.rs (TABLES)");
    }

    /// The key as templates write it (`t.<key>`).
    pub fn key(self) -> &'static str {
        TABLES[self.0][self.1].0
    }

    /// The string in `lang`.
    pub fn text(self, lang: Language) -> &'static str {
        let (_, id, en) = TABLES[self.0][self.1];
        lang.pick((id, en))
    }
}

/// `a == b` for byte strings, usable in a `const fn`.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The interface string `key` as a [`UiKey`], checked while compiling:
/// `ui!("free")`.
#[macro_export]
macro_rules! ui {
    ($key:literal) => {{
        const KEY: $crate::i18n::UiKey = $crate::i18n::UiKey::checked($key);
        KEY
    }};
}

/// The strings of one language, by key.
pub fn ui_strings(lang: Language) -> BTreeMap<&'static str, &'static str> {
    TABLES
        .iter()
        .flat_map(|rows| rows.iter())
        .map(|(k, id, en)| (*k, if lang == Language::En { *en } else { *id }))
        .collect()
}
