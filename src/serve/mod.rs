//! `warta serve`: build, serve on the loopback address, rebuild on every
//! save, and reload the open pages. Errors show in the browser as an overlay
//! over the last good build, and the server keeps running; warnings show as
//! a small banner the editor may close.

mod admin;
mod cms_api;
mod disk;
mod hosts;
mod http;
mod overlay;
mod preview;
mod rebuild_on_save;
mod watch;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use tokio::sync::broadcast;

use crate::diagnostics::{Summary, print, print_error, print_help, print_warning};
use crate::i18n::Language;
use crate::msg;
use crate::pipeline::Built;
use crate::resolve::BuildOptions;

pub use preview::{Outcome, Preview};
pub use rebuild_on_save::rebuild_on_save;
pub use watch::watch;

pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub open: bool,
    /// Host names to answer besides IP addresses and `localhost`
    /// (`--allow-host`).
    pub allow_hosts: Vec<String>,
    /// The language of the terminal lines and the overlay.
    pub language: Language,
}

/// The preview's address as a base URL: `http://127.0.0.1:1111/`.
fn base_url(addr: SocketAddr) -> String {
    let host = match addr.ip() {
        ip if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) => v4.to_string(),
    };
    format!("http://{host}:{}/", addr.port())
}

fn publish(served: &RwLock<Served>, outcome: &Outcome, language: Language) {
    let mut s = served.write().unwrap_or_else(|e| e.into_inner());
    s.language = language;
    match &outcome.result {
        Ok(built) => {
            match &built.fresh {
                // The same paths: only the pages made anew change.
                Some(fresh) if fresh.follows(s.render) => {
                    for f in fresh.pages.iter().filter_map(|&i| built.files.get(i)) {
                        match s.pages.get_mut(&f.path) {
                            Some(bytes) => *bytes = f.bytes.clone(),
                            None => {
                                s.pages.insert(f.path.clone(), f.bytes.clone());
                            }
                        }
                    }
                }
                _ => crate::output::update_by_path(&mut s.pages, &built.files, |_, f| {
                    f.bytes.clone()
                }),
            }
            s.render = built.fresh.as_ref().map(|f| (f.paths, f.render));
            s.statics = statics(built);
            s.later = built.later.clone();
            // Errors get the overlay; warnings alone, a banner to close.
            s.overlay = overlay::warnings_banner(&built.warnings, language);
            s.built = true;
        }
        Err(diagnostics) => s.overlay = Some(overlay::overlay(diagnostics, language)),
    }
}

fn statics(built: &Built) -> HashMap<String, crate::load::StaticFile> {
    built
        .statics
        .iter()
        .map(|f| (f.output().to_string(), f.clone()))
        .collect()
}

/// Tells the terminal what a rebuild did.
pub fn report(outcome: &Outcome, language: Language) {
    match &outcome.result {
        Ok(built) => {
            let summary = Summary::Rebuilt {
                pages: built.pages(),
                reused: outcome.reused,
                seconds: outcome.seconds,
            };
            print(&built.warnings, &summary, language);
        }
        Err(diagnostics) => print(diagnostics, &Summary::RebuildFailed, language),
    }
}

use http::{AppState, Served};

/// The preview, even if a thread panicked holding it (its state is whole
/// between calls).
fn lock(preview: &Mutex<Preview>) -> MutexGuard<'_, Preview> {
    preview.lock().unwrap_or_else(|e| e.into_inner())
}

fn open_browser(url: &str, language: Language) {
    if crate::platform::open_browser(url).is_err() {
        eprintln!("{}", msg!(NO_BROWSER, url = url).get(language));
    }
}

/// Runs until Ctrl-C. Returns the exit code.
pub fn run(options: ServeOptions) -> i32 {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            print_error(
                &msg!(SERVER_CANNOT_START, error = e.to_string()),
                options.language,
            );
            return 1;
        }
    };
    runtime.block_on(serve(options))
}

async fn serve(mut options: ServeOptions) -> i32 {
    // Events name absolute paths; the root must be absolute too to match them.
    if let Ok(root) = std::fs::canonicalize(&options.root) {
        options.root = root;
    }
    let listener = match tokio::net::TcpListener::bind((options.bind, options.port)).await {
        Ok(l) => l,
        Err(e) => {
            let language = options.language;
            let address = format!("{}:{}", options.bind, options.port);
            let error = e.to_string();
            print_error(
                &msg!(CANNOT_LISTEN, address = address, error = error),
                language,
            );
            let next = options.port.wrapping_add(1);
            print_help(&msg!(CANNOT_LISTEN_HINT, next = next), language);
            return 2;
        }
    };
    let addr = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            print_error(
                &msg!(SERVER_CANNOT_START, error = e.to_string()),
                options.language,
            );
            return 1;
        }
    };
    if !options.bind.is_loopback() {
        let address = options.bind.to_string();
        print_warning(
            &msg!(SERVING_BEYOND_LOOPBACK, address = address),
            options.language,
        );
    }
    let language = options.language;
    let url = base_url(addr);
    // The preview shows everything an editor may be writing, drafts and
    // future news included, each marked on its page and in lists (the
    // default theme's "Draf" banner), so a new page is never a 404 here.
    let build_options = BuildOptions {
        drafts: true,
        future: true,
        base_url: Some(url.clone()),
        now: crate::clock::now_or_clock(),
        strict: false,
        preview: true,
    };

    let served = Arc::new(RwLock::new(Served::default()));
    let (reloads, _) = broadcast::channel(16);
    // Shared with the CMS's backend, which checks saves against it.
    let preview = Arc::new(Mutex::new(Preview::new(&options.root, build_options)));
    let first = lock(&preview).rebuild();
    report(&first, language);
    publish(&served, &first, language);

    let watcher = {
        let served = served.clone();
        let reloads = reloads.clone();
        let preview = preview.clone();
        let mut generation = 0u64;
        watch(&options.root, move |changed| {
            let outcome = lock(&preview).update(&changed, crate::clock::now_or_clock());
            report(&outcome, language);
            publish(&served, &outcome, language);
            generation += 1;
            let _ = reloads.send(generation);
        })
    };
    let _watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            let folder = options.root.display().to_string();
            print_error(
                &msg!(CANNOT_WATCH, folder = folder, error = e.to_string()),
                language,
            );
            return 1;
        }
    };

    println!("{}", msg!(SERVING, url = url).get(language));
    if options.open {
        open_browser(&url, language);
    }
    let app = http::router(
        AppState {
            served,
            reloads,
            cms_api: cms_api::Backend::new(&options.root, preview),
        },
        hosts::AllowedHosts::new(&options.allow_hosts),
    );
    // The peer's address, for the CMS's backend (this computer only).
    let server = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    );
    tokio::select! {
        result = server => {
            if let Err(e) = result {
                print_error(&msg!(SERVER_STOPPED, error = e.to_string()), language);
                return 1;
            }
            0
        }
        _ = tokio::signal::ctrl_c() => {
            eprintln!("{}", msg!(STOPPED).get(language));
            0
        }
    }
}
