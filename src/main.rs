//! The `warta` command: parse arguments, run, exit with the command's code.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = warta::cli::parse();
    if cli.command.is_one_shot() {
        warta::platform::tune_for_one_shot_command();
    } else {
        warta::platform::keep_memory_between_saves();
    }
    std::process::exit(warta::cli::run(cli));
}
