//! The headers already read, kept in the cache folder (`headers.txt`) by
//! path, length and modification time: a rebuild with unchanged photos
//! reads none of their bytes. A file that changed gets a new length or
//! time and is read again; a damaged list is ignored (read everything).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use super::cache::Cache;
use super::header::Header;
use super::sniff::Kind;

/// What reading a photo found: its content digest, kind and header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Known {
    pub digest: u64,
    pub kind: Kind,
    pub header: Header,
}

/// A file's identity without reading it: its length and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Stamp {
    len: u64,
    modified_ns: u128,
}

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified_ns: modified.as_nanos(),
        })
    }
}

/// The headers read by earlier builds.
#[derive(Debug, Default)]
pub(super) struct KnownHeaders {
    entries: HashMap<PathBuf, (Stamp, Known)>,
}

const FILE: &str = "headers.txt";

impl KnownHeaders {
    pub fn load(cache: &Cache) -> KnownHeaders {
        let text = std::fs::read_to_string(cache.dir().join(FILE)).unwrap_or_default();
        let entries = text.lines().filter_map(parse_line).collect();
        KnownHeaders { entries }
    }

    pub fn get(&self, path: &Path, stamp: Stamp) -> Option<Known> {
        let (s, known) = self.entries.get(path)?;
        (*s == stamp).then_some(*known)
    }

    /// Writes the list of `found` headers, if it differs from what was
    /// loaded; a cache that cannot be written only costs a re-read.
    pub fn save(&self, cache: &Cache, found: &[(PathBuf, Stamp, Known)]) {
        let same = found.len() == self.entries.len()
            && found
                .iter()
                .all(|(p, s, k)| self.entries.get(p) == Some(&(*s, *k)));
        if same {
            return;
        }
        let mut text = String::new();
        for (path, stamp, known) in found {
            let Some(path) = path.to_str().filter(|p| !p.contains('\n')) else {
                continue;
            };
            let kind = match known.kind {
                Kind::Jpeg => "jpeg",
                Kind::Png => "png",
                Kind::Webp => "webp",
                _ => continue,
            };
            let h = known.header;
            text.push_str(&format!(
                "{}\t{}\t{:016x}\t{kind}\t{}\t{}\t{}\t{path}\n",
                stamp.len, stamp.modified_ns, known.digest, h.width, h.height, h.orientation
            ));
        }
        let _ = cache.put(&cache.dir().join(FILE), text.as_bytes());
    }
}

fn parse_line(line: &str) -> Option<(PathBuf, (Stamp, Known))> {
    let mut f = line.splitn(8, '\t');
    let len = f.next()?.parse().ok()?;
    let modified_ns = f.next()?.parse().ok()?;
    let digest = u64::from_str_radix(f.next()?, 16).ok()?;
    let kind = match f.next()? {
        "jpeg" => Kind::Jpeg,
        "png" => Kind::Png,
        "webp" => Kind::Webp,
        _ => return None,
    };
    let width = f.next()?.parse().ok()?;
    let height = f.next()?.parse().ok()?;
    let orientation = f.next()?.parse().ok()?;
    let path = PathBuf::from(f.next()?);
    let header = Header {
        width,
        height,
        orientation,
    };
    let known = Known {
        digest,
        kind,
        header,
    };
    Some((path, (Stamp { len, modified_ns }, known)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_list_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::at(dir.path().to_path_buf());
        let photo = dir.path().join("a b.jpg");
        std::fs::write(&photo, b"x").unwrap();
        let stamp = Stamp::of(&photo).unwrap();
        let known = Known {
            digest: 0xdead_beef,
            kind: Kind::Jpeg,
            header: Header {
                width: 4000,
                height: 3000,
                orientation: 6,
            },
        };
        KnownHeaders::default().save(&cache, &[(photo.clone(), stamp, known)]);
        let loaded = KnownHeaders::load(&cache);
        assert_eq!(loaded.get(&photo, stamp), Some(known));
        std::fs::write(&photo, b"xy").unwrap();
        assert_eq!(loaded.get(&photo, Stamp::of(&photo).unwrap()), None);
    }
}
