//! The browser CMS (Decap CMS) that lets editors fill in forms instead of
//! writing YAML: its vendored files, the `config.yml` generated from the
//! content model, and the `/admin/` page that loads both.

pub mod admin;
pub mod config;
pub mod locale_id;
pub mod published;
pub mod script;
