//! warta: a static site generator for public training programs.

mod cli;
mod diagnostics;
mod i18n;
mod load;
mod model;
mod pipeline;
mod render;
mod resolve;
mod write;

use clap::Parser;

fn main() {
    let cli = cli::Cli::parse();
    std::process::exit(cli::run(cli));
}
