//! The preview's resolve after a save: the last site, patched in place.
//!
//! Most saves change the text of one news item or program and nothing any
//! other record depends on: its place in the lists (slug or id, date),
//! what it names (programs, organizations, which photo files), whether it
//! is published. Then only that record is resolved again and put in the place of
//! the old one, with the taxonomies and the outcome figures made again when
//! its terms or figures may have moved: a millisecond, where resolving
//! 12,000 records took 30-40 ms at every save (issue 18).
//!
//! Anything else, or anything this module is unsure of, takes the whole
//! resolve: a patched site is exactly the site a whole resolve makes
//! (tests/incremental.rs compares the two after every kind of edit).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use jiff::civil::Date;

use super::checks::Checker;
use super::pictures::Photos;
use super::{
    BuildOptions, Lookups, NewsItem, NewsIx, Program, ProgramIx, Site, file_id, news, outcomes,
    placeholders, program, taxonomy,
};
use crate::diagnostics::Diagnostic;
use crate::load::LoadedSite;

mod photos;
mod retag;

use retag::retag;

/// Beyond this many changed records (a branch checked out), the whole
/// resolve is as quick and far simpler to trust.
const MOST_PATCHED: usize = 16;

/// What the preview keeps of its last whole resolve (`pipeline::Caches`).
#[derive(Default)]
pub struct Kept {
    last: Option<Last>,
    /// How many resolves were patches, for tests and the timing log.
    patched: usize,
}

impl Kept {
    /// How many of this session's resolves patched the last site.
    pub fn patched(&self) -> usize {
        self.patched
    }
}

struct Last {
    site: Arc<Site>,
    /// [`inputs`] of the loaded site it was resolved from.
    inputs: u64,
    /// The versions of the news and program files, in the loaded order
    /// (by path, which a save keeps).
    news: Vec<u64>,
    programs: Vec<u64>,
    lookups: Lookups,
    /// The whole resolve's warnings. Each is a file's own (`Checker`),
    /// made from its record alone: while the changed records have none,
    /// before or after, a patched site has exactly these.
    warnings: Vec<Diagnostic>,
}

/// Resolves `loaded` for the preview: patches the last site when the save
/// allows ([`Kept`]), or resolves the whole site and keeps it for the next
/// save. `clean`: loading found no problem.
pub fn resolve_kept(
    loaded: &LoadedSite,
    options: &BuildOptions,
    lints: Option<&super::LintCache>,
    kept: &mut Kept,
    clean: bool,
) -> (Option<Arc<Site>>, Vec<Diagnostic>) {
    let t0 = std::time::Instant::now();
    if clean && let Some(site) = patch(kept, loaded, options, lints) {
        crate::timing::mark("patched", t0);
        kept.patched += 1;
        let warnings = kept.last.as_ref().map(|l| l.warnings.clone());
        return (Some(site), warnings.unwrap_or_default());
    }
    if let Some(last) = kept.last.take() {
        // Freeing 12,000 records is a thread's 10 ms: not this one's.
        std::thread::spawn(move || drop(last));
    }
    let (site, diagnostics, lookups) = super::resolve_whole(loaded, options, lints);
    let site = site.map(Arc::new);
    // A site with errors is not patched: the editor mends them, often in
    // several files, and the whole resolve tells which remain.
    let errors = diagnostics.iter().any(Diagnostic::is_error);
    if let (Some(site), false, true) = (&site, errors, clean) {
        kept.last = Some(Last {
            site: site.clone(),
            inputs: inputs(loaded, options),
            news: loaded.news.iter().map(|f| f.file.version).collect(),
            programs: loaded.programs.iter().map(|f| f.file.version).collect(),
            lookups,
            warnings: diagnostics.clone(),
        });
    }
    (site, diagnostics)
}

/// A digest of what resolve reads besides news and programs: the options
/// but "now" (judged apart), `warta.yaml`, organizations, pages, and which
/// photo and static files exist (resolve checks that a named photo does).
fn inputs(loaded: &LoadedSite, options: &BuildOptions) -> u64 {
    let mut h = DefaultHasher::new();
    options.hash_but_now(&mut h);
    loaded.config_file.as_ref().map(|f| f.version).hash(&mut h);
    for f in &loaded.organizations {
        f.file.version.hash(&mut h);
    }
    for f in &loaded.pages {
        f.file.version.hash(&mut h);
    }
    loaded.content_photos.hash(&mut h);
    for s in &loaded.static_files {
        s.output().hash(&mut h);
    }
    let unparsed = &loaded.unparsed;
    (unparsed.organizations.len(), unparsed.programs.len()).hash(&mut h);
    loaded.root.hash(&mut h);
    h.finish()
}

/// The last site with the changed records put in, or `None` when this
/// save needs the whole resolve.
fn patch(
    kept: &mut Kept,
    loaded: &LoadedSite,
    options: &BuildOptions,
    lints: Option<&super::LintCache>,
) -> Option<Arc<Site>> {
    let last = kept.last.as_mut()?;
    // Shared still (the last save's outputs are being made): not patched.
    Arc::get_mut(&mut last.site)?;
    if last.inputs != inputs(loaded, options)
        || last.news.len() != loaded.news.len()
        || last.programs.len() != loaded.programs.len()
    {
        return None;
    }
    let site = &*last.site;
    let tz = &site.config.timezone;
    let today: Date = options.now.to_zoned_datetime(tz.clone()).date();
    // A new day moves statuses; a news item coming due joins the lists.
    if today != site.today || last.lookups.due.is_some_and(|due| due <= options.now) {
        return None;
    }
    let changed_news = changed(&last.news, loaded.news.iter().map(|f| f.file.version));
    let changed_programs = changed(
        &last.programs,
        loaded.programs.iter().map(|f| f.file.version),
    );
    if changed_news.len() + changed_programs.len() > MOST_PATCHED {
        return None;
    }
    // A changed file that had warnings: the whole resolve puts its new ones
    // where they go among the others'.
    let warned = |path: &std::path::Path| last.warnings.iter().any(|d| d.file == path);
    let mut changed_files = (changed_news.iter().map(|&i| &loaded.news[i].file))
        .chain(changed_programs.iter().map(|&i| &loaded.programs[i].file));
    if changed_files.any(|f| warned(&f.path)) {
        return None;
    }
    // The changed records, resolved again, with the places of their old selves.
    let mut news_patches: Vec<(NewsIx, NewsItem)> = Vec::new();
    let mut program_patches: Vec<(ProgramIx, Program)> = Vec::new();
    let mut terms_moved = false;
    // News items whose tags changed: (item, old tags, new tags).
    let mut retagged: Vec<(NewsIx, Vec<String>, Vec<String>)> = Vec::new();
    let mut starts_moved = false;
    // Where the changed records now name the photos they name first.
    let mut named_at = Vec::new();
    for &i in &changed_news {
        let f = &loaded.news[i];
        let (ix, old) = site
            .news
            .enumerate()
            .find(|(_, n)| n.version == last.news[i])?;
        let mut found = Vec::new();
        let mut c = Checker::new(&f.file, &mut found).in_preview(options.preview);
        let mut n = news::resolve_news(
            &mut c,
            f,
            &last.lookups.programs,
            &last.lookups.organizations,
            site.organizations.as_slice(),
            tz,
            lints,
        )?;
        let published = news::is_published(&n, options.drafts, options.future, options.now, tz);
        let mut photos = Photos::after(&loaded.root, &site.images);
        photos.of_news(&mut c, &mut n, &f.front);
        found.extend(placeholders::in_body(
            &f.file,
            &f.body,
            f.front.draft,
            options,
            lints,
        ));
        let same_place = n.slug == old.slug
            && n.date == old.date
            && n.draft == old.draft
            && n.programs == old.programs
            && n.organizations == old.organizations;
        let same_photos = photos::of_news(old) == photos::of_news(&n);
        if !found.is_empty() || !published || !same_place || !same_photos {
            return None;
        }
        named_at.extend(photos::first_named(&photos, &site.images, &f.file.path));
        if n.tags != old.tags {
            retagged.push((ix, old.tags.clone(), n.tags.clone()));
        }
        news_patches.push((ix, n));
    }
    for &i in &changed_programs {
        let f = &loaded.programs[i];
        let (ix, old) = site
            .programs
            .enumerate()
            .find(|(_, p)| p.version == last.programs[i])?;
        let id = match &f.record.id {
            Some(id) => id.value.trim(),
            None => file_id(&f.stem),
        };
        if id != old.id {
            return None;
        }
        let known = program::Known {
            organizations: &last.lookups.organizations,
            tz,
            today,
            lints,
        };
        let mut found = Vec::new();
        let mut c = Checker::new(&f.file, &mut found).in_preview(options.preview);
        let mut p = program::resolve_program(&mut c, f, old.id.clone(), &known)?;
        let mut photos = Photos::after(&loaded.root, &site.images);
        photos.of_program(&mut c, &mut p, &f.record);
        placeholders::in_program(f, options, lints, &mut found);
        // A new start moves the program in the list: see `move_programs`.
        starts_moved |= p.start != old.start;
        let same_place =
            p.draft == old.draft && p.organizers == old.organizers && p.partners == old.partners;
        let same_photos = photos::of_program(old) == photos::of_program(&p);
        if !found.is_empty() || !same_place || !same_photos {
            return None;
        }
        named_at.extend(photos::first_named(&photos, &site.images, &f.file.path));
        terms_moved |= p.tags != old.tags || p.sector != old.sector || p.region != old.region;
        p.news = old.news.clone();
        program_patches.push((ix, p));
    }
    let programs_changed = !changed_programs.is_empty();
    let site = Arc::get_mut(&mut last.site)?;
    for (ix, n) in news_patches {
        site.news[ix] = n;
    }
    for (ix, p) in program_patches {
        site.programs[ix] = p;
    }
    for (ix, pos) in named_at {
        site.images[ix].named_at = pos;
    }
    if starts_moved {
        // Terms written two ways take their name from the first record:
        // after a move, maybe another.
        let terms_follow = !terms_moved && last.lookups.one_spelling;
        move_programs(site, &mut last.lookups, terms_follow);
        terms_moved |= !terms_follow;
    }
    if !terms_moved && !retagged.is_empty() {
        // Moved between the tags, or the tags made again when that is not plain.
        match last
            .lookups
            .one_spelling
            .then(|| retag(&site.tags, &retagged))
        {
            Some(Some(tags)) => site.tags = tags,
            _ => terms_moved = true,
        }
    }
    if terms_moved {
        let made = taxonomy::build(site.programs.as_slice(), site.news.as_slice());
        (site.regions, site.sectors, site.tags) = (made.regions, made.sectors, made.tags);
        last.lookups.one_spelling = made.one_spelling;
    }
    if programs_changed {
        site.aggregates = outcomes::aggregate(site.programs.as_slice());
    }
    site.built_at = options.now;
    for i in changed_news {
        last.news[i] = loaded.news[i].file.version;
    }
    for i in changed_programs {
        last.programs[i] = loaded.programs[i].file.version;
    }
    Some(last.site.clone())
}

/// Puts the programs back in the order a whole resolve gives them (newest
/// start first) after a start changed, and every index that named one
/// where it went: the news items', the organizations' and, with
/// `terms_follow`, the terms' (else the caller makes the terms again).
fn move_programs(site: &mut Site, lookups: &mut Lookups, terms_follow: bool) {
    let tz = site.config.timezone.clone();
    let moved_to = site
        .programs
        .sort_by_cached_key(|p| super::related::program_order(p, &tz));
    let move_ix = |p: &mut ProgramIx| *p = moved_to[p.get()];
    for n in site.news.iter_mut() {
        n.programs.iter_mut().for_each(move_ix);
    }
    for o in site.organizations.iter_mut() {
        o.programs.iter_mut().for_each(move_ix);
        // In the programs' order, as `link_related` lists them.
        o.programs.sort_unstable();
    }
    lookups.programs.values_mut().flatten().for_each(move_ix);
    if terms_follow {
        let terms = site
            .regions
            .iter_mut()
            .chain(&mut site.sectors)
            .chain(&mut site.tags);
        for t in terms {
            t.programs.iter_mut().for_each(move_ix);
            // In the programs' order, once each, as `taxonomy::build` lists them.
            t.programs.sort_unstable();
            t.programs.dedup();
        }
    }
}

/// The positions whose version is not the one kept.
fn changed(kept: &[u64], now: impl Iterator<Item = u64>) -> Vec<usize> {
    now.zip(kept)
        .enumerate()
        .filter(|(_, (now, kept))| now != *kept)
        .map(|(i, _)| i)
        .collect()
}
