#!/usr/bin/env python3
"""One revision of warta against another, in the same run: the full build and
the preview's rebuild after a save, on the same generated site.

    benches/compare_revisions.py BASE [NEW] [--news 10000] [--runs 7] [--edits 15]

BASE and NEW are git revisions (NEW defaults to the working tree as it is,
uncommitted changes included). Each is built in release mode into its own
binary under target/bench-compare/ (a checkout of BASE is made there with
`git worktree`; both share one cargo target folder, so the dependencies are
compiled once). `benches/gen_site.py N` writes the site once.

Full build: the two binaries build the site from scratch into a new, empty
folder, alternating (A B B A A B ...) so that a drift in the machine's state
falls on both alike; each run is measured by `/usr/bin/time -v` as in
build_speed.py, and its files are dropped from the page cache afterwards.

Preview: each binary runs `warta serve` in turn, rounds alternating, and the
time from appending a word to a news item to its page containing the word is
measured as in serve_latency.py.

Prints medians, ranges and the ratio NEW/BASE for wall time, CPU time, peak
memory and save-to-served time, as a Markdown table.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build_speed  # noqa: E402  (timed runs, page-cache dropping)
import serve_latency  # noqa: E402  (servers, saves, waiting for the page)

WORK = os.path.join(ROOT, "target", "bench-compare")


def git(*args, cwd=ROOT):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def binary(rev):
    """Builds `rev` (None: the working tree) in release mode; returns the binary's path."""
    target = os.path.join(WORK, "target")
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    if rev is None:
        src, name = ROOT, "working-tree"
    else:
        commit = git("rev-parse", "--verify", rev + "^{commit}")
        name = commit[:10]
        src = os.path.join(WORK, "src-" + name)
        if not os.path.isdir(src):
            git("worktree", "add", "--detach", src, commit)
    out = os.path.join(WORK, "warta-" + name)
    build_speed.sh("cargo", "build", "--release", "--quiet", "--bin", "warta", cwd=src, env=env)
    shutil.copy2(os.path.join(target, "release", "warta"), out)
    return name, out


def full_builds(bins, site, runs, work):
    """Alternating full builds; returns {name: [(wall, cpu, peak MiB)]}."""
    results = {name: [] for name, _ in bins}
    for r in range(runs):
        order = bins if r % 2 == 0 else list(reversed(bins))
        for name, exe in order:
            out = os.path.join(work, f"out-{name}-{r}")
            os.sync()
            wall, cpu, peak = build_speed.timed([exe, "build", "--root", site, "--output", out])
            os.sync()
            build_speed.evict(out)
            results[name].append((wall, cpu, peak))
    return results


class RoundEdits(serve_latency.Edits):
    """serve_latency's body edit, its word marked with the round and the
    binary: the words of earlier sessions stay in the file."""

    def __init__(self, tag, *args):
        super().__init__(*args)
        self.tag = tag

    def body(self, k, word):
        return super().body(k, word + self.tag)


def previews(bins, site, rounds, edits):
    """Save-to-served times per binary; returns {name: [ms]}."""
    results = {name: [] for name, _ in bins}
    for r in range(rounds):
        order = bins if r % 2 == 0 else list(reversed(bins))
        for name, exe in order:
            port = serve_latency.free_port()
            base = f"http://127.0.0.1:{port}/"
            proc = serve_latency.start([exe, "serve", "--root", site, "--port", str(port)], base)
            try:
                tag = f"r{r}{name.replace('-', '')}"
                saves = RoundEdits(tag, "warta", site, base)
                results[name] += serve_latency.measure(name, saves, "body", edits, 1.0)
            finally:
                proc.terminate()
                proc.wait()
    return results


def median_range(xs, fmt):
    return f"{fmt(statistics.median(xs))} | {fmt(min(xs))}–{fmt(max(xs))}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base", help="the baseline revision, e.g. a commit or `main`")
    ap.add_argument("new", nargs="?", help="the revision to compare (default: the working tree)")
    ap.add_argument("--news", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=7, help="full builds of each revision")
    ap.add_argument("--rounds", type=int, default=2, help="preview sessions of each revision")
    ap.add_argument("--edits", type=int, default=15, help="saves per preview session")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    bins = [binary(args.base), binary(args.new)]
    if bins[0][0] == bins[1][0]:
        bins[1] = (bins[1][0] + "-again", bins[1][1])
    tmp = tempfile.mkdtemp(prefix="warta-compare-", dir=WORK)
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "gen_site.py"), str(args.news), tmp], check=True,
                       stdout=subprocess.DEVNULL)
        site = os.path.join(tmp, "warta")
        # One untimed build each, so both start with the sources in the page cache.
        for name, exe in bins:
            subprocess.run([exe, "build", "--root", site, "--output", os.path.join(tmp, "warm-" + name)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        builds = full_builds(bins, site, args.runs, tmp)
        saves = previews(bins, site, args.rounds, args.edits)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    (base, _), (new, _) = bins
    print(f"{args.news} news + {args.news // 5} programs; {args.runs} full builds and "
          f"{args.rounds}×{args.edits} saves per revision, alternating")
    print("| revision | build wall median | range | CPU median | range | peak memory | save → served median | range |")
    print("|---|---|---|---|---|---|---|---|")
    for name in (base, new):
        walls = [w for w, _, _ in builds[name]]
        cpus = [c for _, c, _ in builds[name]]
        peak = statistics.median(p for _, _, p in builds[name])
        ms = saves[name]
        served = median_range(ms, lambda x: f"{x:.0f} ms") if ms else "- | -"
        print(f"| {name} | {median_range(walls, lambda x: f'{x:.2f} s')} | "
              f"{median_range(cpus, lambda x: f'{x:.2f} s')} | {peak:.0f} MiB | {served} |")

    def ratio(f):
        return f(new) / f(base)

    wall = ratio(lambda n: statistics.median(w for w, _, _ in builds[n]))
    cpu = ratio(lambda n: statistics.median(c for _, c, _ in builds[n]))
    peak = ratio(lambda n: statistics.median(p for _, _, p in builds[n]))
    print(f"\n{new} ÷ {base}: build wall {wall:.3f}, CPU {cpu:.3f}, peak memory {peak:.3f}", end="")
    if saves[base] and saves[new]:
        print(f", save → served {ratio(lambda n: statistics.median(saves[n])):.3f}")
    else:
        print()


if __name__ == "__main__":
    main()
