//! `warta build`

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::i18n::Language;
use crate::pipeline::{self, BuildError, BuildReport};
use crate::resolve::BuildOptions;
use crate::serve::Preview;
use crate::write::Target;

use super::SiteArgs;

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Where to write the site; replaced whole on success. Default: public/ in the site's folder.
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Use this base URL instead of warta.yaml's `base_url`.
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Treat warnings (such as an image without a description) as errors:
    /// print them all and write nothing.
    #[arg(long)]
    pub strict: bool,
    /// Keep running and rebuild on every save (for editors who use their own
    /// web server). Stop with Ctrl-C.
    #[arg(long)]
    pub watch: bool,
}

/// "Now" for the build: `SOURCE_DATE_EPOCH` when set (reproducible builds,
/// tests), else the clock.
pub fn now() -> Result<jiff::Timestamp, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
            .ok_or_else(|| format!("SOURCE_DATE_EPOCH must be a number of seconds, not `{s}`")),
        Err(_) => Ok(jiff::Timestamp::now()),
    }
}

fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

pub fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let color = color();
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by(|a, b| {
        (&a.file, a.pos.map(|p| (p.line, p.column)))
            .cmp(&(&b.file, b.pos.map(|p| (p.line, p.column))))
    });
    let mut renderer = crate::diagnostics::Renderer::new(color);
    for d in sorted {
        eprintln!("{}\n", renderer.render(d));
    }
}

fn summary(report: &BuildReport) -> String {
    let seconds = format!("{:.2}", report.seconds);
    match (report.language, report.unchanged) {
        (Language::Id, true) => format!(
            "Selesai: {} halaman dalam {} detik; tidak ada yang berubah, tidak ada berkas yang ditulis",
            report.pages,
            seconds.replace('.', ",")
        ),
        (Language::En, true) => format!(
            "Built {} pages in {seconds} s; nothing changed, no file was written",
            report.pages
        ),
        (Language::Id, false) => format!(
            "Selesai: {} halaman dalam {} detik",
            report.pages,
            seconds.replace('.', ",")
        ),
        (Language::En, false) => format!("Built {} pages in {seconds} s", report.pages),
    }
}

pub fn run(args: &BuildArgs) -> i32 {
    let root = &args.site.root;
    if !root.is_dir() {
        eprintln!("error: the site folder {} does not exist", root.display());
        return 2;
    }
    let now = match now() {
        Ok(n) => n,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let output = args.output.clone().unwrap_or_else(|| root.join("public"));
    let options = BuildOptions {
        drafts: args.site.drafts,
        future: args.site.future,
        base_url: args.base_url.clone(),
        now,
        strict: args.strict,
    };
    // An output warta may not replace ends the command, `--watch` or not.
    let target = match pipeline::claim_output(root, &output) {
        Ok(target) => target,
        Err(refused) => return finish(Err(refused), &output),
    };
    let code = finish(pipeline::build(root, &target, &options), &output);
    if args.watch {
        watch(root, target, options);
    }
    code
}

/// Rebuilds on every change until the process is stopped. Every rebuild
/// writes through `target`, which checks again before each swap that the
/// folder is still warta's to replace.
fn watch(root: &Path, target: Target, options: BuildOptions) -> ! {
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut preview = Preview::new(&root, options);
    let output_for_watcher = target.shown().to_path_buf();
    let watcher = crate::serve::watch(&root, move |changed| {
        let started = std::time::Instant::now();
        let outcome = preview.update(&changed, now().unwrap_or_else(|_| jiff::Timestamp::now()));
        let result = match outcome.result {
            Ok(built) => pipeline::write_built(&target, &built).map(|()| BuildReport {
                unchanged: false,
                pages: built.pages(),
                seconds: started.elapsed().as_secs_f64(),
                language: built.language,
                warnings: built.warnings,
            }),
            Err(diagnostics) => Err(BuildError::Content(diagnostics)),
        };
        finish(result, &output_for_watcher);
    });
    match watcher {
        Ok(_watcher) => {
            eprintln!("Watching {} for changes (Ctrl-C to stop)", root.display());
            loop {
                std::thread::park();
            }
        }
        Err(e) => {
            eprintln!("error: cannot watch {}: {e}", root.display());
            std::process::exit(1);
        }
    }
}

/// Prints what a build did; returns the exit code.
fn finish(result: Result<BuildReport, BuildError>, output: &Path) -> i32 {
    match result {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            eprintln!("{}", summary(&report));
            0
        }
        Err(BuildError::Content(diagnostics)) => {
            print_diagnostics(&diagnostics);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let warnings = diagnostics.len() - errors;
            eprintln!(
                "error: the build found {errors} error(s){}; nothing was written, {} is unchanged",
                if warnings > 0 {
                    format!(" and {warnings} warning(s)")
                } else {
                    String::new()
                },
                output.display()
            );
            1
        }
        Err(BuildError::Usage(message)) => {
            eprintln!("error: {message}");
            2
        }
        Err(BuildError::Io(message)) => {
            eprintln!("error: {message}");
            1
        }
    }
}
