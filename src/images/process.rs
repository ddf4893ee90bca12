//! `process`: the planned files of every photo, made into the cache folder
//! on every core, with a pixel budget so that big photos do not all decode
//! at once. A photo whose files are all in the cache is not read at all.

use std::collections::HashSet;
use std::sync::{Condvar, Mutex};

use image::{DynamicImage, RgbImage};
use rayon::prelude::*;

use super::cache::Cache;
use super::header::MAX_PIXELS;
use super::prepare::{Source, broken};
use super::{Plan, Prepared, Variant, encode, pixels, plan, sniff};
use crate::diagnostics::Diagnostic;
use crate::load::StaticFile;
use crate::msg;

/// The most source pixels decoded at once, over all threads: one photo at
/// the size limit, or five 12-megapixel photos. A decoded pixel takes 3 to
/// 8 bytes, so photos take at most about 0.5 GB at any time (one bigger
/// than the budget still runs, alone).
const PIXEL_BUDGET: u64 = MAX_PIXELS;

/// Makes every planned file that the cache does not hold yet, and returns
/// all of them as static files for write (and the preview) to copy from
/// the cache. A photo that turns out damaged while decoding is an error at
/// the place that names it.
pub fn process(prepared: &Prepared, cache: &Cache) -> Result<Vec<StaticFile>, Vec<Diagnostic>> {
    let budget = Budget::new(PIXEL_BUDGET);
    let work = || {
        (0..prepared.sources.len())
            .into_par_iter()
            .filter_map(|i| make_missing(prepared, i, cache, &budget).err())
            .collect::<Vec<Diagnostic>>()
    };
    // Its own threads: the global pool is rendering pages meanwhile, and a
    // thread waiting for the budget must not hold one of render's.
    let errors = match rayon::ThreadPoolBuilder::new().build() {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(planned(prepared, cache))
}

/// Every planned file, as a static file in the cache, whether made yet or
/// not: the preview lists them at once and makes them in the background.
pub fn planned(prepared: &Prepared, cache: &Cache) -> Vec<StaticFile> {
    let mut seen = HashSet::new();
    (0..prepared.sources.len())
        .flat_map(|i| outputs(prepared, i))
        .filter(|v| seen.insert(v.path.clone()))
        .map(|v| StaticFile::Disk {
            output: v.path.clone(),
            source: cache.file(&v.path),
        })
        .collect()
}

/// Every file made from source `i`.
fn outputs(prepared: &Prepared, i: usize) -> Vec<&Variant> {
    let plan = &prepared.plans[i];
    let mut all: Vec<&Variant> = plan.webp.iter().chain(&plan.jpeg).collect();
    all.push(&plan.share);
    if let Some(icons) = prepared
        .icons
        .as_ref()
        .filter(|_| prepared.icons_from == Some(i))
    {
        all.extend([&icons.favicon, &icons.apple_touch]);
    }
    all
}

/// Decodes source `i` and makes its files, if any is missing in the cache.
fn make_missing(
    prepared: &Prepared,
    i: usize,
    cache: &Cache,
    budget: &Budget,
) -> Result<(), Diagnostic> {
    let wanted = |v: &Variant| !cache.file(&v.path).is_file();
    if !outputs(prepared, i).into_iter().any(wanted) {
        return Ok(());
    }
    let source = &prepared.sources[i];
    let _taken = budget.take(source.header.pixels());
    let damaged = |e: String| broken(&source.as_image_source(), e);
    let bytes = std::fs::read(source.path()).map_err(|e| damaged(e.to_string()))?;
    let kind = sniff::sniff(&bytes[..bytes.len().min(16)]);
    let decoded = pixels::decode(&bytes, kind, &source.header).map_err(damaged)?;
    drop(bytes);
    let put = |v: &Variant, made: Result<Vec<u8>, String>| -> Result<(), Diagnostic> {
        let bytes = made.map_err(&damaged)?;
        cache
            .put(&cache.file(&v.path), &bytes)
            .map_err(|e| unwritable(cache, &e))
    };
    if let Some(icons) = prepared
        .icons
        .as_ref()
        .filter(|_| prepared.icons_from == Some(i))
    {
        let logo = pixels::orient(decoded.clone(), &source.header).into_rgba8();
        for v in [&icons.favicon, &icons.apple_touch] {
            if wanted(v) {
                put(v, encode::png(&pixels::icon(&logo, v.width)))?;
            }
        }
    }
    let rgb = pixels::rgb_on_white(decoded);
    let plan: &Plan = &prepared.plans[i];
    for (webp, jpeg) in plan.webp.iter().zip(&plan.jpeg) {
        if wanted(webp) || wanted(jpeg) {
            let small = shown(&rgb, source, webp.width, webp.height, false);
            if wanted(webp) {
                put(webp, encode::webp(&small))?;
            }
            if wanted(jpeg) {
                put(jpeg, encode::jpeg(&small))?;
            }
        }
    }
    if wanted(&plan.share) {
        let (w, h) = plan::SHARE;
        put(&plan.share, encode::jpeg(&shown(&rgb, source, w, h, true)))?;
    }
    Ok(())
}

/// `rgb` (as stored) made `width`×`height` as shown: resized in the stored
/// orientation (to the turned size), then turned, so the full-size photo is
/// never copied.
fn shown(rgb: &RgbImage, source: &Source, width: u32, height: u32, cover: bool) -> RgbImage {
    let (w, h) = if source.header.turned() {
        (height, width)
    } else {
        (width, height)
    };
    let small = pixels::resize_rgb(rgb, w, h, cover);
    pixels::orient(DynamicImage::ImageRgb8(small), &source.header).into_rgb8()
}

fn unwritable(cache: &Cache, e: &std::io::Error) -> Diagnostic {
    let folder = cache.dir().display().to_string();
    Diagnostic::error(
        cache.dir(),
        None,
        msg!(
            IMAGE_CACHE_UNWRITABLE,
            folder = folder,
            error = e.to_string()
        ),
    )
    .with_hint(msg!(IMAGE_CACHE_UNWRITABLE_HINT))
}

/// Source pixels that may be decoded at once.
struct Budget {
    left: Mutex<u64>,
    freed: Condvar,
    total: u64,
}

/// Pixels taken from the budget, given back when dropped.
struct Taken<'a> {
    budget: &'a Budget,
    pixels: u64,
}

impl Budget {
    fn new(total: u64) -> Budget {
        Budget {
            left: Mutex::new(total),
            freed: Condvar::new(),
            total,
        }
    }

    /// Waits until `pixels` (at most the whole budget) are free.
    fn take(&self, pixels: u64) -> Taken<'_> {
        let pixels = pixels.min(self.total);
        let mut left = self.left.lock().unwrap_or_else(|e| e.into_inner());
        while *left < pixels {
            left = self.freed.wait(left).unwrap_or_else(|e| e.into_inner());
        }
        *left -= pixels;
        Taken {
            budget: self,
            pixels,
        }
    }
}

impl Drop for Taken<'_> {
    fn drop(&mut self) {
        let mut left = self.budget.left.lock().unwrap_or_else(|e| e.into_inner());
        *left += self.pixels;
        self.budget.freed.notify_all();
    }
}
