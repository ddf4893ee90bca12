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
}
