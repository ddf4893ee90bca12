//! The `/admin/` page: a bare HTML shell that loads Decap CMS. Decap reads
//! `config.yml` from the page's own folder and loads its chunks from beside
//! `decap-cms.js`, so the page works at any address (`/admin/` of the
//! preview, or `<base_url>admin/` of a built site).

use crate::i18n::{Language, cms_text};

/// The page, with its title in `language`.
pub fn index_html(language: Language) -> String {
    let title = cms_text("admin.title", language).map_or("warta", |(label, _)| label);
    format!(
        "<!doctype html>\n\
         <html lang=\"{lang}\">\n\
         <head>\n\
         <meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n\
         <title>{title}</title>\n\
         </head>\n\
         <body>\n\
         <script src=\"decap-cms.js\"></script>\n\
         </body>\n\
         </html>\n",
        lang = language.code(),
        title = crate::escape::html(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_the_script_beside_it_with_a_title_in_the_language() {
        let id = index_html(Language::Id);
        assert!(id.contains("<meta charset=\"utf-8\">"), "{id}");
        assert!(id.contains("<html lang=\"id\">"), "{id}");
        assert!(id.contains("<title>Kelola isi situs</title>"), "{id}");
        assert!(
            id.contains("<script src=\"decap-cms.js\"></script>"),
            "{id}"
        );
        assert!(crate::cms::script::gzipped("decap-cms.js").is_some());
        assert!(index_html(Language::En).contains("<title>Edit the site</title>"));
    }
}
