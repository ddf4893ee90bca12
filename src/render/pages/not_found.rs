//! The 404 page: served for any missing page, so its links must not be
//! relative (`render` leaves a link that is not a folder as it is).

use crate::ui;

use super::super::context::Ctx;
use super::job::{Job, Meta};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    vec![Job::ready(
        "404.html",
        cx.urls.not_found(),
        Meta::new(cx.t(ui!("not_found_title")), None, "none"),
        cx.page_data(),
    )]
}
