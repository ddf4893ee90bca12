//! How the resolved records stand to each other: the programs' order, and
//! the links back from a program to its news and from an organization to
//! its programs and news.

use std::cmp::Reverse;

use jiff::Timestamp;

use super::{NewsItem, NewsIx, OrgIx, Organization, Program, ProgramIx};

/// Where a program goes in the site's list: newest start first, then by id.
pub(super) fn program_order(p: &Program, tz: &jiff::tz::TimeZone) -> (Reverse<Timestamp>, String) {
    (Reverse(p.start.timestamp(tz)), p.id.clone())
}

/// Fills the reverse links: a program's news, an organization's programs and news.
pub(super) fn link_related(
    programs: &mut [Program],
    organizations: &mut [Organization],
    news: &[NewsItem],
) {
    for (i, n) in NewsIx::enumerate(news) {
        for &p in &n.programs {
            programs[p].news.push(i);
        }
        let mut orgs: Vec<OrgIx> = n.organizations.clone();
        for &p in &n.programs {
            orgs.extend(programs[p].organizers.iter().chain(&programs[p].partners));
        }
        orgs.sort_unstable();
        orgs.dedup();
        for o in orgs {
            organizations[o].news.push(i);
        }
    }
    for (i, p) in ProgramIx::enumerate(programs) {
        let mut orgs: Vec<OrgIx> = p.organizers.iter().chain(&p.partners).copied().collect();
        orgs.sort_unstable();
        orgs.dedup();
        for o in orgs {
            organizations[o].programs.push(i);
        }
    }
}
