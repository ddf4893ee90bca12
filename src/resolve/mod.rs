//! Stage 2: check every rule of the content model and build the [`Site`].
//!
//! All problems are collected, not just the first, so an editor fixes a whole
//! batch per build. Records with errors are left out; when any error exists
//! the caller writes nothing.

mod author;
mod checks;
mod config;
mod dates;
mod image;
mod ix;
mod markdown_budget;
mod markdown_lint;
mod markdown_text;
mod news;
mod options;
mod outcomes;
mod patch;
mod pictures;
mod placeholders;
mod program;
mod records;
mod registration;
mod related;
pub mod site;
mod taxonomy;

use std::cmp::Reverse;
use std::collections::HashMap;

use jiff::Timestamp;
use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Pos};
use crate::i18n::messages::{
    Message, WORD_NEWS_SLUG, WORD_ORGANIZATION, WORD_ORGANIZATION_FILE_ID, WORD_ORGANIZATION_ID,
    WORD_PAGE_PATH, WORD_PROGRAM_ID,
};
use crate::load::{LoadedSite, SourceFile};
use crate::msg;

pub use author::Author;
pub use image::{ImageSource, Picture};
pub use ix::{ImageIx, NewsIx, OrgIx, Position, ProgramIx, VenueIx};
pub use markdown_lint::LintCache;
pub use news::{LeftOut, RESERVED_PATHS};
pub use options::BuildOptions;
pub use outcomes::Figure;
pub use patch::{Kept, resolve_kept};
pub use records::Records;
pub use registration::RegistrationState;
pub use site::*;
pub use taxonomy::{region_name, term_slug};

/// Reports a duplicate id at its second place, naming the first.
fn duplicate<'f>(
    seen: &mut HashMap<String, &'f std::path::Path>,
    id: &str,
    file: &'f SourceFile,
    pos: Pos,
    what: Message,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    if let Some(first) = seen.get(id) {
        diagnostics.push(
            file.error(Some(pos), msg!(ID_DUPLICATE, what = what, id = id))
                .with_hint(msg!(
                    ID_DUPLICATE_HINT,
                    first = first.display().to_string(),
                    what = what
                )),
        );
        return true;
    }
    seen.insert(id.to_string(), &file.path);
    false
}

/// The last part of a path below a kind's folder: the record's default id.
fn file_id(stem: &str) -> &str {
    stem.rsplit('/').next().unwrap_or(stem)
}

/// The site from what was loaded, or the problems that stop it. `lints` is
/// the preview's memory of Markdown checks; a one-shot build passes `None`.
pub fn resolve(
    loaded: &LoadedSite,
    options: &BuildOptions,
    lints: Option<&LintCache>,
) -> (Option<Site>, Vec<Diagnostic>) {
    let (site, diagnostics, _) = resolve_whole(loaded, options, lints);
    (site, diagnostics)
}

/// What a whole resolve looked records up by, kept for [`patch`].
pub(crate) struct Lookups {
    organizations: HashMap<String, Option<OrgIx>>,
    programs: HashMap<String, Option<ProgramIx>>,
    /// The earliest date of a news item left out as not yet due: from
    /// then on, a build publishes more.
    due: Option<Timestamp>,
    /// [`taxonomy::Taxonomies::one_spelling`] of the site.
    one_spelling: bool,
}

/// [`resolve`], with what it looked records up by.
fn resolve_whole(
    loaded: &LoadedSite,
    options: &BuildOptions,
    lints: Option<&LintCache>,
) -> (Option<Site>, Vec<Diagnostic>, Lookups) {
    let mut diagnostics = Vec::new();
    let mut config = config::resolve_config(
        &loaded.config,
        options.base_url.as_deref(),
        loaded.config_file.as_ref(),
        &mut diagnostics,
    );
    let mut photos = pictures::Photos::new(&loaded.root);
    if let Some(file) = &loaded.config_file {
        let mut c = checks::Checker::new(file, &mut diagnostics).in_preview(options.preview);
        photos.of_config(&mut c, &mut config, &loaded.config);
    }
    let tz = config.timezone.clone();
    let today = options.now.to_zoned_datetime(tz.clone()).date();

    // Organizations, sorted by name; ids checked and unique.
    let mut seen = HashMap::new();
    let mut organizations: Vec<Organization> = Vec::new();
    // Organizations that exist but are not in this build (their file has
    // an error of its own): naming one is no second error.
    let mut absent: Vec<&str> = loaded
        .unparsed
        .organizations
        .iter()
        .map(|u| u.id.as_str())
        .collect();
    for f in &loaded.organizations {
        let id = file_id(&f.stem);
        let mut c = checks::Checker::new(&f.file, &mut diagnostics);
        if !c.slug(id, Pos::START, WORD_ORGANIZATION_FILE_ID) {
            absent.push(id);
            continue;
        }
        if duplicate(
            &mut seen,
            id,
            &f.file,
            Pos::START,
            WORD_ORGANIZATION_ID,
            &mut diagnostics,
        ) {
            continue;
        }
        let r = &f.record;
        let mut c = checks::Checker::new(&f.file, &mut diagnostics).in_preview(options.preview);
        organizations.push(Organization {
            logo: r.logo.as_ref().and_then(|i| photos.picture(&mut c, i)),
            version: f.file.version,
            id: id.to_string(),
            name: r.name.value.trim().to_string(),
            short_name: checks::text(&r.short_name),
            kind: r.kind.unwrap_or_default(),
            url: c.url(&r.url),
            region: program::region(&r.region),
            programs: Vec::new(),
            news: Vec::new(),
        });
    }
    organizations.sort_by_cached_key(|o| o.name.to_lowercase());
    let org_ids: HashMap<String, Option<OrgIx>> = absent
        .into_iter()
        .map(|id| (id.to_string(), None))
        .chain(OrgIx::enumerate(&organizations).map(|(i, o)| (o.id.clone(), Some(i))))
        .collect();

    if let Some(p) = &loaded.config.publisher {
        let file = loaded.config_file.as_ref();
        match (org_ids.get(p.value.trim()), file) {
            (Some(i), _) => config.publisher = *i,
            (None, Some(f)) => {
                checks::Checker::new(f, &mut diagnostics).reference(
                    p,
                    &org_ids,
                    WORD_ORGANIZATION,
                    "organizations",
                );
            }
            (None, None) => {}
        }
    }

    // Program ids, over all programs (drafts too: a news item may name one).
    let mut seen = HashMap::with_capacity(loaded.programs.len());
    let mut absent_programs: Vec<&str> = loaded
        .unparsed
        .programs
        .iter()
        .map(|u| u.id.as_str())
        .collect();
    let mut id_of: Vec<Option<String>> = Vec::new();
    for f in &loaded.programs {
        let (id, pos) = match &f.record.id {
            Some(id) => (id.value.trim(), id.pos),
            None => (file_id(&f.stem), Pos::START),
        };
        let mut c = checks::Checker::new(&f.file, &mut diagnostics);
        if !c.slug(id, pos, WORD_PROGRAM_ID) {
            id_of.push(None);
            absent_programs.push(id);
            continue;
        }
        let unique = !duplicate(
            &mut seen,
            id,
            &f.file,
            pos,
            WORD_PROGRAM_ID,
            &mut diagnostics,
        );
        id_of.push(unique.then(|| id.to_string()));
    }

    let known = program::Known {
        organizations: &org_ids,
        tz: &tz,
        today,
        lints,
    };
    let resolved: Vec<(Option<Program>, Vec<Diagnostic>)> = loaded
        .programs
        .par_iter()
        .zip(id_of.par_iter())
        .map(|(f, id)| {
            let mut local = Vec::new();
            let p = id.as_ref().and_then(|id| {
                program::resolve_program(
                    &mut checks::Checker::new(&f.file, &mut local).in_preview(options.preview),
                    f,
                    id.clone(),
                    &known,
                )
            });
            (p, local)
        })
        .collect();
    // Sized up front: growing a list of 10,000 records copies them again and again.
    let mut programs = Vec::with_capacity(loaded.programs.len());
    let mut left_out = LeftOut::default();
    for ((p, mut local), f) in resolved.into_iter().zip(&loaded.programs) {
        diagnostics.append(&mut local);
        match p {
            Some(mut p) if options.drafts || !p.draft => {
                // Only what is published names photos: a draft's photo is
                // not published at a guessable address.
                let mut c =
                    checks::Checker::new(&f.file, &mut diagnostics).in_preview(options.preview);
                photos.of_program(&mut c, &mut p, &f.record);
                programs.push(p);
            }
            Some(_) => left_out.count(true),
            None => {}
        }
    }
    // Each key made once: a time is a conversion in the site's zone, and
    // comparing in place would move whole records at every step.
    programs.sort_by_cached_key(|p| related::program_order(p, &tz));
    let published_index: HashMap<&str, ProgramIx> = ProgramIx::enumerate(&programs)
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    // Every program id -> its program in this build, or `None` for a
    // draft or a record with errors (its own, reported at its file;
    // a file that did not load or has an invalid id included): a news
    // item naming one is no error, but it links only to what is published.
    let program_ids: HashMap<String, Option<ProgramIx>> = absent_programs
        .into_iter()
        .map(|id| (id.to_string(), None))
        .chain(
            id_of
                .iter()
                .flatten()
                .map(|id| (id.clone(), published_index.get(id.as_str()).copied())),
        )
        .collect();

    // News.
    let resolved: Vec<(Option<NewsItem>, Vec<Diagnostic>)> = loaded
        .news
        .par_iter()
        .map(|f| {
            let mut local = Vec::new();
            let n = news::resolve_news(
                &mut checks::Checker::new(&f.file, &mut local).in_preview(options.preview),
                f,
                &program_ids,
                &org_ids,
                &organizations,
                &tz,
                lints,
            );
            (n, local)
        })
        .collect();
    let mut seen = HashMap::with_capacity(loaded.news.len());
    let mut news_items = Vec::with_capacity(loaded.news.len());
    let mut due: Option<Timestamp> = None;
    for ((n, mut local), f) in resolved.into_iter().zip(&loaded.news) {
        diagnostics.append(&mut local);
        let Some(n) = n else { continue };
        let pos = f.front.slug.as_ref().map_or(Pos::START, |s| s.pos);
        if duplicate(
            &mut seen,
            &n.slug,
            &f.file,
            pos,
            WORD_NEWS_SLUG,
            &mut diagnostics,
        ) {
            continue;
        }
        if news::is_published(&n, options.drafts, options.future, options.now, &tz) {
            let mut n = n;
            let mut c = checks::Checker::new(&f.file, &mut diagnostics).in_preview(options.preview);
            photos.of_news(&mut c, &mut n, &f.front);
            news_items.push(n);
        } else {
            let draft = n.draft && !options.drafts;
            if !draft {
                let at = n.date.timestamp(&tz);
                due = Some(due.map_or(at, |d| d.min(at)));
            }
            left_out.count(draft);
        }
    }
    news_items.sort_by_cached_key(|n| (Reverse(n.date.timestamp(&tz)), n.slug.clone()));

    // Pages.
    let mut seen = HashMap::new();
    let mut pages = Vec::new();
    for f in &loaded.pages {
        let mut c = checks::Checker::new(&f.file, &mut diagnostics).in_preview(options.preview);
        let Some(mut page) = news::resolve_page(&mut c, f, lints) else {
            continue;
        };
        if duplicate(
            &mut seen,
            &page.path,
            &f.file,
            Pos::START,
            WORD_PAGE_PATH,
            &mut diagnostics,
        ) {
            continue;
        }
        if options.drafts || !page.draft {
            let mut c = checks::Checker::new(&f.file, &mut diagnostics).in_preview(options.preview);
            photos.of_page(&mut c, &mut page, &f.front);
            pages.push(page);
        } else {
            left_out.count(true);
        }
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    placeholders::check(loaded, options, lints, &mut diagnostics);

    let mut lookups = Lookups {
        organizations: org_ids,
        programs: program_ids,
        due,
        one_spelling: false,
    };
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (None, diagnostics, lookups);
    }

    related::link_related(&mut programs, &mut organizations, &news_items);
    let taxonomies = taxonomy::build(&programs, &news_items);
    lookups.one_spelling = taxonomies.one_spelling;
    let aggregates = outcomes::aggregate(&programs);
    let site = Site {
        config,
        today,
        built_at: options.now,
        organizations: organizations.into(),
        programs: programs.into(),
        news: news_items.into(),
        pages,
        regions: taxonomies.regions,
        sectors: taxonomies.sectors,
        tags: taxonomies.tags,
        aggregates,
        images: photos.into_records(),
        left_out,
    };
    (Some(site), diagnostics, lookups)
}
