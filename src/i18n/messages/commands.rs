//! What the commands say: the closing summary, the command line, `new`,
//! `init`, `schema`, `serve`, `build --watch` and the preview's overlay.

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

    // --- `warta --help` and `warta COMMAND --help` (cli/help.rs); the
    // English sentences are the derive's doc comments in cli/ ---
    ABOUT_WARTA:
        "Membangun situs web statis program pelatihan dari berita Markdown dan data program YAML.",
        "Builds a static website of public training programs from Markdown news and YAML program records.";
    ABOUT_BUILD:
        "Bangun situs ke folder hasil (public/ bila tidak disebut).",
        "Build the site into the output folder (public/ by default).";
    ABOUT_SERVE:
        "Bangun, tampilkan pratinjau di http://127.0.0.1:1111/ dan bangun ulang setiap kali berkas disimpan; halaman yang terbuka memuat ulang sendiri.",
        "Build, serve on http://127.0.0.1:1111/ and rebuild on every save; open pages reload by themselves.";
    ABOUT_CHECK:
        "Periksa semua yang diperiksa saat membangun (termasuk tautan dan gambar); tidak menulis apa pun.",
        "Check everything a build checks (internal links and images included); write nothing.";
    ABOUT_NEW:
        "Tulis berkas program, berita, halaman atau lembaga baru, setiap isian dengan keterangannya.",
        "Write a new program, news item, page or organization, every key with a comment.";
    ABOUT_INIT:
        "Buat situs baru berisi contoh setiap jenis berkas.",
        "Make a new site with an example of each kind of file.";
    ABOUT_SCHEMA:
        "Tulis JSON Schema berkas isi situs, untuk isian otomatis di penyunting teks.",
        "Write JSON Schemas of the content files, for autocomplete in editors.";
    HELP_LANG:
        "Bahasa pesan warta: id (Indonesia) atau en (Inggris). Bila tidak disebut: WARTA_LANG, lalu `language` situs, lalu Inggris di luar situs.",
        "The language of warta's messages: id (Indonesian) or en (English). Default: the WARTA_LANG environment variable, else the site's `language`, else English outside a site.";
    HELP_ROOT:
        "Folder situs (berisi warta.yaml dan content/); bila tidak disebut, folder ini.",
        "The site's folder (with warta.yaml and content/).";
    HELP_DRAFTS:
        "Sertakan draf (`draft: true`).",
        "Include items marked `draft: true`.";
    HELP_FUTURE:
        "Sertakan berita bertanggal di masa depan.",
        "Include news dated in the future.";
    HELP_BUILD_OUTPUT:
        "Folder tujuan situs; diganti seluruhnya bila berhasil. Bila tidak disebut: public/ di folder situs.",
        "Where to write the site; replaced whole on success. Default: public/ in the site's folder.";
    HELP_BASE_URL:
        "Pakai alamat dasar ini, bukan `base_url` di warta.yaml.",
        "Use this base URL instead of warta.yaml's `base_url`.";
    HELP_STRICT:
        "Anggap peringatan (misalnya gambar tanpa keterangan) sebagai kesalahan: tampilkan semuanya dan jangan tulis apa pun.",
        "Treat warnings (such as an image without a description) as errors: print them all and write nothing.";
    HELP_WATCH:
        "Tetap berjalan dan bangun ulang setiap kali berkas disimpan (bagi yang memakai server web sendiri). Hentikan dengan Ctrl-C.",
        "Keep running and rebuild on every save (for editors who use their own web server). Stop with Ctrl-C.";
    HELP_PORT:
        "Port pratinjau (bila tidak disebut: 1111); 0 memilih port yang kosong.",
        "The port to listen on; 0 picks a free one.";
    HELP_BIND:
        "Alamat pratinjau (bila tidak disebut: 127.0.0.1). Selain 127.0.0.1 (atau ::1), pratinjau dapat dibuka dari komputer lain.",
        "The address to listen on. Anything but 127.0.0.1 (or ::1) makes the preview reachable from other machines.";
    HELP_ALLOW_HOST:
        "Layani juga nama host ini (boleh berulang). Alamat IP dan localhost selalu dilayani; nama lain ditolak, agar tidak ada halaman web yang menjangkau pratinjau lewat namanya sendiri.",
        "Also answer requests for this host name (repeatable). IP addresses and localhost always work; other names are refused, so that no web page can reach the preview through a name of its own (DNS rebinding).";
    HELP_OPEN:
        "Buka pratinjau di peramban.",
        "Open the preview in the default browser.";
    HELP_NEW_KIND:
        "Jenis berkas yang ditulis: program, news (berita), page (halaman) atau organization (lembaga).",
        "What to write.";
    HELP_NEW_TITLE:
        "Judulnya (nama, untuk lembaga); nama berkas, jadi juga kode atau alamatnya, dibuat dari judul ini.",
        "The title (an organization's name); the file name, and so the id or address, is made from it.";
    HELP_INIT_DIR:
        "Folder situs baru; belum ada atau masih kosong.",
        "The folder for the new site; must not exist or be empty.";
    HELP_SCHEMA_OUTPUT:
        "Folder tujuan skema. Bila tidak disebut: schemas/ di folder situs.",
        "Where to write the schemas. Default: schemas/ in the site's folder.";
    HELP_HELP_FLAG: "Tampilkan bantuan ini", "Print help";
    HELP_VERSION_FLAG: "Tampilkan versi warta", "Print version";
    HELP_TEMPLATE_TOP:
        "{about-with-newline}\nPemakaian: {usage}\n\nPerintah:\n{subcommands}\n\nPilihan:\n{options}\n",
        "{about-with-newline}\nUsage: {usage}\n\nCommands:\n{subcommands}\n\nOptions:\n{options}\n";
    HELP_TEMPLATE:
        "{about-with-newline}\nPemakaian: {usage}\n\nPilihan:\n{options}\n",
        "{about-with-newline}\nUsage: {usage}\n\nOptions:\n{options}\n";
    HELP_TEMPLATE_WITH_ARGUMENTS:
        "{about-with-newline}\nPemakaian: {usage}\n\nArgumen:\n{positionals}\n\nPilihan:\n{options}\n",
        "{about-with-newline}\nUsage: {usage}\n\nArguments:\n{positionals}\n\nOptions:\n{options}\n";

    // --- mistakes on the command line (cli/help.rs) ---
    CLI_UNKNOWN_OPTION:
        "pilihan `{arg}` tidak dikenal",
        "unknown option `{arg}`";
    CLI_UNKNOWN_COMMAND:
        "perintah `{arg}` tidak dikenal",
        "unknown command `{arg}`";
    CLI_BAD_VALUE:
        "`{value}` tidak dapat dipakai untuk {arg}",
        "`{value}` cannot be used for {arg}";
    CLI_MISSING:
        "{arg} belum ditulis",
        "{arg} is missing";
    CLI_NO_COMMAND:
        "tulis perintahnya, misalnya `warta serve` atau `warta build`",
        "write a command, such as `warta serve` or `warta build`";
    CLI_DID_YOU_MEAN:
        "maksud Anda `{near}`? `warta --help` menampilkan semua perintah dan pilihan",
        "did you mean `{near}`? `warta --help` shows every command and option";
    CLI_SEE_HELP:
        "`warta --help` menampilkan semua perintah, dan `warta PERINTAH --help` pilihannya",
        "`warta --help` shows every command, and `warta COMMAND --help` its options";

    // --- drafts and future news (issue 16: drafts in the preview) ---
    LEFT_OUT_DRAFTS:
        "{drafts} draf tidak diterbitkan (--drafts untuk menyertakannya)",
        "{drafts} draft(s) not published (--drafts to include them)";
    LEFT_OUT_FUTURE:
        "{future} berita terjadwal tidak diterbitkan (--future untuk menyertakannya)",
        "{future} scheduled news item(s) not published (--future to include them)";
    LEFT_OUT_BOTH:
        "{drafts} draf dan {future} berita terjadwal tidak diterbitkan (--drafts, --future untuk menyertakannya)",
        "{drafts} draft(s) and {future} scheduled news item(s) not published (--drafts, --future to include them)";

    // --- the preview's warnings banner (issue 16) ---
    WARNINGS_BANNER_TITLE:
        "warta: {warnings} peringatan di berkas situs (halaman tetap dibangun; sebaiknya diperbaiki)",
        "warta: {warnings} warning(s) in the sources (the pages are built; best fixed)";
    WARNINGS_BANNER_CLOSE: "Tutup", "Close";

    // --- the scaffold's example sentences left in (issue 16) ---
    PLACEHOLDER_LEFT:
        "kalimat contoh dari `warta new` masih ada: \"{text}\"; halaman akan terbit dengan kalimat itu",
        "the example sentence from `warta new` is still here: \"{text}\"; the page would be published with it";
    PLACEHOLDER_LEFT_HINT:
        "ganti kalimat itu dengan isi yang sebenarnya; bila isinya belum siap, tulis `draft: true` agar halaman ini belum terbit",
        "replace the sentence with the real text; if the text is not ready yet, write `draft: true` so that the page is not published";
}
