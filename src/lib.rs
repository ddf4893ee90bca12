//! warta: a static site generator for public training programs.
//!
//! The binary (`src/main.rs`) is a thin shell over [`cli`]; the library exists
//! so that fuzz targets and benchmarks can drive each stage directly.

pub mod cli;
pub mod clock;
pub mod cms;
pub mod diagnostics;
pub mod escape;
pub mod i18n;
pub mod images;
pub mod links;
pub mod load;
pub mod memo;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod platform;
pub mod render;
pub mod resolve;
pub mod serve;
pub mod site_url;
pub mod timing;
pub mod write;
