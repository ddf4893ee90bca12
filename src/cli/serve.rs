//! `warta serve`

use std::net::IpAddr;

use crate::serve::{self, ServeOptions};

use super::SiteArgs;
use crate::i18n::Language;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// The port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 1111)]
    pub port: u16,
    /// The address to listen on. Anything but 127.0.0.1 (or ::1) makes the
    /// preview reachable from other machines.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub bind: IpAddr,
    /// Also answer requests for this host name (repeatable). IP addresses
    /// and localhost always work; other names are refused, so that no web
    /// page can reach the preview through a name of its own (DNS rebinding).
    #[arg(long = "allow-host", value_name = "NAME")]
    pub allow_hosts: Vec<String>,
    /// Open the preview in the default browser.
    #[arg(long)]
    pub open: bool,
}

pub fn run(args: &ServeArgs, asked: Option<Language>) -> i32 {
    let language = match args.site.start(asked) {
        Ok(start) => start.language,
        Err(code) => return code,
    };
    serve::run(ServeOptions {
        root: args.site.root.clone(),
        bind: args.bind,
        port: args.port,
        open: args.open,
        allow_hosts: args.allow_hosts.clone(),
        language,
    })
}
