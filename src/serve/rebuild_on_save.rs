//! `warta build --watch`: rebuild the output folder on every save, for
//! editors who use their own web server. Shares the watcher and the
//! incremental [`Preview`] with `warta serve`; unlike it, writes to disk.

use std::path::Path;
use std::time::Instant;

use super::{Preview, watch};
use crate::diagnostics::print_error;
use crate::i18n::Language;
use crate::msg;
use crate::pipeline::{self, BuildError, BuildReport};
use crate::resolve::BuildOptions;
use crate::write::Target;

/// Rebuilds on every change until the process is stopped. Every rebuild
/// writes through `target`, the output the command claimed, which checks
/// again before each swap that the folder is still warta's to replace.
pub fn rebuild_on_save(
    root: &Path,
    target: Target,
    options: BuildOptions,
    language: Language,
) -> ! {
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut preview = Preview::new(&root, options);
    let output = target.shown().to_path_buf();
    let watcher = watch(&root, move |changed| {
        let started = Instant::now();
        let outcome = preview.update(&changed, crate::clock::now_or_clock());
        let result = match outcome.result {
            Ok(mut built) => {
                // The disk gets the whole site, the outputs made later included.
                built.complete();
                pipeline::write_built(&target, &built).map(|()| BuildReport {
                    unchanged: false,
                    pages: built.pages(),
                    seconds: started.elapsed().as_secs_f64(),
                    language: built.language,
                    warnings: built.warnings,
                    left_out: built.left_out,
                })
            }
            Err(diagnostics) => Err(BuildError::Content(diagnostics)),
        };
        pipeline::print_result(result, &output, language);
    });
    match watcher {
        Ok(_watcher) => {
            let folder = root.display().to_string();
            eprintln!("{}", msg!(WATCHING, folder = folder).get(language));
            loop {
                std::thread::park();
            }
        }
        Err(e) => {
            let folder = root.display().to_string();
            print_error(
                &msg!(CANNOT_WATCH, folder = folder, error = e.to_string()),
                language,
            );
            std::process::exit(1);
        }
    }
}
