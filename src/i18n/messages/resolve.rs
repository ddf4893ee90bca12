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
    CONFIG_NEWS_PER_PAGE:
        "news_per_page harus antara 1 dan 1000 (sekarang {value})",
        "news_per_page must be between 1 and 1000 (it is {value})";
    CONFIG_NEWS_PER_PAGE_HINT:
        "tulis angka, misalnya 10",
        "write a number such as 10";
    CONFIG_BASE_URL:
        "`{value}` bukan alamat situs yang dapat dipakai warta",
        "`{value}` is not a base URL warta can use";
    CONFIG_BASE_URL_HINT:
        "tulis alamat lengkap situs, seperti `https://pelatihan.example.go.id/` (boleh dengan subfolder, seperti /sub/)",
        "write the site's full address, like `https://pelatihan.example.go.id/` (a path like /sub/ is fine)";
}
