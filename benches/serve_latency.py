#!/usr/bin/env python3
"""Time from saving a file to the served page showing the change, for
`warta serve` and `hugo server` on the same generated site.

    benches/serve_latency.py [--news 10000] [--edits 7] [--edit body,title,date,tag]
                             [--warta target/release/warta] [--gap 1.0] [--no-hugo]
                             [--log FILE] [--photos]

Generates the site with benches/gen_site.py (into a temporary folder), starts
each server on a free loopback port, then, one edit at a time, saves a file
and asks for the page that proves the edit every 2 ms until the change is in
it. The kinds of edit (all four by default):

- body:  a word appended to a news item's body; its own page.
- title: a news item's title changed; the first page of the news list, which
         shows it (the item is the list's first, picked from each tool's list).
- date:  a program's start and end moved, alternately into the future and
         into the past (its status changes: statuses and calendars change);
         its page, showing the new dates.
- tag:   a tag added to the news list's first item (an existing tag it did not
         have: Hugo 0.111's server never makes the page of a new term); the
         tag's page, listing it.

With --photos, every news item names a photo (benches/gen_site.py --photos), as
real news reports do.

Hugo runs with --buildFuture, so it shows the future news and programs that
`warta serve` shows. Prints the median and range per kind and tool, and the
ratio warta/Hugo. Hugo (Debian's `hugo` package) is skipped when absent.
"""
import argparse
import glob
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_site import WORDS  # noqa: E402  (the tags gen_site.py gives out)
KINDS = ("body", "title", "date", "tag")
MONTHS = {
    "warta": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember"],
    "hugo": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"],
}
BODY_NEWS = "berita-30"  # dated 2024: published whatever the date
PROGRAM = "program-3"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return ""


def wait_for(url, text, limit=60.0):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if text in fetch(url):
            return True
        time.sleep(0.002)
    return False


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def save(path, text):
    """One write, as an editor's save."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def news_file(tool, root, slug):
    if tool == "warta":
        return glob.glob(os.path.join(root, "content", "news", "*", slug + ".md"))[0]
    return os.path.join(root, "content", "news", slug + ".md")


def program_file(tool, root):
    ext = "yaml" if tool == "warta" else "md"
    return os.path.join(root, "content", "programs", f"{PROGRAM}.{ext}")


TAGS = [f"topik {w} {i}" for i, w in enumerate((WORDS * 2)[:50])]


class Edits:
    """The edits of one tool's site: each returns the file, its new text, and
    the page and text that prove the edit was served."""

    def __init__(self, tool, root, base):
        self.tool, self.root, self.base = tool, root, base
        # The news list's first item: its title shows on the list's first page.
        first = re.search(r"/news/(berita-\d+)/", fetch(base + "news/"))
        if not first:
            raise SystemExit(f"{tool}: no news item on {base}news/")
        self.first = first.group(1)

    def body(self, k, word):
        path = news_file(self.tool, self.root, BODY_NEWS)
        return path, read(path) + f"\n\nKata baru: {word}.\n", self.base + f"news/{BODY_NEWS}/", word

    def title(self, k, word):
        path = news_file(self.tool, self.root, self.first)
        # "Aaa": Hugo orders news of one date by title; the item stays first.
        text = re.sub(r'^title: .*$', f'title: "Berita Aaa {word}"', read(path), count=1, flags=re.M)
        return path, text, self.base + "news/", f"Berita Aaa {word}"

    def date(self, k, word):
        # Even edits into the future (upcoming), odd ones into the past
        # (completed); a new month and year each time, so the text is new.
        year = 2027 + k if k % 2 == 0 else 2020 - k
        month = 1 + k % 12
        start, end = f"{year}-{month:02d}-10", f"{year}-{month:02d}-12"
        path = program_file(self.tool, self.root)
        text = read(path)
        text = re.sub(r"^start: .*$", f"start: {start}", text, count=1, flags=re.M)
        text = re.sub(r"^end: .*$", f"end: {end}", text, count=1, flags=re.M)
        # Registration closes by the first day.
        text = re.sub(r"^registration: \{ opens: [^,]*, closes: [^,]*,",
                      f"registration: {{ opens: {start}, closes: {start},", text, count=1, flags=re.M)
        if self.tool == "hugo":
            text = re.sub(r"^date: .*$", f"date: {start}", text, count=1, flags=re.M)
            shown = f"10 {MONTHS['hugo'][month - 1]} {year}"
        else:
            shown = f"10\u201312 {MONTHS['warta'][month - 1]} {year}"
        return path, text, self.base + f"programs/{PROGRAM}/", shown

    def tag(self, k, word):
        path = news_file(self.tool, self.root, self.first)
        text = read(path)
        tag = next(t for t in TAGS[k * 7 % len(TAGS):] + TAGS if f'"{t}"' not in text)
        text = text.replace("tags: [", f'tags: ["{tag}", ', 1)
        return path, text, self.base + f"tags/{tag.replace(' ', '-')}/", f"/news/{self.first}/"


def measure(tool, edits, kind, count, gap):
    """Makes `count` edits of `kind`; returns the latencies in ms."""
    times = []
    for k in range(count):
        word = f"suntingan{os.getpid()}{kind}x{k}"
        path, text, url, shown = getattr(edits, kind)(k, word)
        if shown in fetch(url):
            raise SystemExit(f"{tool}: {url} shows {shown!r} before the {kind} edit")
        t0 = time.monotonic()
        save(path, text)
        if not wait_for(url, shown):
            print(f"{tool}: {kind} edit {k} never showed up at {url}", file=sys.stderr)
            continue
        times.append((time.monotonic() - t0) * 1000)
        time.sleep(gap)  # an editor's next save comes later
    return times


def start(cmd, ready_url, cwd=None, log=None):
    err = open(log, "w") if log else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
    if log:
        err.close()  # the server has its own copy
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if fetch(ready_url):
            return proc
        if proc.poll() is not None:
            raise SystemExit(f"{cmd[0]} exited early")
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"{cmd[0]} did not start")


def run_tool(tool, cmd, root, base, kinds, count, gap, log=None):
    proc = start(cmd, base, cwd=root if tool == "hugo" else None, log=log)
    try:
        time.sleep(gap)
        edits = Edits(tool, root, base)
        results = {}
        for kind in kinds:
            results[kind] = measure(tool, edits, kind, count, gap)
            print(f"{tool} {kind}: {cell(results[kind])}", file=sys.stderr, flush=True)
        return results
    finally:
        proc.terminate()
        proc.wait()


def cell(times):
    if not times:
        return "–"
    return f"{statistics.median(times):,.0f} ms ({min(times):,.0f}–{max(times):,.0f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=7, help="edits of each kind, per tool")
    ap.add_argument("--edit", default=",".join(KINDS), help="kinds of edit: " + ",".join(KINDS))
    ap.add_argument("--gap", type=float, default=1.0, help="seconds between an edit shown and the next")
    ap.add_argument("--warta", default=os.path.join(HERE, "..", "target", "release", "warta"))
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--photos", action="store_true", help="every news item names a photo")
    ap.add_argument("--log", help="keep warta's stderr in this file (with WARTA_TIMING=1: where each save's time goes)")
    args = ap.parse_args()
    kinds = [k for k in args.edit.split(",") if k]
    for k in kinds:
        if k not in KINDS:
            raise SystemExit(f"unknown edit {k!r}: one of {', '.join(KINDS)}")
    tmp = tempfile.mkdtemp(prefix="warta-serve-bench-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "gen_site.py"), str(args.news), tmp]
                       + (["--photos"] if args.photos else []), check=True, stdout=subprocess.DEVNULL)
        results = {}
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        root = os.path.join(tmp, "warta")
        results["warta"] = run_tool("warta", [args.warta, "serve", "--root", root, "--port", str(port)],
                                    root, base, kinds, args.edits, args.gap, log=args.log)
        hugo = None if args.no_hugo else shutil.which("hugo")
        if hugo:
            port = free_port()
            base = f"http://127.0.0.1:{port}/"
            root = os.path.join(tmp, "hugo")
            results["hugo"] = run_tool("hugo", [hugo, "server", "--bind", "127.0.0.1", "--port", str(port),
                                                "--baseURL", base, "--buildFuture", "--disableLiveReload",
                                                "--quiet"], root, base, kinds, args.edits, args.gap)
            version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()
        else:
            version = "hugo not run"
        load = os.getloadavg()
        photos = ", each news item with a photo" if args.photos else ""
        print(f"save -> served page, {args.news} news{photos} + {args.news // 5} programs, {args.edits} edits of each "
              f"kind per tool ({version}); load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        print("| edit | warta serve | hugo server | warta ÷ Hugo |")
        print("|---|---|---|---|")
        for kind in kinds:
            w, h = results["warta"].get(kind), results.get("hugo", {}).get(kind)
            ratio = f"{statistics.median(w) / statistics.median(h):.3f}" if w and h else "–"
            print(f"| {kind} | {cell(w)} | {cell(h)} | {ratio} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
