//! Static files read from the site's folders for one request, in a way that
//! can never hang the server.
//!
//! The build lists regular files only, but a file can change between the
//! build and a request: swapped for a FIFO, `open` waits for a writer that
//! never comes; a huge file read whole fills the memory. So a file is opened
//! only when it is a regular file, without waiting, and sent in chunks; a
//! read that stalls (a hung network drive) ends the answer instead of holding
//! it forever.

use std::io::{self, Read};
use std::path::PathBuf;
use std::time::Duration;

use axum::body::{Body, Bytes};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

/// How much of a file one read takes, and one chunk of the answer holds.
const CHUNK: usize = 64 * 1024;

/// How long an open or one read may take before the answer gives up: reads
/// of local files take microseconds; this only ends a stalled one.
const STALL: Duration = Duration::from_secs(10);

/// How long a request for a processed photo waits for the background to
/// make it (a 50-megapixel photo takes a few seconds).
const PHOTO_WAIT: Duration = Duration::from_secs(30);

/// Waits, at most [`PHOTO_WAIT`], until the processed photo at `path` is
/// made: the preview lists the photos before making them (pipeline), and
/// the cache gets each file whole in one rename, so there is nothing to
/// read half. A photo that never comes is then a 404.
pub async fn wait_for_photo(path: &std::path::Path) {
    let started = tokio::time::Instant::now();
    while !path.is_file() && started.elapsed() < PHOTO_WAIT {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs the blocking `job` on tokio's blocking threads; `None` when it fails
/// or stalls.
async fn off_thread<T: Send + 'static>(
    job: impl FnOnce() -> io::Result<T> + Send + 'static,
) -> Option<T> {
    match tokio::time::timeout(STALL, tokio::task::spawn_blocking(job)).await {
        Ok(Ok(Ok(value))) => Some(value),
        _ => None,
    }
}

/// The file at `path` as a streamed body, and its length; `None` when it is
/// missing, not a regular file, or cannot be opened.
///
/// Each chunk is read on a blocking thread that is free again right after,
/// so a client that reads slowly holds no thread, and a client that leaves
/// ends the reading. The body is exactly the length the file had when it
/// was opened: a file that shrinks meanwhile cuts the answer short (an
/// error the browser sees), one that grows is sent as it was.
pub async fn body(path: PathBuf) -> Option<(Body, u64)> {
    let (file, length) = off_thread(move || {
        // Only a regular file (`platform::open_regular_file`);
        // where the system cannot open without waiting, a swap in exactly
        // the wrong moment holds one blocking thread, and `STALL` still
        // ends the answer.
        let file = crate::platform::open_regular_file(&path)?;
        let length = file.metadata()?.len();
        Ok((file, length))
    })
    .await?;
    let (chunks, received) = mpsc::channel::<io::Result<Bytes>>(2);
    tokio::spawn(async move {
        let mut file = Some(file);
        let mut left = length;
        while left > 0 {
            let Some(mut f) = file.take() else { break };
            let want = usize::try_from(left).map_or(CHUNK, |left| left.min(CHUNK));
            let read = off_thread(move || {
                let mut chunk = vec![0; want];
                let n = f.read(&mut chunk)?;
                chunk.truncate(n);
                Ok((f, chunk))
            })
            .await;
            let chunk = match read {
                Some((f, chunk)) if !chunk.is_empty() => {
                    file = Some(f);
                    left -= chunk.len() as u64;
                    Ok(Bytes::from(chunk))
                }
                // A failed, stalled or short read cuts the answer short.
                _ => Err(io::Error::other("the file could not be read whole")),
            };
            if chunks.send(chunk).await.is_err() {
                break;
            }
        }
    });
    Some((Body::from_stream(ReceiverStream::new(received)), length))
}
