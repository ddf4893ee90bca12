//! `warta build`

use std::path::PathBuf;

use crate::pipeline;
use crate::resolve::BuildOptions;
use crate::serve::rebuild_on_save;

use super::{SiteArgs, Start};
use crate::i18n::Language;

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

pub fn run(args: &BuildArgs, asked: Option<Language>) -> i32 {
    let Start { now, language } = match args.site.start(asked) {
        Ok(start) => start,
        Err(code) => return code,
    };
    let root = &args.site.root;
    let output = args.output.clone().unwrap_or_else(|| root.join("public"));
    let options = BuildOptions {
        drafts: args.site.drafts,
        future: args.site.future,
        base_url: args.base_url.clone(),
        now,
        strict: args.strict,
        preview: false,
    };
    // An output warta may not replace ends the command, `--watch` or not.
    let target = match pipeline::claim_output(root, &output) {
        Ok(target) => target,
        Err(refused) => return pipeline::print_result(Err(refused), &output, language),
    };
    let afterwards = match args.watch {
        true => pipeline::Afterwards::KeepRunning,
        false => pipeline::Afterwards::Exit,
    };
    let built = pipeline::build(root, &target, &options, afterwards);
    let code = pipeline::print_result(built, &output, language);
    if args.watch {
        rebuild_on_save(root, target, options, language);
    }
    code
}
