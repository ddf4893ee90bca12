//! The command line: parses arguments and calls the pipeline. No logic here.

mod build;
mod check;
mod new;
mod schema;
mod serve;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "warta",
    version,
    about = "Builds a static website of public training programs from Markdown news and YAML program records."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(build::BuildArgs),
    /// Build, serve on http://127.0.0.1:1111/ and rebuild on every save; open
    /// pages reload by themselves.
    Serve(serve::ServeArgs),
    /// Check the content and the internal links in it; write nothing.
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

impl SiteArgs {
    /// What every command that reads a site checks first: the site folder
    /// exists and `SOURCE_DATE_EPOCH`, when set, is readable. Returns the
    /// build's "now", or prints the error and returns exit code 2.
    fn start(&self) -> Result<jiff::Timestamp, i32> {
        if !self.root.is_dir() {
            eprintln!(
                "error: the site folder {} does not exist",
                self.root.display()
            );
            return Err(2);
        }
        crate::clock::now().map_err(|e| {
            eprintln!("error: {e}");
            2
        })
    }
}

/// Runs the command; returns the process exit code.
pub fn run(cli: Cli) -> i32 {
    match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Check(args) => check::run(&args),
        Command::New(args) => new::run_new(&args),
        Command::Init(args) => new::run_init(&args),
        Command::Schema(args) => schema::run(&args),
    }
}
