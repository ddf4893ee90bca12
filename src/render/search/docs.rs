//! The documents of the search index: for each program and news item, what
//! a result shows and the text that is searched, without Markdown.

use rayon::prelude::*;

use crate::memo::{Memo, remembered};
use crate::render::context::Ctx;
use crate::render::excerpt::{cut, plain};
use crate::resolve::Status;

/// Characters of body text a result shows when there is no summary.
const SNIPPET: usize = 200;

/// What a result shows: `[title, url, date, status, status label, snippet]`.
/// The url is below the site root, without the base path.
pub(super) type DocRecord = (String, String, String, &'static str, &'static str, String);

pub(super) struct Doc<'a> {
    /// For news: the source file's version. A news document's terms depend
    /// on its file alone, so they are remembered between preview rebuilds.
    pub(super) version: Option<u64>,
    /// `u` an upcoming or ongoing program, `p` another program, `n` news.
    pub(super) kind: char,
    /// Its first field is the title, which is searched too.
    pub(super) record: DocRecord,
    /// The body's text, without Markdown.
    pub(super) body: String,
    /// The other fields searched (summary, tags, places...), as the site
    /// has them: words never cross from one field into the next, so they
    /// need not be joined into one text.
    pub(super) fields: Vec<&'a str>,
}

impl Doc<'_> {
    pub(super) fn title(&self) -> &str {
        &self.record.0
    }
}

/// The first `SNIPPET` characters of `text`, cut between words.
fn snippet(text: &str) -> String {
    cut(text, SNIPPET)
}

/// The documents, programs then news. `plains` remembers news texts.
pub(super) fn docs<'a>(cx: &Ctx<'a>, plains: Option<&Memo<u64, String>>) -> Vec<Doc<'a>> {
    let site = cx.site;
    let rel = |link: String| cx.urls.below_root(&link).unwrap_or(&link).to_string();
    let programs = site.programs.par_enumerate().map(|(i, p)| {
        let card = cx.program_card(i);
        let body = p.description.as_ref().map(|d| plain(d.source()));
        let shown = p.summary.as_deref().or(body.as_deref()).unwrap_or_default();
        let snippet = snippet(shown);
        let region = [&p.region.province, &p.region.regency, &p.region.district];
        let mut fields: Vec<&str> = Vec::new();
        fields.extend(p.summary.as_deref());
        fields.extend(p.sector.as_deref());
        fields.extend(p.tags.iter().map(String::as_str));
        fields.extend(region.into_iter().flatten().map(String::as_str));
        fields.extend(p.venues.iter().map(|v| v.name.as_str()));
        fields.extend(p.target_group.as_deref());
        fields.extend(p.curriculum.iter().map(|s| s.title.as_str()));
        fields.extend(
            p.organizers
                .iter()
                .map(|o| site.organizations[*o].name.as_str()),
        );
        Doc {
            version: None,
            kind: if matches!(p.status, Status::Upcoming | Status::Ongoing) {
                'u'
            } else {
                'p'
            },
            record: (
                p.title.clone(),
                rel(card.url),
                card.date_range,
                card.status,
                card.status_label,
                snippet,
            ),
            body: body.unwrap_or_default(),
            fields,
        }
    });
    let news = site.news.par_enumerate().map(|(i, n)| {
        let card = cx.news_card(i);
        let body = remembered(plains, n.version, || plain(n.body.source()));
        let snippet = snippet(n.summary.as_deref().unwrap_or(&body));
        let mut fields: Vec<&str> = Vec::new();
        fields.extend(n.summary.as_deref());
        fields.extend(n.location.as_deref());
        fields.extend(n.tags.iter().map(String::as_str));
        Doc {
            version: Some(n.version),
            kind: 'n',
            record: (
                n.title.clone(),
                rel(card.url),
                card.date_label,
                "",
                "",
                snippet,
            ),
            body,
            fields,
        }
    });
    programs.chain(news).collect()
}
