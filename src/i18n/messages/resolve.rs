//! The content rules: ids, references, dates, numbers, addresses, Markdown (src/resolve/).

messages! {
    // --- warta.yaml (resolve/config.rs) ---
    CONFIG_LANGUAGE_UNKNOWN:
        "`{value}` bukan bahasa yang dikenal warta",
        "`{value}` is not a language warta speaks";
    CONFIG_LANGUAGE_HINT:
        "tulis `language: id` (Indonesia) atau `language: en` (Inggris)",
        "write `language: id` (Indonesian) or `language: en` (English)";
    CONFIG_TIMEZONE_UNKNOWN:
        "`{value}` bukan zona waktu yang dikenal",
        "`{value}` is not a known time zone";
    CONFIG_TIMEZONE_HINT:
        "tulis Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)",
        "write Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)";
    CONFIG_PER_PAGE:
        "{key} harus antara 1 dan 1000 (sekarang {value})",
        "{key} must be between 1 and 1000 (it is {value})";
    CONFIG_PER_PAGE_HINT:
        "tulis angka, misalnya 10",
        "write a number such as 10";
    CONFIG_BASE_URL:
        "`{value}` bukan alamat situs yang dapat dipakai warta",
        "`{value}` is not a base URL warta can use";
    CONFIG_BASE_URL_HINT:
        "tulis alamat lengkap situs, seperti `https://pelatihan.example.go.id/` (boleh dengan subfolder, seperti /sub/)",
        "write the site's full address, like `https://pelatihan.example.go.id/` (a path like /sub/ is fine)";
    CONFIG_CMS_REPO:
        "`{value}` bukan nama repositori",
        "`{value}` is not a repository name";
    CONFIG_CMS_REPO_HINT:
        "tulis pemilik dan nama repositori dipisah garis miring, seperti `repo: dinas-kominfo/situs-pelatihan`",
        "write the owner and the repository's name with a slash between, like `repo: dinas-kominfo/situs-pelatihan`";
    CONFIG_CMS_BRANCH:
        "`{value}` bukan nama cabang (branch) yang dapat dipakai",
        "`{value}` is not a branch name warta can use";
    CONFIG_CMS_BRANCH_HINT:
        "tulis nama cabang tanpa spasi, seperti `branch: main`",
        "write a branch name without spaces, like `branch: main`";
    CONFIG_CMS_ADDRESS:
        "{key} `{value}` bukan alamat http:// atau https:// yang lengkap",
        "{key} `{value}` is not a full http:// or https:// address";
    CONFIG_CMS_ADDRESS_HINT:
        "tulis alamat lengkap, seperti `https://git.example.go.id`",
        "write the full address, like `https://git.example.go.id`";

    // --- words filled into the sentences below (`{what}`) ---
    WORD_ORGANIZATION:
        "lembaga",
        "organization";
    WORD_PROGRAM:
        "program",
        "program";
    WORD_ORGANIZATION_ID:
        "kode lembaga",
        "organization id";
    WORD_ORGANIZATION_FILE_ID:
        "kode lembaga (nama berkas)",
        "organization id (the file name)";
    WORD_PROGRAM_ID:
        "kode program",
        "program id";
    WORD_NEWS_SLUG:
        "slug berita",
        "news slug";
    WORD_PAGE_PATH:
        "alamat halaman",
        "page path";

    // --- ids, references, numbers, addresses (resolve/checks.rs, resolve/mod.rs) ---
    REF_DID_YOU_MEAN:
        "maksud Anda `{near}`?",
        "did you mean `{near}`?";
    REF_UNKNOWN:
        "tidak ada {what} dengan kode `{id}`",
        "there is no {what} with the id `{id}`";
    REF_UNKNOWN_HINT:
        "kode {what} adalah nama berkas di content/{folder}/ tanpa `.yaml`",
        "the {what} ids are the file names in content/{folder}/ without `.yaml`";
    ID_INVALID:
        "{what} `{value}` tidak sah",
        "the {what} `{value}` is not a valid id";
    ID_INVALID_HINT:
        "pakai huruf kecil a-z, angka dan tanda hubung tunggal, misalnya `{suggestion}`",
        "use lower-case letters a-z, digits and single hyphens, for example `{suggestion}`";
    ID_INVALID_HINT_EXAMPLE:
        "pakai huruf kecil a-z, angka dan tanda hubung tunggal, seperti `keripik-pisang-2024`",
        "use lower-case letters a-z, digits and single hyphens, like `keripik-pisang-2024`";
    ID_DUPLICATE:
        "{what} `{id}` dipakai dua kali",
        "the {what} `{id}` is used twice";
    ID_DUPLICATE_HINT:
        "{first} sudah memakainya; setiap {what} harus berbeda",
        "{first} already uses it; each {what} must be unique";
    COUNT_NEGATIVE:
        "isian `{key}` tidak boleh negatif (sekarang {value})",
        "`{key}` must not be negative (it is {value})";
    COUNT_NEGATIVE_HINT:
        "tulis 0 atau bilangan bulat positif",
        "write 0 or a positive whole number";
    AMOUNT_NEGATIVE:
        "isian `{key}` harus berupa angka yang tidak negatif",
        "`{key}` must be a number that is not negative";
    AMOUNT_NEGATIVE_HINT:
        "tulis 0 atau angka positif, misalnya `2` atau `1.5` (pecahan ditulis dengan titik, bukan koma)",
        "write 0 or a positive number, for example `2` or `1.5`";
    URL_REFUSED:
        "`{value}` bukan alamat web yang dapat ditautkan warta",
        "`{value}` is not a web address warta can link to";
    URL_REFUSED_HINT:
        "tulis alamat lengkap yang diawali https:// (atau http://, mailto:, tel:)",
        "write a full address starting with https:// (or http://, mailto:, tel:)";

    // --- dates (resolve/dates.rs) ---
    DATE_NOT_A_DATE:
        "`{value}` bukan tanggal",
        "`{value}` is not a date";
    DATE_NOT_A_DATE_HINT:
        "tulis tanggal sebagai TTTT-BB-HH, misalnya `2024-06-24`, atau tanggal dan jam seperti `2024-06-24T08:00:00+07:00`",
        "write a date as YYYY-MM-DD, for example `2024-06-24`, or a time as `2024-06-24T08:00:00+07:00`";
    DATE_NO_SUCH_MONTH:
        "`{value}` bukan tanggal yang ada: tidak ada bulan ke-{month}",
        "`{value}` is not a real date: there is no month {month}";
    DATE_NO_SUCH_MONTH_HINT:
        "bulan ditulis 01 sampai 12; tulis tanggal sebagai TTTT-BB-HH",
        "months run from 01 to 12; write the date as YYYY-MM-DD";
    DATE_NO_SUCH_DAY:
        "`{value}` bukan tanggal yang ada: {month} hanya sampai tanggal {days}",
        "`{value}` is not a real date: {month} has {days} days";
    DATE_NO_SUCH_DAY_HINT:
        "periksa tanggal dan bulannya; tanggal ditulis TTTT-BB-HH",
        "check the day and the month; dates are written YYYY-MM-DD";
    DATE_TIME_INVALID:
        "`{value}` bukan tanggal dan jam yang benar",
        "`{value}` is not a valid date and time";
    DATE_TIME_INVALID_HINT:
        "tulis jam seperti `2024-06-24T08:00:00+07:00`, atau `2024-06-24T08:00` untuk jam di zona waktu situs",
        "write a time as `2024-06-24T08:00:00+07:00`, or `2024-06-24T08:00` in the site's time zone";

    // --- programs (resolve/program.rs) ---
    PROGRAM_ENDS_BEFORE_START:
        "program berakhir ({end}) sebelum dimulai ({start})",
        "the program ends ({end}) before it starts ({start})";
    PROGRAM_ENDS_BEFORE_START_HINT:
        "`end` adalah hari terakhir program dan tidak boleh lebih awal dari `start`",
        "`end` is the last day of the program and must not precede `start`";
    PROGRAM_NO_ORGANIZER:
        "program harus punya sedikitnya satu penyelenggara",
        "a program needs at least one organizer";
    PROGRAM_NO_ORGANIZER_HINT:
        "tulis kode lembaga penyelenggaranya, misalnya `organizers: [disperindag-jatim]`",
        "write the id of the organizing agency, for example `organizers: [disperindag-jatim]`";
    GEO_LATITUDE:
        "garis lintang (`lat`) harus antara -90 dan 90",
        "latitude must be between -90 and 90";
    GEO_LATITUDE_HINT:
        "wilayah Indonesia kira-kira antara 6 dan -11",
        "Indonesia lies between about 6 and -11";
    GEO_LONGITUDE:
        "garis bujur (`lon`) harus antara -180 dan 180",
        "longitude must be between -180 and 180";
    GEO_LONGITUDE_HINT:
        "wilayah Indonesia kira-kira antara 95 dan 141",
        "Indonesia lies between about 95 and 141";
    ATTENDED_OVER_REGISTERED:
        "yang hadir ({attended}) lebih banyak daripada yang mendaftar ({registered})",
        "more people attended ({attended}) than registered ({registered})";
    ATTENDED_OVER_REGISTERED_HINT:
        "periksa kedua angka; jika ada peserta yang datang tanpa mendaftar, naikkan `registered` sampai sama",
        "check both numbers; if walk-in participants joined, raise `registered` to match";
    REGISTRATION_CLOSES_AFTER_START:
        "pendaftaran ditutup ({closes}) setelah program dimulai ({start})",
        "registration closes ({closes}) after the program starts ({start})";
    REGISTRATION_CLOSES_AFTER_START_HINT:
        "pendaftaran harus ditutup paling lambat pada hari pertama program",
        "registration must close on or before the first day of the program";
    REGISTRATION_OPENS_AFTER_CLOSES:
        "pendaftaran dibuka ({opens}) setelah ditutup ({closes})",
        "registration opens ({opens}) after it closes ({closes})";
    REGISTRATION_OPENS_AFTER_CLOSES_HINT:
        "tukar kedua tanggal, atau perbaiki salah satunya",
        "swap the two dates, or correct one of them";
    SESSION_DAY_OUTSIDE:
        "hari ke-{day} bukan hari program ini",
        "day {day} is not a day of this program";
    SESSION_DAY_HINT:
        "program ini berlangsung {days} hari: tulis hari 1 sampai {days}",
        "the program lasts {days} day(s): write a day from 1 to {days}";
    SESSION_DAY_HINT_FROM_ONE:
        "hari dihitung dari 1, yaitu hari pertama program",
        "days are counted from 1, the first day of the program";
    SESSION_DATE_OUTSIDE:
        "{date} bukan hari program ini",
        "{date} is not a day of this program";
    SESSION_DATE_OUTSIDE_HINT:
        "tanggal sesi harus di antara `start` dan `end` program",
        "a session's date must fall between the program's start and end";
    SESSION_VENUE_UNKNOWN:
        "`{venue}` bukan salah satu tempat program ini",
        "`{venue}` is not one of this program's venues";
    SESSION_VENUE_HINT_NONE:
        "tulis dulu tempat itu di bawah `venues:`",
        "add the place under `venues:` first";
    SESSION_VENUE_HINT_LIST:
        "tulis salah satu tempat program ini: {names}",
        "write one of the program's venues: {names}";

    // --- news items and pages (resolve/news.rs) ---
    NEWS_FILE_NAME_SLUG:
        "nama berkas ini memberi slug `{slug}`, yang tidak dapat dipakai",
        "the file name gives the slug `{slug}`, which is not a valid slug";
    NEWS_FILE_NAME_SLUG_HINT:
        "ganti nama berkas dengan huruf kecil, angka dan tanda hubung, atau tambahkan `slug: {suggestion}` di bagian kepala berita (di antara dua garis `---`)",
        "rename the file to use lower-case letters, digits and hyphens, or add `slug: {suggestion}` to the news item's header (between the two `---` lines)";
    NEWS_SLUG_PAGE:
        "slug `page` sudah dipakai halaman-halaman daftar berita (/news/page/2/)",
        "the slug `page` is taken by the news pages (/news/page/2/)";
    NEWS_SLUG_PAGE_HINT:
        "pilih slug lain untuk berita ini",
        "choose another slug for this news item";
    PAGE_REPLACES_HOME:
        "halaman tidak dapat menggantikan beranda",
        "a page cannot replace the home page";
    PAGE_REPLACES_HOME_HINT:
        "ganti nama berkas ini; beranda dibuat dari program dan berita",
        "rename the file; the home page is made from programs and news";
    PAGE_PATH_PART:
        "alamat halaman `{path}` memuat bagian `{segment}`, yang tidak dapat dipakai",
        "the page path `{path}` has the part `{segment}`, which is not a valid slug";
    PAGE_PATH_PART_HINT:
        "ganti namanya dengan huruf kecil, angka dan tanda hubung, misalnya `{suggestion}`",
        "rename it with lower-case letters, digits and hyphens, for example `{suggestion}`";
    PAGE_PATH_RESERVED:
        "alamat halaman `/{path}/` sudah dipakai halaman buatan warta sendiri",
        "the page path `/{path}/` is taken by warta's own pages";
    PAGE_PATH_RESERVED_HINT:
        "pilih nama berkas lain untuk halaman ini",
        "choose another file name for this page";

    // --- Markdown texts (resolve/markdown_lint.rs, resolve/markdown_budget.rs) ---
    MARKDOWN_TOO_LONG:
        "teks ini lebih panjang dari {mib} MiB; batas itu terlewati di sini",
        "this text is longer than {mib} MiB; it passes that here";
    MARKDOWN_TOO_LONG_HINT:
        "bagi menjadi beberapa halaman; gambar dan dokumen disimpan di folder static/ dan ditautkan dari teks, bukan ditulis di dalamnya",
        "split it into several pages; pictures and documents belong in static/, linked from the text, not written into it";
    MARKDOWN_TOO_MANY_ELEMENTS:
        "teks ini memuat lebih dari {max} unsur Markdown (paragraf, butir daftar, sel tabel, tautan, huruf miring atau tebal); batas itu terlewati di sini",
        "this text has more than {max} Markdown elements (paragraphs, list items, table cells, links, emphasis); this is where it passes that";
    MARKDOWN_TOO_MANY_ELEMENTS_HINT:
        "bagi menjadi beberapa halaman, atau simpan datanya sebagai berkas di folder static/ (lembar kerja atau PDF) lalu tautkan",
        "split it into several pages, or put the data in a file under static/ (a spreadsheet or a PDF) and link to it";
    LINT_ADDRESS_REFUSED:
        "alamat `{url}` bukan halaman situs ini dan bukan alamat web yang dapat ditautkan warta; di halaman, tautan ini tidak ditampilkan",
        "the address `{url}` is neither a page of this site nor a web address warta can link to; the page shows no link here";
    LINT_ADDRESS_REFUSED_HINT:
        "tulis alamat di situs ini, seperti `/programs/<kode>/`, atau alamat lengkap yang diawali https://",
        "write a path of this site, like `/programs/<id>/`, or a full address starting with https://";
    LINT_HEADING_LEVEL_ONE:
        "subjudul tingkat 1 (`#`) di dalam teks: judul halaman sudah menjadi satu-satunya judul tingkat 1",
        "a level-1 heading (`#`) in the body: the title is already the page's level-1 heading";
    LINT_HEADING_LEVEL_ONE_HINT:
        "mulai subjudul di dalam teks dari `##`",
        "start the body's headings at `##`";
    LINT_FIRST_HEADING_TOO_DEEP:
        "subjudul pertama di dalam teks bertingkat {level} (`{marks}`), padahal letaknya langsung di bawah judul halaman, jadi seharusnya tingkat 2 (`##`)",
        "the first heading of the body is level {level} (`{marks}`), but it sits under the page's title, so it should be level 2 (`##`)";
    LINT_HEADING_SKIPS:
        "subjudul melompati tingkat: tingkat {level} (`{marks}`) langsung sesudah tingkat {previous}",
        "a heading skips a level: level {level} (`{marks}`) follows level {previous}";
    LINT_HEADING_HINT:
        "pakai `{marks}` di sini: pembaca yang berpindah dari subjudul ke subjudul (dengan pembaca layar) akan mengira ada bagian yang terlewat",
        "use `{marks}` here: readers who move by headings (with a screen reader) would think they missed a part";
    LINT_IMAGE_NO_ALT:
        "gambar tanpa keterangan (teks alternatif)",
        "an image without a description (alt text)";
    LINT_IMAGE_NO_ALT_HINT:
        "tulis apa yang tampak di gambar di antara tanda kurung siku, untuk pembaca yang tidak dapat melihatnya: `![Peserta menggoreng keripik pisang](/images/praktik.jpg)`",
        "write what the picture shows between the brackets, for readers who cannot see it: `![Peserta menggoreng keripik pisang](/images/praktik.jpg)`";
    LINT_LINK_NO_ADDRESS:
        "tautan tanpa alamat",
        "a link without an address";
    LINT_LINK_NO_ADDRESS_HINT:
        "tulis alamatnya di antara tanda kurung, `[teks](https://...)`, atau hapus tanda kurung sikunya",
        "put the address between the parentheses, `[teks](https://...)`, or remove the brackets";
    LINT_LINK_NO_TEXT:
        "tautan tanpa teks",
        "a link without text";
    LINT_LINK_NO_TEXT_HINT:
        "tulis kata yang diklik pembaca di antara tanda kurung siku: `[Formulir pendaftaran](https://...)`",
        "write the words a reader clicks between the brackets: `[Formulir pendaftaran](https://...)`";

    // --- photos (issue 17) (resolve/pictures.rs) ---
    PHOTO_REMOTE:
        "`{src}` adalah alamat web: warta hanya memakai foto yang ada di folder situs",
        "`{src}` is a web address: warta only uses photos that are in the site folder";
    PHOTO_REMOTE_HINT:
        "unduh fotonya dan taruh di samping berkas ini, lalu tulis namanya saja: `src: {name}` (warta perlu berkasnya untuk mengecilkan foto dan membuang data lokasinya)",
        "download the photo and put it beside this file, then write just its name: `src: {name}` (warta needs the file to make it smaller and remove its location data)";
    PHOTO_PATH_REFUSED:
        "`{src}` bukan berkas foto di dalam folder situs",
        "`{src}` is not a photo file inside the site folder";
    PHOTO_PATH_REFUSED_HINT:
        "tulis nama berkas di samping berkas ini (`pembukaan.jpg`) atau di dalam static/ (`/images/pembukaan.jpg`), tanpa `..`",
        "write the name of a file beside this one (`pembukaan.jpg`) or inside static/ (`/images/pembukaan.jpg`), without `..`";
    PHOTO_HEIC:
        "`{src}` berformat HEIC (foto iPhone), yang belum dapat dibaca warta",
        "`{src}` is a HEIC photo (an iPhone's format), which warta cannot read yet";
    PHOTO_HEIC_HINT:
        "simpan ulang fotonya sebagai JPEG (di iPhone: Pengaturan > Kamera > Format > Paling Kompatibel, atau ekspor dari aplikasi Foto), lalu tulis nama berkas .jpg-nya",
        "save the photo again as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible, or export it from Photos), then write the .jpg file's name";
    PHOTO_KIND:
        "`{src}` bukan foto JPEG, PNG atau WebP",
        "`{src}` is not a JPEG, PNG or WebP photo";
    PHOTO_KIND_HINT:
        "simpan fotonya sebagai .jpg, .png atau .webp",
        "save the photo as .jpg, .png or .webp";
    PHOTO_NOT_FOUND:
        "foto `{src}` tidak ada: tidak ada berkas `{path}`",
        "the photo `{src}` does not exist: there is no file `{path}`";
    PHOTO_NOT_FOUND_NEAR:
        "maksud Anda `{near}`? (nama berkas di folder yang sama)",
        "did you mean `{near}`? (a file name in the same folder)";
    PHOTO_NOT_FOUND_HINT:
        "taruh fotonya di `{path}`, atau periksa ejaan nama berkasnya (huruf besar dan kecil dibedakan)",
        "put the photo at `{path}`, or check the spelling of its name (capital letters count)";
    PHOTO_NO_ALT:
        "foto `{src}` tanpa keterangan foto (alt)",
        "the photo `{src}` has no description (alt)";
    PHOTO_NO_ALT_HINT:
        "tambahkan baris `alt:` di bawah `src:` yang menyebut apa yang tampak di foto, untuk pembaca yang tidak dapat melihatnya: `alt: Peserta menggoreng keripik pisang`",
        "add an `alt:` line under `src:` saying what the photo shows, for readers who cannot see it: `alt: Peserta menggoreng keripik pisang`";
}
