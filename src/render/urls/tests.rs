//! Unit tests of [`super::Urls`].
use super::*;

fn urls() -> Urls {
    Urls::new("https://host/sub/", "/sub/")
}

#[test]
fn links_carry_the_base_path() {
    let u = urls();
    assert_eq!(u.program("a"), "/sub/programs/a/");
    assert_eq!(u.news_page(1), "/sub/news/");
    assert_eq!(u.news_page(3), "/sub/news/page/3/");
    assert_eq!(
        Urls::paged(u.programs_status("upcoming"), 2),
        "/sub/programs/status/upcoming/page/2/"
    );
    assert_eq!(
        Urls::paged(u.organization_list("a", "news"), 1),
        "/sub/organizations/a/news/"
    );
    assert_eq!(
        u.term_list("tags", "b", "programs"),
        "/sub/tags/b/programs/"
    );
    assert_eq!(u.absolute(&u.program("a")), "https://host/sub/programs/a/");
    assert_eq!(u.absolute(&u.home()), u.home_url());
    assert_eq!(u.below_root(&u.news("x")), Some("news/x/"));
    assert_eq!(u.below_root("/other/"), None);
    assert_eq!(u.image("/images/a.jpg"), "/sub/images/a.jpg");
    assert_eq!(
        u.image_url("/images/a.jpg"),
        "https://host/sub/images/a.jpg"
    );
    assert_eq!(u.image_url("https://cdn.id/a.jpg"), "https://cdn.id/a.jpg");
}

#[test]
fn subscriptions_sit_beside_their_page_and_subscribe_as_webcal() {
    let u = urls();
    let page = u.term("regions", "kab-a");
    assert_eq!(u.term_feed("regions", "kab-a"), format!("{page}feed.xml"));
    assert_eq!(
        u.output_path(&u.term_calendar("regions", "kab-a")),
        "regions/kab-a/calendar.ics"
    );
    assert_eq!(
        u.output_path(&u.organization_feed("dinas")),
        "organizations/dinas/feed.xml"
    );
    assert_eq!(
        u.webcal(&u.organization_calendar("dinas")),
        "webcal://host/sub/organizations/dinas/calendar.ics"
    );
    let plain = Urls::new("http://localhost:1313/", "/");
    assert_eq!(
        plain.webcal(&plain.site_calendar()),
        "webcal://localhost:1313/calendar.ics"
    );
}

#[test]
fn output_paths_are_inside_the_output_folder() {
    let u = urls();
    assert_eq!(u.output_path(&u.home()), "index.html");
    assert_eq!(u.output_path(&u.news_page(2)), "news/page/2/index.html");
    assert_eq!(u.output_path(&u.stylesheet()), "style.css");
    assert_eq!(u.output_path(&u.search_index("t/ke")), "search/t/ke.js");
    assert_eq!(u.output_path(&u.not_found()), NOT_FOUND);
    for link in [u.home(), u.news_page(2), u.feed(), u.program_calendar("a")] {
        assert_eq!(u.link_of_output(&u.output_path(&link)), link);
    }
}

#[test]
fn uid_host_comes_from_the_base_url() {
    let u = Urls::new("https://pelatihan.example.go.id:8080/sub/", "/sub/");
    assert_eq!(u.host(), "pelatihan.example.go.id:8080");
}

/// Pages from `content/pages/` may not take a name warta writes: every
/// first segment made here is in resolve's reserved list.
#[test]
fn every_section_is_reserved_for_warta() {
    let u = urls();
    let links = [
        u.programs(),
        u.program("a"),
        u.program_calendar("a"),
        u.program_news("a"),
        u.site_calendar(),
        u.news_page(2),
        u.news("a"),
        u.organization("a"),
        u.organization_list("a", "programs"),
        u.programs_status("upcoming"),
        u.term("regions", "a"),
        u.term_list("regions", "a", "news"),
        u.term("sectors", "a"),
        u.term("tags", "a"),
        u.term_feed("regions", "a"),
        u.term_calendar("sectors", "a"),
        u.term_feed("tags", "a"),
        u.organization_feed("a"),
        u.organization_calendar("a"),
        u.outcomes(),
        u.outcome_indicators(),
        u.search(),
        u.search_index("meta"),
        u.not_found(),
        u.feed(),
        u.sitemap(),
        u.robots(),
        u.programs_json(),
        u.programs_csv(),
        u.news_json(),
    ];
    for link in links {
        let path = u.output_path(&link);
        let first = path.split('/').next().unwrap_or_default();
        assert!(
            crate::resolve::RESERVED_PATHS.contains(&first),
            "{first} (of {link}) is not in RESERVED_PATHS"
        );
    }
}
