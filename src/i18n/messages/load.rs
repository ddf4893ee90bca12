//! Reading the files: YAML, front matter, links and kinds of file (src/load/).

messages! {
    // --- the three slips editors make most (load/yaml/slips.rs) ---
    SLIP_TAB:
        "baris ini menjorok dengan karakter tab",
        "a tab is used to indent this line";
    SLIP_TAB_HINT:
        "pakai spasi saja untuk jarak di awal baris: ganti tab di awal baris ini dengan spasi, sejajar dengan isian di atasnya (banyak penyunting teks bisa diatur agar tombol Tab menulis spasi)",
        "indent with spaces only: replace the tab at the start of the line with spaces, lining the key up with the keys above it (many editors can be set to type spaces for the Tab key)";
    SLIP_QUOTE:
        "tanda kutip `{quote}` yang dibuka di sini tidak ditutup di baris ini",
        "the quote `{quote}` opened here is not closed on this line";
    SLIP_QUOTE_HINT:
        "akhiri teks dengan tanda kutip yang sama: `{line}` (tanpa tanda kutip penutup, teks berlanjut ke baris-baris di bawahnya)",
        "end the text with the same quote mark: `{line}` (without a closing quote, the text runs on into the lines below)";
    SLIP_COLON:
        "teks isian `{key}` memuat titik dua diikuti spasi (`: `), yang dibaca sebagai awal isian baru",
        "the text of `{key}` contains a colon followed by a space (`: `), which YAML reads as the start of another key";
    SLIP_COLON_HINT:
        "apit seluruh teks dengan tanda kutip: `{line}`",
        "put the whole text in quotes: `{line}`";
}
