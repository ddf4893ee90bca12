//! `warta check`

use crate::diagnostics::{Summary, print};
use crate::pipeline;
use crate::resolve::BuildOptions;

use super::{SiteArgs, Start};
use crate::i18n::Language;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub site: SiteArgs,
}

pub fn run(args: &CheckArgs, asked: Option<Language>) -> i32 {
    let Start { now, language } = match args.site.start(asked) {
        Ok(start) => start,
        Err(code) => return code,
    };
    let options = BuildOptions {
        drafts: args.site.drafts,
        future: args.site.future,
        base_url: None,
        now,
        strict: false,
        preview: false,
    };
    match pipeline::check(&args.site.root, &options) {
        Ok(warnings) if warnings.is_empty() => {
            print(&warnings, &Summary::CheckClean, language);
            0
        }
        // A check is for finding what to fix before publishing: warnings count.
        Ok(warnings) => {
            print(&warnings, &Summary::CheckWarned, language);
            1
        }
        Err(diagnostics) => {
            print(&diagnostics, &Summary::CheckFailed, language);
            1
        }
    }
}
