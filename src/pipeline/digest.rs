//! What tells a build that the output folder already holds this site: a
//! digest of everything the build reads.

use crate::load;
use crate::resolve::BuildOptions;

/// A digest of everything a build reads: every source file's version, the
/// templates, the static files and the photos under `content/` (by size and
/// time) and the options but the
/// time ("now" changes at every build, the output only as days pass).
pub(super) fn inputs_digest(loaded: &load::LoadedSite, options: &BuildOptions) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    options.hash_but_now(&mut h);
    loaded.config_file.as_ref().map(|f| f.version).hash(&mut h);
    let records = (loaded.organizations.iter().map(|r| &r.file))
        .chain(loaded.programs.iter().map(|r| &r.file))
        .chain(loaded.news.iter().map(|r| &r.file))
        .chain(loaded.pages.iter().map(|r| &r.file));
    for f in records {
        (&f.path, f.version).hash(&mut h);
    }
    for p in &loaded.content_photos {
        p.hash(&mut h);
        if let Ok(m) = std::fs::metadata(p) {
            (m.len(), m.modified().ok()).hash(&mut h);
        }
    }
    for t in &loaded.theme.templates {
        (&t.name, &t.text).hash(&mut h);
    }
    for s in loaded.theme.static_files.iter().chain(&loaded.static_files) {
        match s {
            load::StaticFile::Embedded { output, bytes } => (output, bytes).hash(&mut h),
            load::StaticFile::Disk { output, source }
            | load::StaticFile::Processed { output, source } => {
                output.hash(&mut h);
                if let Ok(m) = std::fs::metadata(source) {
                    (m.len(), m.modified().ok()).hash(&mut h);
                }
            }
        }
    }
    h.finish()
}
