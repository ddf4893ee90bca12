//! The lists paste each card as `news_card()` and `program_card()` rendered
//! it once (src/render/card_partials.rs): the same HTML as including the
//! card partial on every list, a theme's own card partial used, and a card
//! that reads its list page refused with the card's place.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::Site;

/// The list partials as they were before the card functions: the card
/// partial included for every card of every list.
const NEWS_CARDS_INCLUDED: &str = "<ul class=\"news-list\">\n{% for story in stories %}<li>{% include \"partials/news_card.html\" %}</li>\n{% endfor %}</ul>\n";
const PROGRAM_CARDS_INCLUDED: &str = "<ul class=\"cards\">\n{% for card in cards %}<li>{% include \"partials/program_card.html\" %}</li>\n{% endfor %}</ul>\n";

/// The small site with news items that share tags and an organization, so
/// that a card shows on many lists, at both heading levels, and on lists
/// cut into pages.
fn site_with_repeated_cards() -> Site {
    let site = common::small_site();
    for i in 0..7 {
        site.write(
            &format!("content/news/2024/2024-07-0{}-kabar-{i}.md", i + 1),
            &format!(
                "---\ntitle: Kabar <Keripik> & Batik {i}\ndate: 2024-07-0{}\nsummary: \"Ringkasan {i}: 'kutip' & <b>\"\nlocation: Gending\nprograms: [keripik-2024, batik-2027]\norganizations: [dinas-a]\ntags: [keripik pisang, umkm]\n---\n\nTeks {i}.\n",
                i + 1
            ),
        );
    }
    site
}

/// The output's files but the marker, whose digest covers the templates.
fn pages(site: &Site) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = site.snapshot();
    files.retain(|path, _| !path.starts_with(".warta-output"));
    files
}

fn cards_in(files: &BTreeMap<PathBuf, Vec<u8>>) -> usize {
    files
        .values()
        .map(|bytes| {
            String::from_utf8_lossy(bytes)
                .matches("class=\"card ")
                .count()
        })
        .sum()
}

#[test]
fn pasted_cards_are_the_html_of_cards_included_on_every_list() {
    let site = site_with_repeated_cards();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pasted = pages(&site);

    site.write("templates/partials/news_cards.html", NEWS_CARDS_INCLUDED)
        .write(
            "templates/partials/program_cards.html",
            PROGRAM_CARDS_INCLUDED,
        );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let included = pages(&site);

    // Enough cards for the comparison to mean something: each news card
    // is on the news list, its tags' pages, its organization's and its
    // programs' pages.
    assert!(cards_in(&pasted) > 60, "{} cards", cards_in(&pasted));
    assert_eq!(
        pasted.keys().collect::<Vec<_>>(),
        included.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &pasted {
        assert!(
            bytes == &included[path],
            "{} differs:\n{}\n---- included ----\n{}",
            path.display(),
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&included[path])
        );
    }
}

#[test]
fn a_themes_own_card_partial_is_the_card_on_every_list() {
    let site = site_with_repeated_cards();
    site.write(
        "templates/partials/news_card.html",
        "<article class=\"card mine\"><h{{ h }}>{{ story.title }}</h{{ h }}> {{ t.home }} · {{ site.title }}</article>",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    // At the heading level each list asks for, its value escaped.
    let news_list = site.read("news/index.html");
    assert!(
        news_list.contains("<article class=\"card mine\"><h2>Kabar &lt;Keripik&gt; &amp; Batik 6</h2> Beranda · Pelatihan Uji</article>"),
        "{news_list}"
    );
    let organization = site.read("organizations/dinas-a/index.html");
    assert!(
        organization
            .contains("<article class=\"card mine\"><h3>Kabar &lt;Keripik&gt; &amp; Batik 6</h3>"),
        "{organization}"
    );
    assert!(!organization.contains("news-card"), "{organization}");
}

#[test]
fn a_card_that_reads_its_list_page_is_an_error_naming_the_card() {
    let site = site_with_repeated_cards();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = site.snapshot();
    site.write(
        "templates/partials/news_card.html",
        "<article>\n{{ story.title }} {{ list.title }}</article>",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    // At the card's own line, with it shown, not at the list that called it.
    assert!(
        run.stderr
            .contains("--> templates/partials/news_card.html:2:22"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("list"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert_eq!(site.snapshot(), before, "the last output stays as it was");

    site.write(
        "templates/partials/news_card.html",
        "<article>{{ news_card(story=story, h=h) }}</article>",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot show another card"),
        "{}",
        run.stderr
    );
}
