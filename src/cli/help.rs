//! The command line in the editor's language: clap's Command is made from
//! the derive (whose doc comments are the English help) and, when warta
//! speaks Indonesian, every about and option help is replaced by its row,
//! before the arguments are parsed. The language is chosen as for every
//! message ([`super::language`]), from the raw arguments, since `--help`
//! and clap's errors come before any parsing succeeds.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::i18n::Language;
use crate::i18n::messages::{self as m, Message};

use super::Cli;

/// The help of each option, by subcommand (`""`: the top level) and the
/// option's id.
const OPTIONS: &[(&str, &str, Message)] = &[
    ("", "lang", m::HELP_LANG),
    ("build", "root", m::HELP_ROOT),
    ("build", "drafts", m::HELP_DRAFTS),
    ("build", "future", m::HELP_FUTURE),
    ("build", "output", m::HELP_BUILD_OUTPUT),
    ("build", "base_url", m::HELP_BASE_URL),
    ("build", "strict", m::HELP_STRICT),
    ("build", "watch", m::HELP_WATCH),
    ("serve", "root", m::HELP_ROOT),
    ("serve", "drafts", m::HELP_DRAFTS),
    ("serve", "future", m::HELP_FUTURE),
    ("serve", "port", m::HELP_PORT),
    ("serve", "bind", m::HELP_BIND),
    ("serve", "allow_hosts", m::HELP_ALLOW_HOST),
    ("serve", "open", m::HELP_OPEN),
    ("check", "root", m::HELP_ROOT),
    ("check", "drafts", m::HELP_DRAFTS),
    ("check", "future", m::HELP_FUTURE),
    ("new", "kind", m::HELP_NEW_KIND),
    ("new", "title", m::HELP_NEW_TITLE),
    ("new", "root", m::HELP_ROOT),
    ("init", "dir", m::HELP_INIT_DIR),
    ("schema", "root", m::HELP_ROOT),
    ("schema", "output", m::HELP_SCHEMA_OUTPUT),
];

/// Placeholders of values in the Indonesian usage and help.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("root", "FOLDER"),
    ("output", "FOLDER"),
    ("dir", "FOLDER"),
    ("kind", "JENIS"),
    ("title", "JUDUL"),
    ("bind", "ALAMAT"),
    ("allow_hosts", "NAMA"),
    ("base_url", "ALAMAT"),
];

/// What each subcommand does.
const ABOUTS: &[(&str, Message)] = &[
    ("build", m::ABOUT_BUILD),
    ("serve", m::ABOUT_SERVE),
    ("check", m::ABOUT_CHECK),
    ("new", m::ABOUT_NEW),
    ("init", m::ABOUT_INIT),
    ("schema", m::ABOUT_SCHEMA),
];

/// The language of `--help` and of clap's errors for these arguments:
/// `--lang`, else `WARTA_LANG`, else the site's (`--root`, or the current
/// folder), else English.
fn language_of(args: &[OsString]) -> Language {
    let mut root = PathBuf::from(".");
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (arg.to_string(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| iter.next().map(|v| v.to_string()))
        };
        match name.as_str() {
            "--lang" => {
                if let Some(l) = value().and_then(|v| Language::parse(v.trim())) {
                    return l;
                }
            }
            "--root" => root = value().map(PathBuf::from).unwrap_or(root),
            _ => {}
        }
    }
    let from_env = std::env::var("WARTA_LANG")
        .ok()
        .and_then(|code| Language::parse(code.trim()));
    from_env.unwrap_or_else(|| super::language(None, &root))
}

/// The command line, its texts in `language`.
pub fn command(language: Language) -> Command {
    let command = Cli::command();
    if language == Language::En {
        return command;
    }
    let say = |row: &Message| row.id;
    let mut command = own_help_flag(command.about(say(&m::ABOUT_WARTA)))
        .help_template(say(&m::HELP_TEMPLATE_TOP))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(say(&m::HELP_VERSION_FLAG)),
        )
        .disable_help_subcommand(true)
        .mut_arg("lang", |a| {
            a.help(say(&m::HELP_LANG)).long_help(None::<&str>)
        });
    for (name, about) in ABOUTS {
        command = command.mut_subcommand(*name, |sub| {
            let template = if sub.get_positionals().next().is_some() {
                &m::HELP_TEMPLATE_WITH_ARGUMENTS
            } else {
                &m::HELP_TEMPLATE
            };
            let mut sub = own_help_flag(sub.about(say(about)).long_about(None::<&str>))
                .help_template(say(template));
            for (_, id, help) in OPTIONS.iter().filter(|(s, ..)| s == name) {
                sub = sub.mut_arg(*id, |a| {
                    // Defaults and choices are said in the Indonesian help
                    // text; clap would add them in English.
                    let a = a.help(say(help)).long_help(None::<&str>);
                    let a = if a.get_action().takes_values() {
                        a.hide_default_value(true).hide_possible_values(true)
                    } else {
                        a
                    };
                    match VALUE_NAMES.iter().find(|(id, _)| a.get_id() == *id) {
                        Some((_, value)) => a.value_name(*value),
                        None => a,
                    }
                });
            }
            let positionals: String = sub
                .get_positionals()
                .filter_map(|p| p.get_value_names()?.first().map(|v| format!(" <{v}>")))
                .collect();
            sub.override_usage(format!("warta {name} [PILIHAN]{positionals}"))
        });
    }
    command
}

/// `-h, --help` with its help in Indonesian (clap's own says "Print help").
fn own_help_flag(command: Command) -> Command {
    command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(m::HELP_HELP_FLAG.id),
    )
}

/// Parses the process's arguments with the help and the errors in the
/// editor's language; exits on `--help`, `--version` and mistakes, as clap does.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let language = language_of(&args);
    let matches = match command(language).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(e) => exit_with(&e, language),
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(&e, language))
}

/// Prints a clap error (or the help or version asked for) and exits: in
/// Indonesian, the mistakes editors make with their words; clap's own
/// (English) report for the rest.
fn exit_with(e: &clap::Error, language: Language) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(s)) => s.first().cloned(),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        _ if language == Language::En => None,
        ErrorKind::UnknownArgument => Some(crate::msg!(CLI_UNKNOWN_OPTION, arg = arg)),
        ErrorKind::InvalidSubcommand => {
            let arg = context(ContextKind::InvalidSubcommand).unwrap_or(arg);
            Some(crate::msg!(CLI_UNKNOWN_COMMAND, arg = arg))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = context(ContextKind::InvalidValue).unwrap_or_default();
            Some(crate::msg!(CLI_BAD_VALUE, arg = arg, value = value))
        }
        ErrorKind::MissingRequiredArgument => Some(crate::msg!(CLI_MISSING, arg = arg)),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Some(crate::msg!(CLI_NO_COMMAND))
        }
        _ => None,
    };
    let Some(message) = message else { e.exit() };
    crate::diagnostics::print_error(&message, language);
    let near =
        context(ContextKind::SuggestedArg).or_else(|| context(ContextKind::SuggestedSubcommand));
    let hint = match near {
        Some(near) => crate::msg!(CLI_DID_YOU_MEAN, near = near),
        None => crate::msg!(CLI_SEE_HELP),
    };
    crate::diagnostics::print_help(&hint, language);
    std::process::exit(2)
}
