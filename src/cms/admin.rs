//! The `/admin/` page: a bare HTML shell that loads Decap CMS. Decap reads
//! `config.yml` from the page's own folder and loads its chunks from beside
//! `decap-cms.js`, so the page works at any address (`/admin/` of the
//! preview, or `<base_url>admin/` of a built site).

use crate::i18n::{Language, cms_text};

/// The page, with its title in `language`. In Indonesian, Decap's own
/// words come from [`super::locale_id`]: automatic start-up is held back
/// (`CMS_MANUAL_INIT`) so that the locale is registered before Decap reads
/// `locale: id` from `config.yml`, then Decap is started.
pub fn index_html(language: Language) -> String {
    let title = cms_text("admin.title", language).map_or("warta", |(label, _)| label);
    let (before, after) = match language {
        Language::Id => (
            "<script>window.CMS_MANUAL_INIT = true;</script>\n".to_string(),
            format!(
                "<script>CMS.registerLocale(\"id\", {});\nCMS.init();</script>\n",
                crate::escape::json_in_script(super::locale_id::phrases().to_string()),
            ),
        ),
        Language::En => (String::new(), String::new()),
    };
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
         {before}<script src=\"decap-cms.js\"></script>\n\
         {after}</body>\n\
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

    #[test]
    fn the_indonesian_page_registers_decaps_words_before_starting_it() {
        let id = index_html(Language::Id);
        let manual = id
            .find("window.CMS_MANUAL_INIT = true")
            .expect("manual start");
        let script = id.find("<script src=\"decap-cms.js\">").unwrap();
        let register = id.find("CMS.registerLocale(\"id\", {").expect("registered");
        let init = id.find("CMS.init();").expect("started");
        assert!(
            manual < script && script < register && register < init,
            "{id}"
        );
        assert!(id.contains("\"login\":\"Masuk\""), "{id}");
        assert!(id.contains("\"optional\":\"tidak wajib\""), "{id}");
        let en = index_html(Language::En);
        assert!(
            !en.contains("registerLocale") && !en.contains("CMS_MANUAL_INIT"),
            "{en}"
        );
    }
}
