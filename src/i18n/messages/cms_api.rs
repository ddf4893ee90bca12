//! What the CMS's local backend (`warta serve`'s `/admin/api/v1`) says to an
//! editor in the browser: shown by the CMS as it is.

messages! {
    // --- paths ---
    CMS_PATH_MALFORMED:
        "`{path}` bukan jalur berkas situs yang biasa: tanpa `..`, `\\`, `:`, `/` di awal, nama kosong, atau nama yang diawali `.` atau `_`",
        "`{path}` is not a plain path of a site file: no `..`, `\\`, `:`, leading `/`, empty names, or names starting with `.` or `_`";
    CMS_PATH_OUTSIDE:
        "`{path}` berada di luar content/ dan static/; penyunting hanya menulis isi situs dan fotonya",
        "`{path}` is outside content/ and static/; the editor writes only the site's content and photos";
    CMS_PATH_LINK_OUT:
        "`{path}` mengarah ke luar folder situs lewat tautan (symlink); warta tidak menulis ke sana",
        "`{path}` leads out of the site's folder through a link (symlink); warta does not write there";
    CMS_RECORD_OUTSIDE_CONTENT:
        "`{path}`: berita, program, lembaga dan halaman disimpan di content/ saja",
        "`{path}`: news, programs, organizations and pages are saved in content/ only";
    // --- files ---
    CMS_NOT_A_PHOTO:
        "`{path}` bukan foto yang dapat diterbitkan warta; unggah berkas JPEG, PNG atau WebP",
        "`{path}` is not a photo warta can publish; upload a JPEG, PNG or WebP file";
    CMS_PHOTO_NOT_BASE64:
        "isi foto `{path}` tidak terbaca (bukan base64); coba unggah lagi",
        "the contents of the photo `{path}` cannot be read (not base64); try uploading it again";
    CMS_FILE_TOO_BIG:
        "`{path}` lebih besar dari {mib} MiB; perkecil fotonya dulu",
        "`{path}` is larger than {mib} MiB; make the photo smaller first";
    CMS_FILE_MISSING:
        "berkas `{path}` tidak ada",
        "there is no file `{path}`";
    CMS_CANNOT_READ:
        "`{path}` tidak dapat dibaca: {error}",
        "cannot read `{path}`: {error}";
    CMS_CANNOT_WRITE:
        "`{path}` tidak dapat ditulis: {error}",
        "cannot write `{path}`: {error}";
    // --- saving ---
    CMS_SAVE_REFUSED:
        "warta tidak menyimpan: dengan perubahan ini situs memiliki {errors} kesalahan. Perbaiki isian yang disebut di bawah, lalu simpan lagi.",
        "warta did not save: with this change the site has {errors} error(s). Fix the fields named below, then save again.";
    CMS_PHOTO_STILL_NAMED:
        "foto {photo} masih dipakai di sini; warta tidak menghapusnya",
        "the photo {photo} is still used here; warta did not delete it";
    CMS_PHOTO_STILL_NAMED_HINT:
        "hapus atau ganti foto ini di berita atau program ini dulu, lalu hapus fotonya",
        "remove or replace the photo in this news item or program first, then delete the photo";
    // --- requests ---
    CMS_UNKNOWN_ACTION:
        "warta tidak mengenal permintaan `{action}` dari CMS (versi CMS lain?)",
        "warta does not know the CMS's request `{action}` (another version of the CMS?)";
    CMS_BAD_PARAMS:
        "permintaan CMS tidak lengkap: {detail}",
        "the CMS's request is incomplete: {detail}";
    CMS_BAD_REQUEST:
        "permintaan CMS tidak terbaca: {detail}",
        "the CMS's request cannot be read: {detail}";
    CMS_NOT_JSON:
        "permintaan ke /admin/api/v1 harus berupa JSON (Content-Type: application/json)",
        "a request to /admin/api/v1 must be JSON (Content-Type: application/json)";
    CMS_OTHER_ORIGIN:
        "ditolak: permintaan ini datang dari halaman lain ({origin}), bukan dari /admin/ pratinjau ini",
        "refused: this request comes from another page ({origin}), not from this preview's /admin/";
    CMS_NOT_THIS_COMPUTER:
        "ditolak: hanya komputer yang menjalankan `warta serve` yang boleh menyimpan lewat penyunting; dari perangkat lain pratinjau hanya dapat dilihat",
        "refused: only the computer running `warta serve` may save through the editor; other devices can only look at the preview";
    CMS_FAILED:
        "warta gagal menjawab permintaan CMS; lihat terminal",
        "warta failed to answer the CMS's request; see the terminal";
}
