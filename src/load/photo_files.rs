//! Which files are photos: those a record may name, which sit beside the
//! records in `content/` without being records themselves.

use std::path::Path;

/// The extensions of photo files: those warta publishes (JPEG, PNG, WebP)
/// and the iPhone's HEIC, which a record naming it is told to export.
pub const PHOTO_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "heic", "heif"];

/// The extensions warta publishes photos from (resolve's rule for a record's
/// photo, and the CMS's for an upload).
pub const PUBLISHED_PHOTO_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp"];

/// Whether `path` is named like a photo file (any case of the extension).
pub fn is_photo_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PHOTO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}
