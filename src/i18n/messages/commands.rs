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
