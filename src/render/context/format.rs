//! Dates, numbers, decimals and times as the site's language writes them.

use jiff::civil::Date;

use crate::i18n::{self, Language};
use crate::resolve::When;

use super::Ctx;

impl Ctx<'_> {
    /// "20 Juni 2025".
    pub(crate) fn date(&self, d: Date) -> String {
        i18n::format_date(self.lang, d)
    }

    /// "Jumat, 20 Juni 2025".
    pub(crate) fn date_long(&self, d: Date) -> String {
        i18n::format_date_long(self.lang, d)
    }

    pub(crate) fn number(&self, n: u64) -> String {
        i18n::format_number(self.lang, n)
    }

    /// A decimal as people write it: `1,5` in Indonesian, `1.5` in English.
    pub(crate) fn decimal(&self, x: f64) -> String {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            return self.number(x as u64);
        }
        let s = format!("{:.2}", x)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string();
        if self.lang == Language::Id {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// "08.00 WIB" for a timed moment, `None` for a whole day.
    pub(crate) fn time(&self, w: &When) -> Option<String> {
        match w {
            When::Day(_) => None,
            When::Time(z) => {
                let label = i18n::zone_label(&self.site.config.timezone, z.timestamp());
                Some(i18n::format_time(self.lang, z.time(), &label))
            }
        }
    }
}
