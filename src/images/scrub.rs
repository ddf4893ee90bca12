//! Placeholder: replaced below.
pub fn scrub(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    std::borrow::Cow::Borrowed(bytes)
}
