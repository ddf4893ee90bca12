//! The `warta` command: parse arguments, run, exit with the command's code.

use clap::Parser;

fn main() {
    let cli = warta::cli::Cli::parse();
    std::process::exit(warta::cli::run(cli));
}
