//! `warta serve`: build, serve on the loopback address, rebuild on every
//! save, and reload the open pages. Errors show in the browser as an overlay
//! over the last good build, and the server keeps running.

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
use std::sync::{Arc, RwLock};

use tokio::sync::broadcast;

use crate::diagnostics::{Summary, print};
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
    pub drafts: bool,
    pub future: bool,
    pub open: bool,
    /// Host names to answer besides IP addresses and `localhost`
    /// (`--allow-host`).
    pub allow_hosts: Vec<String>,
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

fn publish(served: &RwLock<Served>, outcome: &Outcome) {
    let mut s = served.write().unwrap_or_else(|e| e.into_inner());
    match &outcome.result {
        Ok(built) => {
            s.pages = built
                .files
                .iter()
                .map(|f| (f.path.clone(), f.bytes.clone()))
                .collect();
            s.statics = statics(built);
            s.overlay = None;
            s.built = true;
        }
        Err(diagnostics) => s.overlay = Some(overlay::overlay(diagnostics)),
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
pub fn report(outcome: &Outcome) {
    match &outcome.result {
        Ok(built) => {
            let summary = Summary::Rebuilt {
                pages: built.pages(),
                reused: outcome.reused,
                seconds: outcome.seconds,
                language: built.language,
            };
            print(&built.warnings, &summary);
        }
        Err(diagnostics) => print(diagnostics, &Summary::RebuildFailed),
    }
}

use http::{AppState, Served};

fn open_browser(url: &str) {
    if crate::platform::open_browser(url).is_err() {
        eprintln!("could not open a browser; open {url} yourself");
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
            eprintln!("error: cannot start the server: {e}");
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
            eprintln!(
                "error: cannot listen on {}:{}: {e}\nhelp: another program may use this port; try `--port {}`, or `--port 0` for any free port",
                options.bind,
                options.port,
                options.port.wrapping_add(1)
            );
            return 2;
        }
    };
    let addr = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {} makes the preview (drafts included) reachable from other machines; open it there by this machine's IP address, or allow its name with `--allow-host NAME`",
            options.bind
        );
    }
    let url = base_url(addr);
    let build_options = BuildOptions {
        drafts: options.drafts,
        future: options.future,
        base_url: Some(url.clone()),
        now: crate::clock::now_or_clock(),
        strict: false,
    };

    let served = Arc::new(RwLock::new(Served::default()));
    let (reloads, _) = broadcast::channel(16);
    let mut preview = Preview::new(&options.root, build_options);
    let first = preview.rebuild();
    report(&first);
    publish(&served, &first);

    let watcher = {
        let served = served.clone();
        let reloads = reloads.clone();
        let mut generation = 0u64;
        watch(&options.root, move |changed| {
            let outcome = preview.update(&changed, crate::clock::now_or_clock());
            report(&outcome);
            publish(&served, &outcome);
            generation += 1;
            let _ = reloads.send(generation);
        })
    };
    let _watcher = match watcher {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: cannot watch {}: {e}", options.root.display());
            return 1;
        }
    };

    println!("Serving {url} (Ctrl-C to stop)");
    if options.open {
        open_browser(&url);
    }
    let app = http::router(
        AppState { served, reloads },
        hosts::AllowedHosts::new(&options.allow_hosts),
    );
    let server = axum::serve(listener, app);
    tokio::select! {
        result = server => {
            if let Err(e) = result {
                eprintln!("error: the server stopped: {e}");
                return 1;
            }
            0
        }
        _ = tokio::signal::ctrl_c() => {
            eprintln!("stopped");
            0
        }
    }
}
