//! Interface strings of the "Ikuti" (subscribe) block: a page's calendar
//! and feed, for a citizen to follow a region, a topic or an office
//! (`partials/subscribe.html`). A topic of [`super::strings::TABLES`].

use super::strings::Row;

pub const SUBSCRIBE: &[Row] = &[
    ("subscribe", "Ikuti", "Subscribe"),
    (
        "subscribe_calendar",
        "Langganan kalender",
        "Subscribe to the calendar",
    ),
    (
        "download_calendar",
        "Unduh kalender (.ics)",
        "Download the calendar (.ics)",
    ),
    ("news_feed", "Umpan berita (Atom)", "News feed (Atom)"),
    (
        "subscribe_note",
        "Langganan kalender menambahkan jadwal pelatihan ke aplikasi kalender Anda dan memperbaruinya sendiri.",
        "A calendar subscription adds the training schedule to your calendar app and keeps it up to date.",
    ),
];
