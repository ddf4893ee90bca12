//! `warta check`

use crate::pipeline;
use crate::resolve::BuildOptions;

use super::SiteArgs;
use super::print_diagnostics;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
}

pub fn run(args: &CheckArgs) -> i32 {
    let root = &args.site.root;
    if !root.is_dir() {
        eprintln!("error: the site folder {} does not exist", root.display());
        return 2;
    }
    let now = match super::build::now() {
        Ok(n) => n,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let options = BuildOptions {
        drafts: args.site.drafts,
        future: args.site.future,
        base_url: None,
        now,
        strict: false,
    };
    match pipeline::check(root, &options) {
        Ok(warnings) if warnings.is_empty() => {
            eprintln!("ok: no problems found");
            0
        }
        // A check is for finding what to fix before publishing: warnings count.
        Ok(warnings) => {
            print_diagnostics(&warnings);
            eprintln!("error: {} warning(s) found", warnings.len());
            1
        }
        Err(diagnostics) => {
            print_diagnostics(&diagnostics);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            eprintln!("error: {errors} problem(s) found");
            1
        }
    }
}
