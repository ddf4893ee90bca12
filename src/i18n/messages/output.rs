//! Rendering and writing: templates, clashes with static files, links `warta check` follows (src/render/, src/write/, src/links.rs).

messages! {
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

    // --- links, images and anchors that lead nowhere (links/) ---
    LINK_ABOVE_ROOT:
        "tautan `{dest}` mengarah ke luar situs, di atas folder utamanya",
        "the link `{dest}` leads above the site's root";
    LINK_ABOVE_ROOT_HINT:
        "hapus `../` yang berlebih",
        "remove the extra `../`";
    LINK_NO_PAGE:
        "tautan `{dest}` mengarah ke halaman yang tidak ada di situs ini",
        "the link `{dest}` leads to a page this site does not have";
    LINK_NO_PAGE_AT:
        "tautan `{dest}` mengarah ke `{target}`, yang tidak ada di situs ini",
        "the link `{dest}` leads to `{target}`, which this site does not have";
    IMAGE_NOT_FOUND:
        "gambar `{image}` tidak ada di situs ini",
        "the image `{image}` is not in this site";
    DID_YOU_MEAN_LINK:
        "maksud Anda `{near}`?",
        "did you mean `{near}`?";
    PUT_FILE_IN_STATIC:
        "letakkan berkasnya di `static/{path}` agar terbit di alamat ini, atau perbaiki alamatnya",
        "put the file at `static/{path}` to publish it at this address, or correct the address";
    LINK_TO_A_PAGE_HINT:
        "tautkan ke halaman situs ini, misalnya `/programs/<kode>/` atau `/news/<slug>/`",
        "link to a page of this site, like `/programs/<id>/` or `/news/<slug>/`";
    LINK_NO_ANCHOR:
        "tautan `{dest}` menunjuk ke bagian `#{fragment}`, yang tidak ada di halaman itu",
        "the link `{dest}` points to `#{fragment}`, which that page does not have";
    DID_YOU_MEAN_ANCHOR:
        "maksud Anda `#{anchor}`?",
        "did you mean `#{anchor}`?";
    ANCHOR_FROM_HEADING_HINT:
        "setiap judul bagian mendapat penanda dari teksnya: `## Hari Pertama` menjadi `#hari-pertama`",
        "headings get ids from their text: `## Hari Pertama` is `#hari-pertama`";

    // --- templates (render/templates.rs) ---
    TEMPLATE_MISSING:
        "tema ini tidak punya templat `{name}`",
        "the theme has no template `{name}`";
    TEMPLATE_MISSING_HINT:
        "tambahkan ke folder templates/ tema, atau salin dari tema bawaan",
        "add it to the theme's templates/ folder, or copy it from the default theme";
    TEMPLATE_PARENT_MISSING:
        "templat ini memperluas `{parent}`, yang tidak ada di tema",
        "it extends `{parent}`, which the theme does not have";
    TEMPLATE_ERROR:
        "kesalahan di templat (pesan Tera: \"{message}\")",
        "template error: {message}";
    TEMPLATE_ERROR_HINT:
        "perbaiki templatnya; `warta build` menampilkan setiap kesalahan templat beserta barisnya",
        "fix the template; `warta build` shows every template error with its line";

    // --- static files where pages go (write/clashes.rs) ---
    STATIC_IS_A_PAGE:
        "berkas statis `{file}` (disalin ke `{path}`) berada di alamat yang sama dengan halaman buatan warta, `{path}`",
        "the static file `{file}` (copied to `{path}`) has the same path as a page warta makes, `{path}`";
    STATIC_WHERE_PAGES_GO:
        "berkas statis `{file}` (disalin ke `{path}`) berada di tempat warta memerlukan folder untuk halamannya, misalnya `{page}`",
        "the static file `{file}` (copied to `{path}`) is where warta needs a folder for its pages, such as `{page}`";
    STATIC_NEEDS_FOLDER:
        "berkas statis `{file}` (disalin ke `{path}`) memerlukan folder `{folder}`, tetapi `{folder}` adalah berkas",
        "the static file `{file}` (copied to `{path}`) needs a folder `{folder}`, but `{folder}` is a file";
    STATIC_CLASH_HINT:
        "ganti nama atau pindahkan berkas statis itu; untuk mengubah halaman buatan warta, salin templatnya ke templates/ dan sunting di sana",
        "rename or move the static file; to change a page warta makes, copy its template into templates/ and edit it there";
}
