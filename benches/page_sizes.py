#!/usr/bin/env python3
"""No HTML page over 100 KB: builds a generated site and weighs every page.

    benches/page_sizes.py [--news 10000] [--limit-kb 100] [--top 10] [--work DIR] [--keep]

Writes `benches/gen_site.py N` (10,000 news and 2,000 programs by default;
`--news 50000` for the larger site), builds it with the release binary
(`cargo build --release`), and prints the largest HTML pages with their size.
Exits with 1 when any page is over the limit (100 KB = 100,000 bytes, as
issue 18 says), naming each. A list that grows with the site without being
cut into pages (docs/CONTENT.md, "Lists a page at a time") shows here first.
The generated site and its output are deleted at the end unless `--keep`:
they are about 100 MB at 10,000 news.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from build_speed import HERE, ROOT, sh


def html_pages(out):
    """(bytes, path below `out`) of every HTML file of the output."""
    for folder, _, files in os.walk(out):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                yield os.path.getsize(path), os.path.relpath(path, out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=int, default=10000)
    ap.add_argument("--limit-kb", type=int, default=100)
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--work", help="folder for the site (default: a new temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the site and its output")
    args = ap.parse_args()

    sh("cargo", "build", "--release", "--quiet", "--bin", "warta", cwd=ROOT)
    warta = os.path.join(ROOT, "target", "release", "warta")
    work = args.work or tempfile.mkdtemp(prefix="warta-page-sizes-")
    try:
        sh(sys.executable, os.path.join(HERE, "gen_site.py"), str(args.news), work,
           stdout=subprocess.DEVNULL)
        site, out = os.path.join(work, "warta"), os.path.join(work, "out")
        sh(warta, "build", "--output", out, cwd=site, stdout=subprocess.DEVNULL)
        pages = sorted(html_pages(out), reverse=True)
        limit = args.limit_kb * 1000
        print(f"{len(pages)} HTML pages at {args.news} news; the largest:")
        for size, path in pages[:args.top]:
            print(f"  {size / 1000:8.1f} KB  {path}")
        over = [(s, p) for s, p in pages if s > limit]
        if over:
            print(f"{len(over)} page(s) over {args.limit_kb} KB:")
            for size, path in over:
                print(f"  {size / 1000:8.1f} KB  {path}")
            sys.exit(1)
        print(f"ok: no page over {args.limit_kb} KB")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
