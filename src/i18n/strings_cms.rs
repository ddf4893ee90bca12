//! Labels and hints of the browser CMS's forms (`cms::config`), one row per
//! field of the content model: `Type.field`, as the field's struct is named
//! in the schemas (`ProgramRecord.title`, `Venue.name`, `Image.src`), and
//! `Type.value` for the choices of a select. The rows of one type are in the
//! order the form shows its fields. Meanings follow docs/CONTENT.md's
//! field tables; the words follow the editors' glossary (kode, penyelenggara,
//! narasumber, ...). A test in `cms::config` checks every field has a row.

use super::Language;

/// (key, Indonesian label, English label, Indonesian hint, English hint);
/// an empty hint is none.
pub type CmsRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
pub const CMS_FIELDS: &[CmsRow] = &[
    // Collections: (name, plural, singular in English; the Indonesian is the same word).
    ("collection.programs", "Program", "Programs", "Program pelatihan: jadwal, kurikulum, hasil.", "Training programs: schedule, curriculum, outcomes."),
    ("collection.news", "Berita", "News", "Berita kegiatan. Alamatnya dibuat dari judul.", "News of the programs. The address is made from the title."),
    ("collection.organizations", "Lembaga", "Organizations", "Dinas, perguruan tinggi, perusahaan, komunitas. Kode lembaga adalah nama berkasnya.", "Offices, universities, firms, communities. The organization id is the file name."),
    ("collection.pages", "Halaman", "Pages", "Halaman tetap: tentang, kontak, tanya jawab.", "Standalone pages: about, contact, FAQ."),
    ("body.news", "Isi berita", "Text", "", ""),
    ("body.pages", "Isi halaman", "Text", "", ""),
    ("list.item", "Isian", "Item", "", ""),
    ("admin.title", "Kelola isi situs", "Edit the site", "", ""),

    ("ProgramRecord.title", "Judul", "Title", "", ""),
    ("ProgramRecord.summary", "Ringkasan", "Summary", "Satu atau dua kalimat untuk kartu, hasil pencarian dan tautan yang dibagikan.", "One or two sentences for cards, search results and shared links."),
    ("ProgramRecord.description", "Uraian", "Description", "Cerita program, tampil di halamannya.", "The program's story, shown on its page."),
    ("ProgramRecord.start", "Tanggal mulai", "Start date", "Hari pertama program.", "The program's first day."),
    ("ProgramRecord.end", "Tanggal selesai", "End date", "Hari terakhir, tidak boleh sebelum tanggal mulai. Kosongkan bila hanya satu hari.", "The last day, not before the start. Leave empty for one day."),
    ("ProgramRecord.status", "Status", "Status", "Isi hanya bila program dibatalkan atau ditunda; selain itu status mengikuti tanggal.", "Only to cancel or postpone; otherwise the status follows from the dates."),
    ("ProgramRecord.organizers", "Penyelenggara", "Organizers", "Pilih paling sedikit satu lembaga.", "Choose at least one organization."),
    ("ProgramRecord.partners", "Mitra", "Partners", "Lembaga lain yang ikut serta.", "Other organizations that took part."),
    ("ProgramRecord.sector", "Sektor", "Sector", "Bidang program, misalnya Pangan olahan.", "The program's field, for example Pangan olahan."),
    ("ProgramRecord.tags", "Topik", "Topics", "", ""),
    ("ProgramRecord.region", "Wilayah", "Region", "Tempat program berlangsung.", "Where the program takes place."),
    ("ProgramRecord.venues", "Tempat", "Venues", "", ""),
    ("ProgramRecord.target_group", "Sasaran", "Target group", "Untuk siapa pelatihan ini.", "Who the training is for."),
    ("ProgramRecord.participants", "Peserta", "Participants", "", ""),
    ("ProgramRecord.registration", "Pendaftaran", "Registration", "", ""),
    ("ProgramRecord.curriculum", "Kurikulum", "Curriculum", "Sesi-sesi pelatihan.", "The sessions of the training."),
    ("ProgramRecord.officials", "Pejabat", "Officials", "Pejabat yang membuka atau memimpin program.", "Officials who opened or led the program."),
    ("ProgramRecord.outcomes", "Hasil", "Outcomes", "Hasil program setelah selesai.", "What the program achieved."),
    ("ProgramRecord.funding", "Pendanaan", "Funding", "", ""),
    ("ProgramRecord.image", "Foto", "Photo", "Foto program: di halamannya dan saat halamannya dibagikan.", "The program's photo: on its page and when it is shared."),
    ("ProgramRecord.gallery", "Galeri foto", "Gallery", "", ""),
    ("ProgramRecord.id", "Kode program", "Program id", "Biasanya kosongkan: kodenya nama berkas. Huruf kecil, angka dan tanda hubung.", "Usually leave empty: the id is the file name. Lower-case letters, digits and hyphens."),
    ("ProgramRecord.draft", "Draf", "Draft", "Draf tidak tampil di situs.", "A draft is not on the site."),
    ("StatusOverride.cancelled", "Dibatalkan", "Cancelled", "", ""),
    ("StatusOverride.postponed", "Ditunda", "Postponed", "", ""),

    ("Region.province", "Provinsi", "Province", "Misalnya Jawa Timur.", "For example Jawa Timur."),
    ("Region.regency", "Kabupaten/kota", "Regency or city", "Misalnya Kabupaten Probolinggo.", "For example Kabupaten Probolinggo."),
    ("Region.district", "Kecamatan", "District", "", ""),

    ("Venue.name", "Nama tempat", "Name", "Sesi kurikulum menyebut tempat dengan nama ini.", "A curriculum session names the venue by it."),
    ("Venue.address", "Alamat", "Address", "Tulis kecamatannya sebagai Kecamatan <nama>.", "Write the district as Kecamatan <name>."),
    ("Venue.role", "Kegunaan", "Role", "", ""),
    ("Venue.geo", "Titik peta", "Map position", "", ""),
    ("VenueRole.theory", "Teori", "Theory", "", ""),
    ("VenueRole.practice", "Praktik", "Practice", "", ""),
    ("VenueRole.other", "Lainnya", "Other", "", ""),
    ("Geo.lat", "Lintang", "Latitude", "Antara -90 dan 90, misalnya -7.7601.", "From -90 to 90, for example -7.7601."),
    ("Geo.lon", "Bujur", "Longitude", "Antara -180 dan 180, misalnya 113.4110.", "From -180 to 180, for example 113.4110."),

    ("Participants.quota", "Kuota", "Quota", "Jumlah tempat yang tersedia.", "Places offered."),
    ("Participants.registered", "Terdaftar", "Registered", "", ""),
    ("Participants.attended", "Hadir", "Attended", "", ""),
    ("Participants.origin", "Asal peserta", "Origin", "", ""),

    ("Registration.opens", "Pendaftaran dibuka", "Opens", "", ""),
    ("Registration.closes", "Pendaftaran ditutup", "Closes", "Tidak boleh setelah tanggal mulai.", "Not after the start date."),
    ("Registration.url", "Alamat formulir pendaftaran", "Registration form", "Dimulai dengan https://, mailto: atau tel:", "Starting with https://, mailto: or tel:"),
    ("Registration.contact", "Kontak", "Contact", "", ""),
    ("Registration.requirements", "Persyaratan", "Requirements", "Satu persyaratan per baris, misalnya KTP.", "One requirement per line, for example an ID card."),
    ("Registration.fee", "Biaya (rupiah)", "Fee (rupiah)", "0 berarti gratis.", "0 means free."),
    ("Contact.name", "Nama", "Name", "", ""),
    ("Contact.phone", "Telepon", "Phone", "", ""),
    ("Contact.email", "Surel", "Email", "", ""),

    ("Session.title", "Judul sesi", "Title", "", ""),
    ("Session.day", "Hari ke-", "Day", "Hari ke berapa dalam program, mulai dari 1.", "The day of the program, from 1."),
    ("Session.date", "Tanggal", "Date", "Sebagai ganti hari ke-: tanggal sesi.", "Instead of the day: the session's date."),
    ("Session.hours", "Lama (jam)", "Hours", "Misalnya 2 atau 1.5.", "For example 2 or 1.5."),
    ("Session.kind", "Jenis", "Kind", "", ""),
    ("Session.instructor", "Narasumber", "Instructor", "Nama orang, atau kode lembaga (maka ditautkan ke halamannya).", "A name, or an organization id (then linked to its page)."),
    ("Session.venue", "Tempat", "Venue", "Nama salah satu tempat program.", "The name of one of the program's venues."),
    ("SessionKind.theory", "Teori", "Theory", "", ""),
    ("SessionKind.practice", "Praktik", "Practice", "", ""),
    ("SessionKind.field-visit", "Kunjungan lapangan", "Field visit", "", ""),
    ("SessionKind.evaluation", "Evaluasi", "Evaluation", "", ""),

    ("Official.name", "Nama", "Name", "", ""),
    ("Official.position", "Jabatan", "Position", "", ""),
    ("Official.organization", "Lembaga", "Organization", "", ""),

    ("Outcomes.graduates", "Lulusan", "Graduates", "Peserta yang menyelesaikan pelatihan.", "Participants who finished."),
    ("Outcomes.businesses_started", "Usaha baru", "Businesses started", "", ""),
    ("Outcomes.jobs_created", "Lapangan kerja baru", "Jobs created", "", ""),
    ("Outcomes.indicators", "Indikator", "Indicators", "Target dibanding capaian.", "Targets against results."),
    ("Outcomes.follow_up", "Tindak lanjut", "Follow-up", "", ""),
    ("Outcomes.reported_on", "Tanggal laporan", "Reported on", "", ""),
    ("Indicator.name", "Nama indikator", "Name", "", ""),
    ("Indicator.target", "Target", "Target", "", ""),
    ("Indicator.actual", "Capaian", "Actual", "", ""),
    ("Indicator.unit", "Satuan", "Unit", "Misalnya orang, usaha.", "For example orang, usaha."),

    ("Funding.source", "Sumber dana", "Source", "Misalnya APBD Provinsi Jawa Timur.", "For example APBD Provinsi Jawa Timur."),
    ("Funding.amount", "Jumlah (rupiah)", "Amount (rupiah)", "", ""),

    ("Image.src", "Berkas foto", "Photo file", "Foto disimpan di samping berkas ini.", "The photo is kept beside this file."),
    ("Image.alt", "Keterangan isi foto", "Description", "Wajib sebelum terbit: apa yang tampak di foto, bagi pembaca yang tidak dapat melihatnya.", "Required to publish: what the photo shows, for readers who cannot see it."),
    ("Image.caption", "Keterangan di bawah foto", "Caption", "", ""),
    ("Image.credit", "Sumber foto", "Credit", "Siapa yang memotret, ditampilkan sebagai Foto: ...", "Who took it, shown as Foto: ..."),

    ("NewsRecord.title", "Judul", "Title", "", ""),
    ("NewsRecord.date", "Tanggal dan jam terbit", "Date and time", "Berita tampil di situs mulai saat ini.", "The news is on the site from this moment."),
    ("NewsRecord.summary", "Ringkasan", "Summary", "Untuk daftar berita, hasil pencarian dan tautan yang dibagikan.", "For lists, search results and shared links."),
    ("NewsRecord.location", "Lokasi", "Location", "Tempat kejadian.", "Where it happened."),
    ("NewsRecord.author", "Penulis", "Author", "Misalnya Humas DKUPP.", "For example Humas DKUPP."),
    ("NewsRecord.author_kind", "Jenis penulis", "Author kind", "Biasanya kosongkan: warta menebaknya dari nama penulis.", "Usually leave empty: warta guesses it from the author's name."),
    ("NewsRecord.programs", "Program terkait", "Programs", "", ""),
    ("NewsRecord.organizations", "Lembaga terkait", "Organizations", "", ""),
    ("NewsRecord.tags", "Topik", "Topics", "", ""),
    ("NewsRecord.image", "Foto", "Photo", "", ""),
    ("NewsRecord.gallery", "Galeri foto", "Gallery", "", ""),
    ("NewsRecord.source", "Sumber berita", "Source", "Bila berita ini pertama kali terbit di tempat lain.", "When the item first appeared elsewhere."),
    ("NewsRecord.slug", "Alamat berita", "Slug", "Biasanya kosongkan: alamatnya dibuat dari nama berkas.", "Usually leave empty: the address comes from the file name."),
    ("NewsRecord.draft", "Draf", "Draft", "Draf tidak tampil di situs.", "A draft is not on the site."),
    ("AuthorKind.person", "Orang", "Person", "", ""),
    ("AuthorKind.organization", "Lembaga", "Organization", "", ""),
    ("SourceRef.name", "Nama media", "Name", "", ""),
    ("SourceRef.url", "Alamat berita asli", "Address", "", ""),

    ("OrganizationRecord.name", "Nama lengkap", "Name", "", ""),
    ("OrganizationRecord.short_name", "Nama singkat", "Short name", "Untuk kartu dan daftar, misalnya Disperindag Jatim.", "For cards and lists, for example Disperindag Jatim."),
    ("OrganizationRecord.kind", "Jenis", "Kind", "", ""),
    ("OrganizationRecord.url", "Situs web", "Website", "", ""),
    ("OrganizationRecord.region", "Wilayah", "Region", "", ""),
    ("OrganizationRecord.logo", "Logo", "Logo", "", ""),
    ("OrganizationKind.government", "Pemerintah", "Government", "", ""),
    ("OrganizationKind.university", "Perguruan tinggi", "University", "", ""),
    ("OrganizationKind.company", "Perusahaan", "Company", "", ""),
    ("OrganizationKind.community", "Komunitas", "Community", "", ""),
    ("OrganizationKind.other", "Lainnya", "Other", "", ""),

    ("PageRecord.title", "Judul", "Title", "", ""),
    ("PageRecord.summary", "Ringkasan", "Summary", "Untuk mesin pencari dan tautan yang dibagikan.", "For search engines and shared links."),
    ("PageRecord.image", "Foto", "Photo", "", ""),
    ("PageRecord.draft", "Draf", "Draft", "Draf tidak tampil di situs.", "A draft is not on the site."),
];

/// The label and hint (`None` when it has none) of `key` in `language`.
pub fn cms_text(key: &str, language: Language) -> Option<(&'static str, Option<&'static str>)> {
    let row = CMS_FIELDS.iter().find(|row| row.0 == key)?;
    let (label, hint) = match language {
        Language::Id => (row.1, row.3),
        Language::En => (row.2, row.4),
    };
    Some((label, (!hint.is_empty()).then_some(hint)))
}

/// Where `key` stands among the rows: the order of a form's fields.
pub fn cms_order(key: &str) -> usize {
    CMS_FIELDS
        .iter()
        .position(|row| row.0 == key)
        .unwrap_or(usize::MAX)
}
