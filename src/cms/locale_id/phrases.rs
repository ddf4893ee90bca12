//! The Indonesian phrases themselves, grouped as an editor meets them.

/// Decap's phrase key (dotted path in its `en` locale) and our words.
/// `%{name}` is Decap's placeholder, filled in by Decap.
pub(super) const PHRASES: &[(&str, &str)] = &[
    // The sign-in screen (the preview's "Masuk" and the git hosts').
    ("auth.login", "Masuk"),
    ("auth.loggingIn", "Sedang masuk..."),
    ("auth.loginWithGitHub", "Masuk dengan GitHub"),
    ("auth.loginWithGitLab", "Masuk dengan GitLab"),
    ("auth.loginWithGitea", "Masuk dengan Gitea"),
    ("auth.errors.email", "Tulis alamat email Anda."),
    ("auth.errors.password", "Tulis kata sandi Anda."),
    ("app.header.content", "Isi situs"),
    ("app.header.media", "Foto dan berkas"),
    ("app.header.quickAdd", "Tambah cepat"),
    ("app.app.errorHeader", "Pengaturan CMS tidak bisa dimuat"),
    ("app.app.configErrors", "Kesalahan pengaturan"),
    ("app.app.checkConfigYml", "Periksa berkas config.yml."),
    ("app.app.loadingConfig", "Memuat pengaturan..."),
    ("app.app.waitingBackend", "Menunggu server..."),
    ("app.notFoundPage.header", "Halaman tidak ditemukan"),
    // The list of collections and of entries.
    ("collection.sidebar.collections", "Jenis isi"),
    ("collection.sidebar.allCollections", "Semua isi"),
    ("collection.sidebar.searchAll", "Cari di semua isi"),
    ("collection.sidebar.searchIn", "Cari di"),
    ("collection.collectionTop.sortBy", "Urutkan"),
    ("collection.collectionTop.viewAs", "Tampilkan sebagai"),
    (
        "collection.collectionTop.newButton",
        "Tambah %{collectionLabel}",
    ),
    ("collection.collectionTop.ascending", "Naik"),
    ("collection.collectionTop.descending", "Turun"),
    (
        "collection.collectionTop.searchResults",
        "Hasil pencarian \"%{searchTerm}\"",
    ),
    (
        "collection.collectionTop.searchResultsInCollection",
        "Hasil pencarian \"%{searchTerm}\" di %{collection}",
    ),
    ("collection.collectionTop.filterBy", "Saring"),
    ("collection.collectionTop.groupBy", "Kelompokkan"),
    ("collection.entries.loadingEntries", "Memuat isi..."),
    ("collection.entries.cachingEntries", "Menyiapkan isi..."),
    (
        "collection.entries.longerLoading",
        "Ini bisa memakan waktu beberapa menit",
    ),
    ("collection.entries.noEntries", "Belum ada isi"),
    ("collection.groups.other", "Lainnya"),
    ("collection.groups.negateLabel", "Bukan %{label}"),
    ("collection.defaultFields.author.label", "Penulis"),
    ("collection.defaultFields.updatedOn.label", "Diubah pada"),
    // The form: "optional" and the checks Decap makes before saving.
    ("editor.editorControl.field.optional", "tidak wajib"),
    (
        "editor.editorControlPane.widget.required",
        "%{fieldLabel} wajib diisi.",
    ),
    (
        "editor.editorControlPane.widget.regexPattern",
        "%{fieldLabel} belum ditulis dalam bentuk yang diminta (%{pattern}).",
    ),
    (
        "editor.editorControlPane.widget.processing",
        "%{fieldLabel} sedang diproses.",
    ),
    (
        "editor.editorControlPane.widget.range",
        "%{fieldLabel} harus antara %{minValue} dan %{maxValue}.",
    ),
    (
        "editor.editorControlPane.widget.min",
        "%{fieldLabel} paling kecil %{minValue}.",
    ),
    (
        "editor.editorControlPane.widget.max",
        "%{fieldLabel} paling besar %{maxValue}.",
    ),
    (
        "editor.editorControlPane.widget.rangeCount",
        "%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.",
    ),
    (
        "editor.editorControlPane.widget.rangeCountExact",
        "%{fieldLabel} harus berisi tepat %{count} butir.",
    ),
    (
        "editor.editorControlPane.widget.rangeMin",
        "%{fieldLabel} harus berisi paling sedikit %{minCount} butir.",
    ),
    (
        "editor.editorControlPane.widget.rangeMax",
        "%{fieldLabel} paling banyak berisi %{maxCount} butir.",
    ),
    (
        "editor.editorControlPane.widget.invalidPath",
        "'%{path}' bukan nama berkas yang bisa dipakai",
    ),
    (
        "editor.editorControlPane.widget.pathExists",
        "Berkas '%{path}' sudah ada",
    ),
    (
        "editor.editor.onLeavePage",
        "Yakin ingin meninggalkan halaman ini?",
    ),
    (
        "editor.editor.onPublishing",
        "Yakin ingin menerbitkan isi ini?",
    ),
    (
        "editor.editor.onDeleteWithUnsavedChanges",
        "Yakin ingin menghapus isi yang sudah terbit ini, beserta perubahan yang belum disimpan?",
    ),
    (
        "editor.editor.onDeletePublishedEntry",
        "Yakin ingin menghapus isi yang sudah terbit ini?",
    ),
    ("editor.editor.loadingEntry", "Memuat isi..."),
    (
        "editor.editor.confirmLoadBackup",
        "Ada salinan isi ini yang belum disimpan. Pakai salinan itu?",
    ),
    (
        "editor.editorInterface.togglePreview",
        "Tampilkan atau sembunyikan pratinjau",
    ),
    ("editor.editorInterface.toggleScrollSync", "Gulir bersamaan"),
    // The toolbar above the form.
    ("editor.editorToolbar.publishing", "Menerbitkan..."),
    ("editor.editorToolbar.publish", "Terbitkan"),
    ("editor.editorToolbar.published", "Terbit"),
    ("editor.editorToolbar.unpublish", "Batalkan terbit"),
    ("editor.editorToolbar.unpublishing", "Membatalkan terbit..."),
    ("editor.editorToolbar.duplicate", "Gandakan"),
    (
        "editor.editorToolbar.publishAndCreateNew",
        "Terbitkan dan buat baru",
    ),
    (
        "editor.editorToolbar.publishAndDuplicate",
        "Terbitkan dan gandakan",
    ),
    ("editor.editorToolbar.deleteEntry", "Hapus"),
    (
        "editor.editorToolbar.deletePublishedEntry",
        "Hapus isi yang sudah terbit",
    ),
    ("editor.editorToolbar.deleting", "Menghapus..."),
    ("editor.editorToolbar.saving", "Menyimpan..."),
    ("editor.editorToolbar.save", "Simpan"),
    ("editor.editorToolbar.updating", "Memperbarui..."),
    (
        "editor.editorToolbar.backCollection",
        " Menulis di %{collectionLabel}",
    ),
    ("editor.editorToolbar.unsavedChanges", "Belum disimpan"),
    ("editor.editorToolbar.changesSaved", "Perubahan tersimpan"),
    ("editor.editorToolbar.draft", "Draf"),
    ("editor.editorToolbar.publishNow", "Terbitkan sekarang"),
    // The widgets of the form.
    ("editor.editorWidgets.markdown.bold", "Tebal"),
    ("editor.editorWidgets.markdown.italic", "Miring"),
    ("editor.editorWidgets.markdown.code", "Kode"),
    ("editor.editorWidgets.markdown.link", "Tautan"),
    (
        "editor.editorWidgets.markdown.linkPrompt",
        "Tulis alamat tautan",
    ),
    ("editor.editorWidgets.markdown.headings", "Judul bagian"),
    ("editor.editorWidgets.markdown.quote", "Kutipan"),
    (
        "editor.editorWidgets.markdown.bulletedList",
        "Daftar berbutir",
    ),
    (
        "editor.editorWidgets.markdown.numberedList",
        "Daftar bernomor",
    ),
    (
        "editor.editorWidgets.markdown.addComponent",
        "Tambah komponen",
    ),
    ("editor.editorWidgets.markdown.richText", "Teks"),
    ("editor.editorWidgets.headingOptions.headingOne", "Judul 1"),
    ("editor.editorWidgets.headingOptions.headingTwo", "Judul 2"),
    (
        "editor.editorWidgets.headingOptions.headingThree",
        "Judul 3",
    ),
    ("editor.editorWidgets.headingOptions.headingFour", "Judul 4"),
    ("editor.editorWidgets.headingOptions.headingFive", "Judul 5"),
    ("editor.editorWidgets.headingOptions.headingSix", "Judul 6"),
    ("editor.editorWidgets.image.choose", "Pilih foto"),
    ("editor.editorWidgets.image.chooseMultiple", "Pilih foto"),
    (
        "editor.editorWidgets.image.chooseUrl",
        "Ambil dari alamat web",
    ),
    (
        "editor.editorWidgets.image.replaceUrl",
        "Ganti dengan alamat web",
    ),
    (
        "editor.editorWidgets.image.promptUrl",
        "Tulis alamat web foto",
    ),
    (
        "editor.editorWidgets.image.chooseDifferent",
        "Pilih foto lain",
    ),
    ("editor.editorWidgets.image.addMore", "Tambah foto"),
    ("editor.editorWidgets.image.remove", "Hapus foto"),
    ("editor.editorWidgets.image.removeAll", "Hapus semua foto"),
    ("editor.editorWidgets.file.choose", "Pilih berkas"),
    ("editor.editorWidgets.file.chooseMultiple", "Pilih berkas"),
    (
        "editor.editorWidgets.file.chooseUrl",
        "Ambil dari alamat web",
    ),
    (
        "editor.editorWidgets.file.replaceUrl",
        "Ganti dengan alamat web",
    ),
    (
        "editor.editorWidgets.file.promptUrl",
        "Tulis alamat web berkas",
    ),
    (
        "editor.editorWidgets.file.chooseDifferent",
        "Pilih berkas lain",
    ),
    ("editor.editorWidgets.file.addMore", "Tambah berkas"),
    ("editor.editorWidgets.file.remove", "Hapus berkas"),
    ("editor.editorWidgets.file.removeAll", "Hapus semua berkas"),
    ("editor.editorWidgets.datetime.now", "Sekarang"),
    ("editor.editorWidgets.list.add", "Tambah %{item}"),
    ("editor.editorWidgets.list.addType", "Tambah %{item}"),
    // The media library: upload, choose, delete.
    ("mediaLibrary.mediaLibraryCard.draft", "Draf"),
    ("mediaLibrary.mediaLibraryCard.copy", "Salin"),
    ("mediaLibrary.mediaLibraryCard.copyUrl", "Salin alamat"),
    ("mediaLibrary.mediaLibraryCard.copyPath", "Salin letak"),
    ("mediaLibrary.mediaLibraryCard.copyName", "Salin nama"),
    ("mediaLibrary.mediaLibraryCard.copied", "Tersalin"),
    (
        "mediaLibrary.mediaLibrary.onDelete",
        "Yakin ingin menghapus foto atau berkas yang dipilih?",
    ),
    (
        "mediaLibrary.mediaLibrary.fileTooLarge",
        "Berkas terlalu besar.\nBesar berkas paling banyak %{size} kB.",
    ),
    ("mediaLibrary.mediaLibraryModal.loading", "Memuat..."),
    (
        "mediaLibrary.mediaLibraryModal.noResults",
        "Tidak ada yang cocok.",
    ),
    (
        "mediaLibrary.mediaLibraryModal.noAssetsFound",
        "Belum ada berkas.",
    ),
    (
        "mediaLibrary.mediaLibraryModal.noImagesFound",
        "Belum ada foto.",
    ),
    ("mediaLibrary.mediaLibraryModal.images", "Foto"),
    (
        "mediaLibrary.mediaLibraryModal.mediaAssets",
        "Foto dan berkas",
    ),
    ("mediaLibrary.mediaLibraryModal.search", "Cari..."),
    ("mediaLibrary.mediaLibraryModal.uploading", "Mengunggah..."),
    ("mediaLibrary.mediaLibraryModal.upload", "Unggah"),
    ("mediaLibrary.mediaLibraryModal.download", "Unduh"),
    ("mediaLibrary.mediaLibraryModal.deleting", "Menghapus..."),
    (
        "mediaLibrary.mediaLibraryModal.deleteSelected",
        "Hapus yang dipilih",
    ),
    (
        "mediaLibrary.mediaLibraryModal.chooseSelected",
        "Pakai yang dipilih",
    ),
    // Around the editor.
    ("ui.default.goBackToSite", "Kembali ke situs"),
    ("ui.errorBoundary.title", "Kesalahan"),
    (
        "ui.errorBoundary.recoveredEntry.heading",
        "Isi yang diselamatkan",
    ),
    (
        "ui.errorBoundary.recoveredEntry.warning",
        "Salin isi ini ke tempat lain sebelum meninggalkan halaman!",
    ),
    ("ui.errorBoundary.recoveredEntry.copyButtonLabel", "Salin"),
    ("ui.settingsDropdown.logOut", "Keluar"),
    (
        "ui.toast.onFailToLoadEntries",
        "Isi tidak bisa dimuat: %{details}",
    ),
    (
        "ui.toast.onFailToPersist",
        "Isi tidak bisa disimpan: %{details}",
    ),
    (
        "ui.toast.onFailToDelete",
        "Isi tidak bisa dihapus: %{details}",
    ),
    (
        "ui.toast.missingRequiredField",
        "Ada isian wajib yang belum diisi. Lengkapi dulu sebelum menyimpan.",
    ),
    ("ui.toast.entrySaved", "Isi tersimpan"),
    ("ui.toast.entryPublished", "Isi sudah terbit"),
    (
        "ui.toast.onFailToPublishEntry",
        "Gagal menerbitkan: %{details}",
    ),
    (
        "ui.toast.onLoggedOut",
        "Anda sudah keluar. Simpan salinan isi Anda, lalu masuk lagi.",
    ),
];
