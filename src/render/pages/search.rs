//! The search page; its index is written with the other outputs
//! (`render::search`).

use crate::ui;

use super::super::context::Ctx;
use super::super::view::SearchPage;
use super::job::{Job, Meta, context_with};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let u = &cx.urls;
    let search = SearchPage {
        script_url: u.search_script(),
        stylesheet_url: u.search_stylesheet(),
        programs_url: u.programs(),
        news_url: u.news_index(),
    };
    vec![Job::ready(
        "search.html",
        u.search(),
        Meta::new(
            cx.t(ui!("search")),
            Some(cx.t(ui!("search_description"))),
            "search",
        ),
        context_with(cx, "search", &search),
    )]
}
