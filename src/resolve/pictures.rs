//! From the photos editors name to [`Picture`]s and the site's list of photo
//! files (`Site::images`): one rule for every place a photo is named
//! (a record's `image:`, `gallery:`, `logo:`, warta.yaml's `logo:` and
//! `share_image:`, a Markdown image in a body or a description).
//!
//! A name is a file beside the file that names it (`pembukaan.jpg`), or
//! below `static/` when it starts with `/` (`/images/x.jpg`); it never
//! leaves the site folder, and is never a web address: a remote photo can
//! be neither made smaller nor stripped of where it was taken. Each file
//! becomes one [`ImageSource`] however often it is named, first use first,
//! so the list is the same on every build.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::checks::{Checker, text};
use super::image::{ImageSource, Picture};
use super::ix::ImageIx;
use super::records::Records;
use super::site::{BodyPicture, MARKDOWN_OPTIONS, Markdown, NewsItem, Page, Program, SiteConfig};
use crate::diagnostics::{Pos, closest, relative_to};
use crate::load::{InputRoot, PUBLISHED_PHOTO_EXTENSIONS};
use crate::model::{ConfigRecord, Image, NewsRecord, PageRecord, ProgramRecord, Spanned};
use crate::msg;
use crate::site_url::{self, UrlKind};

/// The photo files met so far, in the order first named.
pub struct Photos {
    root: PathBuf,
    inputs: InputRoot,
    /// The files met for the first time, numbered after those already in
    /// `by_path` (a patched site's, [`Photos::after`]).
    sources: Vec<ImageSource>,
    by_path: HashMap<PathBuf, ImageIx>,
    /// For a patch: each photo named, and where, in the order named.
    named: Option<Vec<(ImageIx, Pos)>>,
}

impl Photos {
    pub fn new(root: &Path) -> Photos {
        Photos {
            root: root.to_path_buf(),
            inputs: InputRoot::new(root),
            sources: Vec::new(),
            by_path: HashMap::new(),
            named: None,
        }
    }

    /// For the preview's patch (`resolve::patch`): the photos of a site
    /// resolved before keep their numbers, and every naming is noted.
    pub fn after(root: &Path, images: &Records<ImageIx, ImageSource>) -> Photos {
        Photos {
            by_path: images
                .enumerate()
                .map(|(i, s)| (s.path.clone(), i))
                .collect(),
            named: Some(Vec::new()),
            ..Photos::new(root)
        }
    }

    /// The photos named since [`Photos::after`], with where each was named.
    pub fn named(&self) -> &[(ImageIx, Pos)] {
        self.named.as_deref().unwrap_or_default()
    }

    /// Every photo file named, for `Site::images`.
    pub fn into_records(self) -> Records<ImageIx, ImageSource> {
        Records::from(self.sources)
    }

    /// The picture of an `image:` (or `logo:`, or a gallery item) of the
    /// file `c` checks; `None` after reporting what is wrong with it. A
    /// missing `alt` is [`Checker::required`]: the preview still shows it.
    pub fn picture(&mut self, c: &mut Checker, image: &Spanned<Image>) -> Option<Picture> {
        let src = &image.value.src;
        let source = self.source(c, &src.value, src.pos)?;
        let alt = text(&image.value.alt);
        if alt.is_none() {
            let at = image.value.alt.as_ref().map_or(image.pos, |a| a.pos);
            c.required(
                at,
                msg!(PHOTO_NO_ALT, src = src.value.trim()),
                msg!(PHOTO_NO_ALT_HINT),
            );
        }
        Some(Picture {
            source,
            alt: alt.unwrap_or_default(),
            caption: text(&image.value.caption),
            credit: text(&image.value.credit),
        })
    }

    /// [`Photos::picture`] of each item of a `gallery:`.
    pub fn gallery(&mut self, c: &mut Checker, items: &[Spanned<Image>]) -> Vec<Picture> {
        items.iter().filter_map(|i| self.picture(c, i)).collect()
    }

    /// The photos a Markdown text shows (`![alt](pembukaan.jpg)`), stored in
    /// it. Web addresses and files that are not photos (an SVG chart in
    /// `static/`) stay plain images, which the links check finds; a missing
    /// description is the Markdown checks' (`markdown_lint`).
    pub fn body(&mut self, c: &mut Checker, md: &mut Markdown) {
        let found = photo_images(md.source());
        if found.is_empty() {
            return;
        }
        let offsets: Vec<usize> = found.iter().map(|f| f.offset).collect();
        for (f, pos) in found.into_iter().zip(md.places(&offsets)) {
            if let Some(source) = self.source(c, &f.src, pos) {
                md.pictures.push(BodyPicture {
                    src: f.src,
                    picture: Picture {
                        source,
                        alt: f.alt.trim().to_string(),
                        caption: None,
                        credit: None,
                    },
                });
            }
        }
    }

    /// The photo file `src` names, written at `pos` of the file `c` checks.
    fn source(&mut self, c: &mut Checker, src: &str, pos: Pos) -> Option<ImageIx> {
        let src = src.trim();
        let path = match self.locate(c.file.path.as_path(), src) {
            Ok(path) => path,
            Err(Refusal::Remote) => {
                let name = src
                    .split(['?', '#'])
                    .next()
                    .and_then(|s| s.rsplit('/').next())
                    .filter(|s| !s.is_empty())
                    .unwrap_or("foto.jpg");
                c.error(
                    pos,
                    msg!(PHOTO_REMOTE, src = src),
                    msg!(PHOTO_REMOTE_HINT, name = name),
                );
                return None;
            }
            Err(Refusal::Outside) => {
                c.error(
                    pos,
                    msg!(PHOTO_PATH_REFUSED, src = src),
                    msg!(PHOTO_PATH_REFUSED_HINT),
                );
                return None;
            }
        };
        let ext = extension(&path);
        if matches!(ext.as_str(), "heic" | "heif") {
            c.error(pos, msg!(PHOTO_HEIC, src = src), msg!(PHOTO_HEIC_HINT));
            return None;
        }
        if !PUBLISHED_PHOTO_EXTENSIONS.contains(&ext.as_str()) {
            c.error(pos, msg!(PHOTO_KIND, src = src), msg!(PHOTO_KIND_HINT));
            return None;
        }
        // A patch checks again the files the saved record names: one may
        // have been replaced since (by a link out of the site, say).
        let known = self.by_path.get(&path).copied();
        if let Some(ix) = known.filter(|_| self.named.is_none()) {
            return Some(ix);
        }
        let name = site_url::path_of_file(&relative_to(&self.root, &path));
        if !path.is_file() {
            let hint = match nearest_sibling(&path) {
                Some(near) => msg!(PHOTO_NOT_FOUND_NEAR, near = near),
                None => msg!(PHOTO_NOT_FOUND_HINT, path = name.as_str()),
            };
            c.error(pos, msg!(PHOTO_NOT_FOUND, src = src, path = name), hint);
            return None;
        }
        if let Err(d) = self.inputs.check_file(&path) {
            c.diagnostics.push(d);
            return None;
        }
        if let Some(ix) = known {
            self.named.iter_mut().for_each(|n| n.push((ix, pos)));
            return Some(ix);
        }
        let stem = path
            .file_stem()
            .map(|s| slug::slugify(s.to_string_lossy()))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "foto".to_string());
        // Every file met is in `by_path`, once: the next number.
        let ix = ImageIx::new(self.by_path.len());
        self.named.iter_mut().for_each(|n| n.push((ix, pos)));
        self.sources.push(ImageSource {
            path: path.clone(),
            name,
            stem,
            named_in: c.file.path.clone(),
            named_at: pos,
        });
        self.by_path.insert(path, ix);
        Some(ix)
    }

    /// warta.yaml's `logo:` and `share_image:`.
    pub fn of_config(&mut self, c: &mut Checker, config: &mut SiteConfig, r: &ConfigRecord) {
        config.logo = r.logo.as_ref().and_then(|i| self.picture(c, i));
        config.share_image = r.share_image.as_ref().and_then(|i| self.picture(c, i));
    }

    /// A published program's photos: `image:`, `gallery:`, its description's.
    pub fn of_program(&mut self, c: &mut Checker, p: &mut Program, r: &ProgramRecord) {
        p.image = r.image.as_ref().and_then(|i| self.picture(c, i));
        p.gallery = self.gallery(c, &r.gallery);
        if let Some(d) = &mut p.description {
            self.body(c, d);
        }
    }

    /// A published news item's photos: `image:`, `gallery:`, its body's.
    pub fn of_news(&mut self, c: &mut Checker, n: &mut NewsItem, r: &NewsRecord) {
        n.image = r.image.as_ref().and_then(|i| self.picture(c, i));
        n.gallery = self.gallery(c, &r.gallery);
        self.body(c, &mut n.body);
    }

    /// A published page's photos: `image:` and its body's.
    pub fn of_page(&mut self, c: &mut Checker, p: &mut Page, r: &PageRecord) {
        p.image = r.image.as_ref().and_then(|i| self.picture(c, i));
        self.body(c, &mut p.body);
    }

    /// The file `src`, named in the file `named_in`, inside the site.
    fn locate(&self, named_in: &Path, src: &str) -> Result<PathBuf, Refusal> {
        match site_url::kind(src) {
            _ if src.is_empty() => Err(Refusal::Outside),
            UrlKind::Web => Err(Refusal::Remote),
            UrlKind::Refused => Err(Refusal::Outside),
            UrlKind::SitePath if site_url::climbs(src) => Err(Refusal::Outside),
            UrlKind::SitePath => within(&self.root, &self.root.join("static"), &src[1..]),
            UrlKind::Relative => {
                // Source files are named below the site folder, for messages.
                let named_in = self.root.join(named_in);
                let folder = named_in.parent().unwrap_or(&self.root);
                within(&self.root, folder, src)
            }
        }
    }
}

/// Why a name is no photo of the site.
enum Refusal {
    /// An `http(s)://` address.
    Remote,
    /// Outside the site folder, or not a path at all.
    Outside,
}

/// `rel` (with `/`) below `folder`, its `..` taken away by reading alone
/// (no file is opened), refused when it climbs above `root`.
fn within(root: &Path, folder: &Path, rel: &str) -> Result<PathBuf, Refusal> {
    if rel.contains(['?', '#']) {
        return Err(Refusal::Outside);
    }
    let mut path = folder.to_path_buf();
    for part in Path::new(rel).components() {
        match part {
            Component::Normal(p) => path.push(p),
            Component::CurDir => {}
            Component::ParentDir if path != root && path.starts_with(root) => {
                path.pop();
            }
            _ => return Err(Refusal::Outside),
        }
    }
    if path.starts_with(root) && path != root {
        Ok(path)
    } else {
        Err(Refusal::Outside)
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// The name of the file in the same folder closest to `path`'s, if one is close.
fn nearest_sibling(path: &Path) -> Option<String> {
    let wanted = path.file_name()?.to_string_lossy().into_owned();
    let names: Vec<String> = std::fs::read_dir(path.parent()?)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .take(500)
        .collect();
    closest(&wanted, names.iter().map(String::as_str)).map(str::to_string)
}

/// A Markdown image that names a photo file of the site.
struct Found {
    offset: usize,
    src: String,
    alt: String,
}

/// The images of `source` whose address is a path of the site (or
/// relative) with a photo's extension (HEIC included, to be refused with
/// its hint), with their descriptions.
fn photo_images(source: &str) -> Vec<Found> {
    // Looked for by its `!` (a byte search): the same as
    // `contains("![")`, which took a tenth of resolve over 10,000 bodies.
    let bytes = source.as_bytes();
    if !source
        .match_indices('!')
        .any(|(at, _)| bytes.get(at + 1) == Some(&b'['))
    {
        return Vec::new();
    }
    let mut found: Vec<Found> = Vec::new();
    let mut open: Vec<Option<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(source, MARKDOWN_OPTIONS).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                let local = matches!(
                    site_url::kind(&dest_url),
                    UrlKind::SitePath | UrlKind::Relative
                );
                let photo = local && crate::load::is_photo_file(Path::new(dest_url.as_ref()));
                open.push(photo.then_some(found.len()));
                if photo {
                    found.push(Found {
                        offset: range.start,
                        src: dest_url.to_string(),
                        alt: String::new(),
                    });
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(Some(i)) = open.last() {
                    found[*i].alt.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => {
                open.pop();
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_photos_are_local_photo_files_only() {
        let found = photo_images(
            "![Peserta *praktik*](pembukaan.jpg) ![Grafik](/images/g.svg) ![Jauh](https://x.id/a.jpg) ![](/images/b.PNG)\n",
        );
        let got: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.src.as_str(), f.alt.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![("pembukaan.jpg", "Peserta praktik"), ("/images/b.PNG", "")]
        );
        assert_eq!(found[0].offset, 0);
    }

    #[test]
    fn a_name_never_climbs_out_of_the_site() {
        let root = Path::new("/site");
        let folder = root.join("content/news");
        assert_eq!(
            within(root, &folder, "../foto.jpg").ok(),
            Some(root.join("content/foto.jpg"))
        );
        assert!(within(root, &folder, "../../../etc/passwd.jpg").is_err());
        assert!(within(root, &folder, "a.jpg?x=1").is_err());
    }
}
