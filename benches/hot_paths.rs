//! `cargo bench --bench hot_paths`: the stages a build spends its time in,
//! on the demo site of this repository (and, when python3 is there, a
//! generated site of 1,000 news items).
//!
//! Inputs are read once before timing; each benchmark times one stage only.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;

use warta::diagnostics::{Diagnostic, Pos, Renderer};
use warta::load::{self, LoadedSite, front_matter, yaml};
use warta::model::{NewsRecord, ProgramRecord};
use warta::render::context::Ctx;
use warta::render::templates::Templates;
use warta::render::urls::Urls;
use warta::render::view::PageMeta;
use warta::render::{self, markdown};
use warta::resolve::{self, BuildOptions, RawHtml, Site};

/// The largest news item of the demo site (~2.3 KB, front matter and body).
const NEWS_ITEM: &str =
    "content/news/2024/2024-09-30-tiga-bulan-usai-bimtek-enam-usaha-keripik-pisang-berjalan.md";
/// A program of typical size (~3 KB): curriculum, venues, outcomes.
const PROGRAM: &str = "content/programs/sekolah-lapang-kopi-ijen-2024.yaml";

fn demo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    let path = demo_root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// As the tests build: a fixed "now" (2026-11-27T12:00:00Z), so statuses and
/// future news are the same on every run.
fn options() -> BuildOptions {
    BuildOptions {
        drafts: false,
        future: false,
        base_url: None,
        now: Timestamp::from_second(1_795_780_800).expect("a valid timestamp"),
        strict: false,
        preview: false,
    }
}

fn load(root: &Path) -> LoadedSite {
    let (loaded, diagnostics) = load::load_site(root);
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{} does not load: {diagnostics:?}",
        root.display()
    );
    loaded
}

fn resolved(loaded: &LoadedSite) -> Site {
    let (site, diagnostics) = resolve::resolve(loaded, &options(), None);
    match site {
        Some(site) if diagnostics.iter().all(|d| !d.is_error()) => site,
        _ => panic!("the site does not resolve: {diagnostics:?}"),
    }
}

fn front_matter_and_yaml(c: &mut Criterion) {
    let news = read(NEWS_ITEM);
    let program = read(PROGRAM);
    let mut group = c.benchmark_group("front_matter_and_yaml");
    group.bench_function("news_item", |b| {
        b.iter(|| {
            let split = front_matter::split(black_box(&news)).expect("front matter");
            let record: NewsRecord = yaml::parse(split.yaml, split.yaml_line).expect("news YAML");
            (record, split.body.len())
        })
    });
    group.bench_function("program", |b| {
        b.iter(|| {
            let record: ProgramRecord = yaml::parse(black_box(&program), 1).expect("program YAML");
            record
        })
    });
    group.finish();
}

fn markdown_render(c: &mut Criterion) {
    let news = read(NEWS_ITEM);
    let body = front_matter::split(&news).expect("front matter").body;
    c.bench_function("markdown_render", |b| {
        let urls = Urls::new("https://host/", "/");
        b.iter(|| markdown::render(black_box(body), &urls, RawHtml::Sanitize))
    });
}

fn template_render(c: &mut Criterion) {
    let loaded = load(demo_root());
    let site = resolved(&loaded);
    let mut group = c.benchmark_group("template_render");

    // One news page, as render::Rendering makes it: shared context once, the
    // page's own per render. The JSON-LD (made by a private module) is a
    // stand-in; it is passed through `| safe` untouched.
    let no_photos = warta::images::Prepared::default();
    let cx = Ctx::new(&site, &no_photos);
    let mut globals = tera::Context::new();
    globals.insert("site", &cx.site_view());
    globals.insert("t", &cx.t);
    let templates =
        Templates::new(&loaded.theme.templates, globals).expect("the theme's templates");
    let i = site
        .news
        .enumerate()
        .find_map(|(i, n)| NEWS_ITEM.contains(n.slug.as_str()).then_some(i))
        .expect("the benchmark's news item is published");
    let n = &site.news[i];
    let url = cx.urls.news(&n.slug);
    let mut context = tera::Context::new();
    context.insert("item", &render::pages::news::view(&cx, i));
    context.insert(
        "meta",
        &PageMeta {
            title: n.title.as_str().into(),
            description: n.summary.as_deref().map(std::borrow::Cow::Borrowed),
            section: "news",
            canonical_url: cx.urls.absolute(&url),
            url: &url,
            unpublished: None,
            image: None,
        },
    );
    context.insert("jsonld", "{}");
    group.bench_function("news_page", |b| {
        b.iter(|| {
            templates
                .render("news.html", black_box(&context))
                .expect("news.html renders")
        })
    });

    // Every page and output of the demo site (parallel, as a build does).
    group.bench_function("render_demo_site", |b| {
        b.iter(|| {
            warta::pipeline::render(
                black_box(&site),
                &Default::default(),
                &loaded.theme.templates,
                None,
            )
            .expect("render")
        })
    });
    group.finish();
}

/// Writes a site of `n` news items with benches/gen_site.py; `None` (and a
/// note) when python3 cannot run it.
fn generated_site(n: usize) -> Option<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::tempdir().expect("a temp dir");
    let status = Command::new("python3")
        .arg(demo_root().join("benches/gen_site.py"))
        .arg(n.to_string())
        .arg(dir.path())
        .status();
    match status {
        Ok(s) if s.success() => {
            let root = dir.path().join("warta");
            Some((dir, root))
        }
        other => {
            eprintln!("resolve_1k skipped: benches/gen_site.py did not run ({other:?})");
            None
        }
    }
}

fn resolve_site(c: &mut Criterion) {
    let options = options();
    let demo = load(demo_root());
    let mut group = c.benchmark_group("resolve_site");
    group.bench_function("demo", |b| {
        b.iter(|| resolve::resolve(black_box(&demo), &options, None))
    });
    if let Some((_dir, root)) = generated_site(1000) {
        let big = load(&root);
        resolved(&big);
        group.sample_size(20);
        group.bench_function("resolve_1k", |b| {
            b.iter(|| resolve::resolve(black_box(&big), &options, None))
        });
    }
    group.finish();
}

/// The search index (`search/`), built beside the pages in a real build:
/// on the demo site and on a generated site of 1,000 news items.
fn search_index(c: &mut Criterion) {
    let demo = load(demo_root());
    let demo = resolved(&demo);
    let mut group = c.benchmark_group("search");
    let no_photos = warta::images::Prepared::default();
    let cx = Ctx::new(&demo, &no_photos);
    group.bench_function("index_demo", |b| {
        b.iter(|| render::search::index(black_box(&cx), None))
    });
    if let Some((_dir, root)) = generated_site(1000) {
        let big = load(&root);
        let big = resolved(&big);
        let no_photos = warta::images::Prepared::default();
        let cx = Ctx::new(&big, &no_photos);
        group.sample_size(20);
        group.bench_function("index_1k", |b| {
            b.iter(|| render::search::index(black_box(&cx), None))
        });
    }
    group.finish();
}

/// Printing the warnings of one file: 8,000 images without alt text in a
/// 100 KB body, rendered in order as `diagnostics::print` does: with one
/// line index for the file (~23 ms), and with each render making its own
/// (~275 ms), which is what sharing the index saves.
fn diagnostics_render(c: &mut Criterion) {
    let body = "![](/a.jpg)\n\n".repeat(8_000);
    let source: Arc<str> = Arc::from(format!("---\ntitle: A\ndate: 2025-01-01\n---\n{body}"));
    let diagnostics: Vec<Diagnostic> = (0..8_000u32)
        .map(|i| {
            Diagnostic::warning(
                "content/news/a.md",
                Some(Pos::new(5 + 2 * i, 1)),
                "an image without a description (alt text)",
            )
            .with_hint("write what the picture shows between the brackets")
            .with_source(source.clone())
        })
        .collect();
    let mut group = c.benchmark_group("diagnostics");
    group.sample_size(10);
    // Each alone: every render makes the file's line index again, the cost
    // of a renderer that finds each problem's line by itself.
    group.bench_function("render_8000_of_one_file_each_alone", |b| {
        b.iter(|| {
            diagnostics
                .iter()
                .map(|d| black_box(d).render(false, warta::i18n::Language::Id).len())
                .sum::<usize>()
        })
    });
    group.bench_function("render_8000_of_one_file", |b| {
        b.iter(|| {
            let mut renderer = Renderer::new(false, warta::i18n::Language::Id);
            diagnostics
                .iter()
                .map(|d| renderer.render(black_box(d)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    diagnostics_render,
    front_matter_and_yaml,
    markdown_render,
    template_render,
    resolve_site,
    search_index
);
criterion_main!(benches);
