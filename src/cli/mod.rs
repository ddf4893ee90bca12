//! The command line: parses arguments and calls the pipeline. No logic here.

mod build;
mod check;
mod help;
mod new;
mod schema;
mod serve;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::diagnostics::print_error;
use crate::i18n::Language;
use crate::msg;

pub use help::parse;

#[derive(Debug, Parser)]
#[command(
    name = "warta",
    version,
    about = "Builds a static website of public training programs from Markdown news and YAML program records."
)]
pub struct Cli {
    /// The language of warta's messages: id (Indonesian) or en (English).
    /// Default: the WARTA_LANG environment variable, else the site's
    /// `language`, else English outside a site.
    #[arg(long, global = true, value_name = "id|en", value_parser = parse_language)]
    pub lang: Option<Language>,
    #[command(subcommand)]
    pub command: Command,
}

fn parse_language(code: &str) -> Result<Language, String> {
    Language::parse(code.trim()).ok_or_else(|| format!("`{code}`: write id or en"))
}

/// The language asked for, by `--lang` or else `WARTA_LANG`. A `WARTA_LANG`
/// warta does not speak is an error (exit code 2), not silently English.
fn asked_language(flag: Option<Language>) -> Result<Option<Language>, i32> {
    if flag.is_some() {
        return Ok(flag);
    }
    match std::env::var("WARTA_LANG") {
        Ok(code) if !code.trim().is_empty() => match Language::parse(code.trim()) {
            Some(l) => Ok(Some(l)),
            None => {
                print_error(&msg!(LANG_UNKNOWN, code = code), Language::En);
                Err(2)
            }
        },
        _ => Ok(None),
    }
}

/// The language to speak to the editor of the site at `root` in.
fn language(asked: Option<Language>, root: &std::path::Path) -> Language {
    asked.unwrap_or_else(|| crate::load::site_language(root).unwrap_or(Language::En))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(build::BuildArgs),
    /// Build, serve on http://127.0.0.1:1111/ and rebuild on every save; open
    /// pages reload by themselves.
    Serve(serve::ServeArgs),
    /// Check everything a build checks (internal links and images included); write nothing.
    Check(check::CheckArgs),
    /// Write a new program, news item, page or organization, every key with a comment.
    New(new::NewArgs),
    /// Make a new site with an example of each kind of file.
    Init(new::InitArgs),
    /// Write JSON Schemas of the content files, for autocomplete in editors.
    Schema(schema::SchemaArgs),
}

impl Command {
    /// Whether the command ends when its work is done (not `serve`, not
    /// `build --watch`): such a command may keep its memory until it exits.
    pub fn is_one_shot(&self) -> bool {
        match self {
            Command::Build(args) => !args.watch,
            Command::Check(_) => true,
            Command::Serve(_) | Command::New(_) | Command::Init(_) | Command::Schema(_) => false,
        }
    }
}

/// Options every command that reads a site shares.
#[derive(Debug, clap::Args)]
pub struct SiteArgs {
    /// The site's folder (with warta.yaml and content/).
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Include items marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Include news dated in the future.
    #[arg(long)]
    pub future: bool,
}

/// What a command that reads a site starts from.
struct Start {
    /// The build's "now".
    now: jiff::Timestamp,
    /// The language warta speaks to the editor in.
    language: Language,
}

impl SiteArgs {
    /// What every command that reads a site checks first: the site folder
    /// exists and `SOURCE_DATE_EPOCH`, when set, is readable. Prints the
    /// error and returns exit code 2 otherwise.
    fn start(&self, asked: Option<Language>) -> Result<Start, i32> {
        let language = language(asked, &self.root);
        if !self.root.is_dir() {
            let folder = self.root.display().to_string();
            print_error(&msg!(SITE_FOLDER_MISSING, folder = folder), language);
            return Err(2);
        }
        let now = crate::clock::now().map_err(|e| {
            print_error(&e, language);
            2
        })?;
        Ok(Start { now, language })
    }
}

/// Runs the command; returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    let asked = match asked_language(cli.lang) {
        Ok(asked) => asked,
        Err(code) => return code,
    };
    match cli.command {
        Command::Build(args) => build::run(&args, asked),
        Command::Serve(args) => serve::run(&args, asked),
        Command::Check(args) => check::run(&args, asked),
        Command::New(args) => new::run_new(&args, language(asked, &args.root)),
        // The new site speaks Indonesian (its warta.yaml says so).
        Command::Init(args) => new::run_init(&args, asked.unwrap_or(Language::Id)),
        Command::Schema(args) => schema::run(&args, language(asked, &args.root)),
    }
}
