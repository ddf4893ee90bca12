//! `warta check`

use crate::diagnostics::{Summary, print};
use crate::pipeline;
use crate::resolve::BuildOptions;

use super::SiteArgs;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
}

pub fn run(args: &CheckArgs) -> i32 {
    let now = match args.site.start() {
        Ok(now) => now,
        Err(code) => return code,
    };
    let options = BuildOptions {
        drafts: args.site.drafts,
        future: args.site.future,
        base_url: None,
        now,
        strict: false,
    };
    match pipeline::check(&args.site.root, &options) {
        Ok(warnings) if warnings.is_empty() => {
            print(&warnings, &Summary::CheckClean);
            0
        }
        // A check is for finding what to fix before publishing: warnings count.
        Ok(warnings) => {
            print(&warnings, &Summary::CheckWarned);
            1
        }
        Err(diagnostics) => {
            print(&diagnostics, &Summary::CheckFailed);
            1
        }
    }
}
