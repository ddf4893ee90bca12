//! The build's "now": `SOURCE_DATE_EPOCH` when set (reproducible builds,
//! tests), else the clock. One place, so that every command and every
//! rebuild agrees on what "now" means.

use jiff::Timestamp;

/// "Now" for a build; an unreadable `SOURCE_DATE_EPOCH` is a usage error
/// (the command checks it once, before it starts).
pub fn now() -> Result<Timestamp, crate::i18n::Text> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(s) => s
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|secs| Timestamp::from_second(secs).ok())
            .ok_or_else(|| crate::msg!(SOURCE_DATE_EPOCH_UNREADABLE, value = s)),
        Err(_) => Ok(Timestamp::now()),
    }
}

/// "Now" once the command has started (a rebuild, a new file's date):
/// the variable was checked by [`now`] at the start, so should it change
/// into something unreadable meanwhile, the clock is the fallback.
pub fn now_or_clock() -> Timestamp {
    now().unwrap_or_else(|_| Timestamp::now())
}
