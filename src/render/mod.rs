//! Stage 3: the `Site` becomes output files, in memory.
//!
//! Pure: no file system access. Every page is an independent job rendered in
//! parallel; [`Rendering`] hands the pages back in batches, which `pipeline`
//! gives to the `write` stage.

mod body_pictures;
mod cache;
mod card_partials;
mod charts;
/// Public for the benchmarks (benches/hot_paths.rs): one page's context.
pub mod context;
mod data;
mod excerpt;
mod feed;
mod heading_ids;
mod ical;
mod jsonld;
/// The preview's site-wide outputs, made after its pages.
pub mod later;
pub mod markdown;
/// Public for the benchmarks (benches/hot_paths.rs): one news page's view.
pub mod pages;
mod qr;
mod relative;
mod rendering;
/// Public for the benchmarks (benches/hot_paths.rs): the search index alone.
pub mod search;
mod sitemap;
mod stem;
mod subscriptions;
/// Public for the benchmarks (benches/hot_paths.rs): one template rendered alone.
pub mod templates;
pub mod urls;
pub mod view;
mod xml;

pub use cache::RenderCache;
pub use rendering::{Batch, Outputs, Pages, Rendering};

use pages::{Data, Job, jobs};
