//! The photos: reading, checking and processing them (src/images/).

messages! {
    IMAGE_UNREADABLE:
        "foto `{file}` tidak dapat dibaca: {error}",
        "cannot read the photo `{file}`: {error}";
    IMAGE_UNREADABLE_HINT:
        "periksa bahwa berkas itu ada dan boleh dibaca, lalu jalankan lagi",
        "check that the file exists and can be read, then run again";
    IMAGE_NOT_AN_IMAGE:
        "`{file}` bukan foto: isinya bukan JPEG, PNG atau WebP",
        "`{file}` is not a photo: it is not a JPEG, PNG or WebP file";
    IMAGE_NOT_AN_IMAGE_HINT:
        "buka foto itu lalu simpan ulang sebagai JPEG, atau periksa bahwa nama berkasnya benar",
        "open the photo and save it again as JPEG, or check that the file name is right";
    IMAGE_HEIF:
        "`{file}` adalah foto HEIC/HEIF atau AVIF (format bawaan banyak ponsel), yang tidak dapat diolah warta",
        "`{file}` is a HEIC/HEIF or AVIF photo (the format of many phones), which warta cannot process";
    IMAGE_HEIF_HINT:
        "ekspor atau simpan ulang foto itu sebagai JPEG (di ponsel: bagikan/ekspor sebagai JPEG; di komputer: buka lalu simpan sebagai JPEG), lalu tulis nama berkas .jpg yang baru",
        "export or save the photo again as JPEG (on a phone: share/export as JPEG; on a computer: open it and save as JPEG), then write the new .jpg file name";
    IMAGE_UNSUPPORTED:
        "`{file}` berformat {format}, yang tidak diolah warta (hanya JPEG, PNG dan WebP)",
        "`{file}` is a {format} file, which warta does not process (only JPEG, PNG and WebP)";
    IMAGE_UNSUPPORTED_HINT:
        "simpan ulang sebagai JPEG (untuk foto) atau PNG (untuk logo)",
        "save it again as JPEG (for a photo) or PNG (for a logo)";
    IMAGE_TOO_LARGE:
        "foto `{file}` berukuran {width}×{height} piksel, lebih dari batas {limit} megapiksel",
        "the photo `{file}` is {width}×{height} pixels, more than the limit of {limit} megapixels";
    IMAGE_TOO_LARGE_HINT:
        "perkecil foto, misalnya menjadi 4000 piksel lebarnya, lalu simpan ulang sebagai JPEG",
        "make the photo smaller, for example 4000 pixels wide, then save it again as JPEG";
    IMAGE_BROKEN:
        "foto `{file}` rusak atau terpotong, warta tidak dapat membacanya: {error}",
        "the photo `{file}` is damaged or cut short, warta cannot read it: {error}";
    IMAGE_BROKEN_HINT:
        "salin ulang foto itu dari ponsel atau kamera, atau buka lalu simpan ulang sebagai JPEG",
        "copy the photo again from the phone or camera, or open it and save it again as JPEG";
    IMAGE_CACHE_UNWRITABLE:
        "foto olahan tidak dapat disimpan di {folder}: {error}",
        "cannot keep the processed photos in {folder}: {error}";
    IMAGE_CACHE_UNWRITABLE_HINT:
        "periksa sisa ruang disk dan bahwa folder itu boleh ditulis; folder itu boleh dihapus",
        "check the free disk space and that the folder can be written; the folder may be deleted";
}
