//! Interface labels for values of the records: statuses, fees, kinds,
//! roles, counts, and the registration state's sentences.

use crate::i18n::{self, UiKey};
use crate::model::{OrganizationKind, SessionKind, VenueRole};
use crate::resolve::{Program, Registration, RegistrationState, Status};
use crate::ui;

use super::super::view;
use super::Ctx;

impl Ctx<'_> {
    pub fn status_label(&self, s: Status) -> &'static str {
        self.t(match s {
            Status::Upcoming => ui!("status_upcoming"),
            Status::Ongoing => ui!("status_ongoing"),
            Status::Completed => ui!("status_completed"),
            Status::Cancelled => ui!("status_cancelled"),
            Status::Postponed => ui!("status_postponed"),
        })
    }

    /// "Gratis" or "Rp150.000"; `None` when the record names no fee.
    pub(crate) fn fee_label(&self, r: &Registration) -> Option<String> {
        r.fee.map(|f| {
            if f == 0 {
                self.t(ui!("free")).to_string()
            } else {
                i18n::format_rupiah(self.lang, f)
            }
        })
    }

    /// The sentences of a program's registration state (decided in
    /// `resolve`), and what the theme's script needs to keep it current
    /// between builds.
    pub(crate) fn registration_state(
        &self,
        p: &Program,
        r: &Registration,
        state: RegistrationState,
    ) -> view::RegistrationState {
        let closes = r.last_day(p.start.date());
        let open_label = format!(
            "{} {}",
            self.t(ui!("registration_open_until")),
            self.date(closes)
        );
        let not_yet_open_label = r.opens.map(|o| {
            format!(
                "{} {}",
                self.t(ui!("registration_not_yet_open")),
                self.date(o)
            )
        });
        let label = match state {
            RegistrationState::Closed => self.t(ui!("registration_closed")).to_string(),
            RegistrationState::Full => self.t(ui!("registration_full")).to_string(),
            RegistrationState::NotYetOpen => not_yet_open_label.clone().unwrap_or_default(),
            RegistrationState::Open => open_label.clone(),
        };
        view::RegistrationState {
            key: state.key(),
            label,
            opens_iso: r.opens.map(|d| d.to_string()),
            closes_iso: closes.to_string(),
            open_label,
            not_yet_open_label,
        }
    }

    pub(crate) fn role_label(&self, r: VenueRole) -> &'static str {
        match r {
            VenueRole::Theory => self.t(ui!("role_theory")),
            VenueRole::Practice => self.t(ui!("role_practice")),
            VenueRole::Other => self.t(ui!("role_other")),
        }
    }

    /// A session's kind: its key for the theme's styles, and its label.
    pub(crate) fn session_kind(&self, k: SessionKind) -> (&'static str, &'static str) {
        match k {
            SessionKind::Theory => ("theory", self.t(ui!("kind_theory"))),
            SessionKind::Practice => ("practice", self.t(ui!("kind_practice"))),
            SessionKind::FieldVisit => ("field-visit", self.t(ui!("kind_field_visit"))),
            SessionKind::Evaluation => ("evaluation", self.t(ui!("kind_evaluation"))),
        }
    }

    pub fn org_kind_label(&self, k: OrganizationKind) -> &'static str {
        match k {
            OrganizationKind::Government => self.t(ui!("org_government")),
            OrganizationKind::University => self.t(ui!("org_university")),
            OrganizationKind::Company => self.t(ui!("org_company")),
            OrganizationKind::Community => self.t(ui!("org_community")),
            OrganizationKind::Other => self.t(ui!("org_other")),
        }
    }

    /// "3 program · 1 berita", singular where English needs it.
    pub fn counts(&self, programs: usize, news: usize) -> String {
        let word = |n: usize, one: UiKey, many: UiKey| {
            format!(
                "{} {}",
                self.number(n as u64),
                self.t(if n == 1 { one } else { many })
            )
        };
        format!(
            "{} · {}",
            word(programs, ui!("program_one"), ui!("program_many")),
            word(news, ui!("news_one"), ui!("news_many"))
        )
    }
}
