//! Whether people can register for a program, as of the build date: a
//! content rule, decided once per program beside its [`Status`], so that
//! every page, card and QR code that shows it agrees.

use jiff::civil::Date;

use super::site::{Participants, Registration, Status};

/// Registration as of the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegistrationState {
    /// `opens` is still to come.
    NotYetOpen,
    /// Open until [`Registration::last_day`].
    Open,
    /// As many registered as the quota allows.
    Full,
    /// Past the last day, or the program has started, ended or been called off.
    Closed,
}

impl RegistrationState {
    /// The key templates and the theme's script use.
    pub fn key(self) -> &'static str {
        match self {
            RegistrationState::NotYetOpen => "not_yet_open",
            RegistrationState::Open => "open",
            RegistrationState::Full => "full",
            RegistrationState::Closed => "closed",
        }
    }
}

impl Registration {
    /// The last day to register: `closes`, or the program's first day
    /// when the record names none.
    pub fn last_day(&self, start: Date) -> Date {
        self.closes.unwrap_or(start)
    }
}

/// Registration as of `today`. For a program that is not upcoming,
/// registration is closed whatever the dates say.
pub fn registration_state(
    status: Status,
    participants: &Participants,
    r: &Registration,
    start: Date,
    today: Date,
) -> RegistrationState {
    let full = matches!(
        (participants.quota, participants.registered),
        (Some(q), Some(n)) if n >= q && q > 0
    );
    if status != Status::Upcoming {
        RegistrationState::Closed
    } else if full {
        RegistrationState::Full
    } else if r.opens.is_some_and(|o| today < o) {
        RegistrationState::NotYetOpen
    } else if today <= r.last_day(start) {
        RegistrationState::Open
    } else {
        RegistrationState::Closed
    }
}

#[cfg(test)]
mod tests {
    use super::RegistrationState::*;
    use super::*;
    use jiff::civil::date;

    fn registration(opens: Option<Date>, closes: Option<Date>) -> Registration {
        Registration {
            opens,
            closes,
            url: None,
            contact: None,
            requirements: Vec::new(),
            fee: None,
        }
    }

    fn people(quota: Option<u64>, registered: Option<u64>) -> Participants {
        Participants {
            quota,
            registered,
            ..Default::default()
        }
    }

    #[test]
    fn follows_the_dates_of_an_upcoming_program() {
        let r = registration(Some(date(2025, 6, 1)), Some(date(2025, 6, 20)));
        let start = date(2025, 7, 1);
        let on =
            |today| registration_state(Status::Upcoming, &people(None, None), &r, start, today);
        assert_eq!(on(date(2025, 5, 31)), NotYetOpen);
        assert_eq!(on(date(2025, 6, 1)), Open);
        assert_eq!(on(date(2025, 6, 20)), Open);
        assert_eq!(on(date(2025, 6, 21)), Closed);
    }

    #[test]
    fn without_closes_it_is_open_until_the_first_day() {
        let r = registration(None, None);
        let start = date(2025, 7, 1);
        let on =
            |today| registration_state(Status::Upcoming, &people(None, None), &r, start, today);
        assert_eq!(on(date(2025, 7, 1)), Open);
        assert_eq!(r.last_day(start), start);
    }

    #[test]
    fn a_full_quota_or_a_program_under_way_closes_it() {
        let r = registration(None, None);
        let (start, today) = (date(2025, 7, 1), date(2025, 6, 1));
        let full = people(Some(20), Some(20));
        assert_eq!(
            registration_state(Status::Upcoming, &full, &r, start, today),
            Full
        );
        let no_quota = people(Some(0), Some(5));
        assert_eq!(
            registration_state(Status::Upcoming, &no_quota, &r, start, today),
            Open
        );
        for status in [
            Status::Ongoing,
            Status::Completed,
            Status::Cancelled,
            Status::Postponed,
        ] {
            assert_eq!(registration_state(status, &full, &r, start, today), Closed);
        }
    }
}
