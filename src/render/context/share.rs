//! Ways to pass a page on: share links, and the QR code of a printed
//! program page.

use crate::resolve::{Program, RegistrationState};
use crate::ui;

use super::super::qr;
use super::super::view::{QrView, ShareView};
use super::Ctx;

impl Ctx<'_> {
    /// Share links for a page: the message is the title and the address.
    pub(crate) fn share(&self, title: &str, link: &str) -> ShareView {
        let page_url = self.urls.absolute(link);
        let message = format!("{title}\n{page_url}");
        ShareView {
            whatsapp_url: format!("https://wa.me/?text={}", crate::escape::url_query(&message)),
            email_url: format!(
                "mailto:?subject={}&body={}",
                crate::escape::url_query(title),
                crate::escape::url_query(&message)
            ),
            page_url,
        }
    }

    /// The QR code of a printed program page: the registration form while
    /// registration can still be reached, otherwise the program's page.
    pub(crate) fn program_qr(&self, p: &Program) -> Option<QrView> {
        let form = p
            .registration
            .as_ref()
            .filter(|_| {
                matches!(
                    p.registration_state,
                    Some(RegistrationState::Open | RegistrationState::NotYetOpen)
                )
            })
            .and_then(|r| r.url.clone());
        let (target_url, caption) = match form {
            Some(url) => (url, self.t(ui!("qr_register"))),
            None => (
                self.urls.absolute(&self.urls.program(&p.id)),
                self.t(ui!("qr_page")),
            ),
        };
        let svg = qr::svg(
            &target_url,
            &format!("{}: {caption}", self.t(ui!("qr_code"))),
        )?;
        Some(QrView {
            svg,
            target_url,
            caption,
        })
    }
}
