#!/usr/bin/env python3
"""Time from saving one news item to the served page containing the change,
for `warta serve` and `hugo server` on the same generated site.

    benches/serve_latency.py [--news 10000] [--edits 15] [--warta target/release/warta]

Generates the site with benches/gen_site.py (into a temporary folder), starts
each server on a free loopback port, then, one edit at a time: appends a
unique word to a news item, and asks for that item's page every 2 ms until
the word is in it. Prints the median and range of those times per tool, and
the ratio warta/Hugo. Hugo (Debian's `hugo` package) is skipped when absent.
"""
import argparse
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


def wait_for(url, word, limit=60.0):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if word in fetch(url):
            return True
        time.sleep(0.002)
    return False


def measure(name, page_url, source, edits, tag=""):
    """Appends a word to `source` `edits` times; returns the latencies in ms.
    `tag` keeps the words of several sessions on one site apart."""
    times = []
    for k in range(edits):
        word = f"suntingan{os.getpid()}{tag}x{k}"
        with open(source, "a", encoding="utf-8") as f:
            f.write(f"\n\nKata baru: {word}.\n")
        t0 = time.monotonic()
        if not wait_for(page_url, word):
            print(f"{name}: edit {k} never showed up", file=sys.stderr)
            continue
        times.append((time.monotonic() - t0) * 1000)
        time.sleep(0.3)  # let the server settle before the next save
    return times


def start(cmd, ready_url, cwd=None):
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if fetch(ready_url):
            return proc
        if proc.poll() is not None:
            raise SystemExit(f"{cmd[0]} exited early")
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"{cmd[0]} did not start")


def row(name, times):
    if not times:
        return f"| {name} | - | - | - |"
    return (f"| {name} | {statistics.median(times):.0f} ms | {min(times):.0f}–{max(times):.0f} ms | {len(times)} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--news", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=15)
    ap.add_argument("--warta", default=os.path.join(HERE, "..", "target", "release", "warta"))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="warta-serve-bench-")
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "gen_site.py"), str(args.news), tmp], check=True,
                       stdout=subprocess.DEVNULL)
        results = {}
        # warta: news item 30 is dated 2024 (published whatever the date).
        port = free_port()
        base = f"http://127.0.0.1:{port}/"
        proc = start([args.warta, "serve", "--root", os.path.join(tmp, "warta"), "--port", str(port)], base)
        try:
            source = os.path.join(tmp, "warta", "content", "news", "2024", "berita-30.md")
            results["warta serve"] = measure("warta", base + "news/berita-30/", source, args.edits)
        finally:
            proc.terminate()
            proc.wait()
        hugo = shutil.which("hugo")
        if hugo:
            port = free_port()
            base = f"http://127.0.0.1:{port}/"
            proc = start([hugo, "server", "--bind", "127.0.0.1", "--port", str(port), "--baseURL", base,
                          "--disableLiveReload", "--quiet"], base, cwd=os.path.join(tmp, "hugo"))
            try:
                source = os.path.join(tmp, "hugo", "content", "news", "berita-30.md")
                results["hugo server"] = measure("hugo", base + "news/berita-30/", source, args.edits)
            finally:
                proc.terminate()
                proc.wait()
            version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()
        else:
            version = "hugo not installed"
        print(f"save -> served page, {args.news} news + {args.news // 5} programs, {args.edits} edits each ({version})")
        print("| tool | median | range | edits |")
        print("|---|---|---|---|")
        for name, times in results.items():
            print(row(name, times))
        w, h = results.get("warta serve"), results.get("hugo server")
        if w and h:
            print(f"\nratio warta/hugo (median): {statistics.median(w) / statistics.median(h):.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
