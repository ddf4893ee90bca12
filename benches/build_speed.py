#!/usr/bin/env python3
"""Full builds from scratch, warta beside Hugo on the same generated site.

    benches/build_speed.py [--sizes 1000,10000,50000] [--runs 5] [--work DIR]

For each N, `benches/gen_site.py N` writes a warta site and the equivalent Hugo
site (same Markdown, same seed). Then, round after round (each round goes over
every N, so that a drift in the machine's state falls on all sizes alike), each
tool builds its site from scratch into a new, empty folder: warta (`target/release/warta
build`), Hugo (Debian's `hugo`), and the floor (`markdown_floor`: read every
source and render its Markdown with pulldown-cmark alone, on all cores, writing
nothing) and the disk's floor (`disk_floor`: create the folders and files of
warta's output, of the same sizes, and nothing else; listed from the untimed
first round's output). The order of the tools changes every round. Each run is measured by
`/usr/bin/time -v`: wall time, CPU time (user + system) and peak memory
(maximum resident set size). The script prints medians, ranges and the ratio
warta/Hugo as a Markdown table, and writes every run to WORK/results.json.

After each run, `sync` puts its files on disk and the script asks the kernel to
drop them from the page cache (`posix_fadvise(DONTNEED)` on each file; no root
needed), so that no run pays for another's writeback, and the outputs of earlier
runs (gigabytes at 50,000 news) do not fill the memory and make the kernel
reclaim pages during the later, bigger runs. Outputs are deleted only at the
end: ext4 takes longer to create files while many were deleted in the last
minutes (its allocator skips recently freed inodes), which would make whichever
tool runs after a deletion pay for it.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def sh(*cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, **kw)


def timed(cmd):
    """Runs `cmd` under /usr/bin/time -v; returns wall s, CPU s, peak MiB."""
    return timed_with_log(cmd)[:3]


def timed_with_log(cmd, env=None):
    """As `timed`, with the command's own stderr (before time's report) too."""
    r = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, env=env)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr[-3000:]}")

    def field(name):
        m = re.search(rf"^\s*{re.escape(name)}: (.+)$", r.stderr, re.M)
        if not m:
            sys.exit(f"no '{name}' in the output of /usr/bin/time:\n{r.stderr[-2000:]}")
        return m.group(1).strip()

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    peak = int(field("Maximum resident set size (kbytes)")) / 1024
    log = r.stderr.split("\tCommand being timed:")[0]
    return wall, cpu, peak, log


def evict(folder):
    """Drops the files under `folder` (on disk already) from the page cache."""
    for d, _, files in os.walk(folder):
        for f in files:
            try:
                fd = os.open(os.path.join(d, f), os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def list_output(folder, listing):
    """Writes what `disk_floor` makes again: each folder under `folder`,
    parents first, then each file with its size."""
    folders, files = [], []
    for d, subs, names in os.walk(folder):
        rel = os.path.relpath(d, folder)
        folders += [os.path.normpath(os.path.join(rel, s)) for s in sorted(subs)]
        files += [(os.path.getsize(os.path.join(d, f)), os.path.normpath(os.path.join(rel, f))) for f in sorted(names)]
    with open(listing, "w") as out:
        out.writelines(f"d {p}\n" for p in folders)
        out.writelines(f"f {size} {p}\n" for size, p in files)
    return listing


def count_files(folder):
    return sum(len(files) for _, _, files in os.walk(folder))


def med(xs):
    return statistics.median(xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000", help="numbers of news items, comma-separated")
    ap.add_argument("--runs", type=int, default=5, help="timed runs of each tool at each size")
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "bench-build"),
                    help="where the sites and outputs go (default: target/bench-build)")
    ap.add_argument("--no-hugo", action="store_true", help="time warta and the floor only")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.work = os.path.abspath(args.work)

    if not args.no_hugo and not shutil.which("hugo"):
        sys.exit("hugo is not installed: `apt-get install hugo` (Debian's package), or pass --no-hugo")
    # Two builds, not one: built together, the binary would link the library
    # as the example needs it (with the dev-dependencies' features), and the
    # next plain `cargo build --release` (page_sizes.py, the README's serve)
    # would build it all again.
    sh("cargo", "build", "--release", "--quiet", "--bin", "warta", cwd=ROOT)
    sh("cargo", "build", "--release", "--quiet", "--example", "markdown_floor", "--example", "disk_floor",
       cwd=ROOT)
    warta = os.path.join(ROOT, "target", "release", "warta")
    floor = os.path.join(ROOT, "target", "release", "examples", "markdown_floor")
    disk = os.path.join(ROOT, "target", "release", "examples", "disk_floor")
    hugo_version = "" if args.no_hugo else subprocess.run(
        ["hugo", "version"], capture_output=True, text=True).stdout.strip()

    os.makedirs(args.work, exist_ok=True)
    outputs = os.path.join(args.work, "outputs")
    shutil.rmtree(outputs, ignore_errors=True)
    sites = {}
    for n in sizes:
        sites[n] = os.path.join(args.work, f"site-{n}")
        if not os.path.isdir(sites[n]):
            sh(sys.executable, os.path.join(HERE, "gen_site.py"), str(n), sites[n])

    def command(tool, n, out):
        site = sites[n]
        if tool == "warta":
            return [warta, "build", "--root", f"{site}/warta", "--output", out]
        if tool == "floor":
            return [floor, f"{site}/warta"]
        if tool == "disk":
            return [disk, listings[n], out]
        return ["hugo", "--quiet", "--source", f"{site}/hugo", "--destination", out]

    names = ["warta", "floor", "disk"] + ([] if args.no_hugo else ["hugo"])
    runs = {(n, t): [] for n in sizes for t in names}
    files = {}
    listings = {}
    # Round after round over every size and tool, the order of the tools
    # changing every round: whatever drifts while the benchmark runs (the
    # file system filling up with outputs, other work on the machine) falls
    # on every size and tool alike. The first round is untimed: it brings
    # the sources into the page cache.
    for r in range(-1, args.runs):
        for n in sizes:
            order = names[r % len(names):] + names[:r % len(names)]
            for tool in order:
                if tool == "disk" and n not in listings:
                    continue  # the untimed round: no warta output to list yet
                out = os.path.join(outputs, f"{n}-{tool}-{r + 1}")
                os.sync()
                wall, cpu, peak = timed(command(tool, n, out))
                # This run's files go to disk and out of memory, so that no
                # run pays for another's writeback or page cache.
                os.sync()
                evict(out)
                if r < 0:
                    if tool == "warta":
                        listings[n] = list_output(out, os.path.join(args.work, f"listing-{n}.txt"))
                    continue
                runs[(n, tool)].append({"wall": wall, "cpu": cpu, "peak_mib": peak})
                if tool in ("warta", "hugo") and (n, tool) not in files:
                    files[(n, tool)] = count_files(out)
                print(f"N={n} {tool} run {r + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, {peak:.0f} MiB",
                      file=sys.stderr)
    results = [{"news": n, "programs": n // 5, "tool": t, "runs": runs[(n, t)], "files": files.get((n, t))}
               for n in sizes for t in names]

    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump({"date": time.strftime("%Y-%m-%d"), "hugo": hugo_version, "nproc": os.cpu_count(),
                   "results": results}, f, indent=1)

    print(f"\n{hugo_version}; {os.cpu_count()} cores; {args.runs} runs each\n")
    print("| news + programs | tool | wall median | wall range | CPU median | peak memory | files written | wall ÷ Hugo | wall ÷ floor |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        rows = {r["tool"]: r for r in results if r["news"] == n}
        wall = {t: med([x["wall"] for x in r["runs"]]) for t, r in rows.items()}
        for tool, r in rows.items():
            walls = [x["wall"] for x in r["runs"]]
            ratio = f"{wall[tool] / wall['hugo']:.2f}" if "hugo" in wall else "–"
            # /usr/bin/time counts in hundredths: a tiny site's floor may read 0.
            to_floor = f"{wall[tool] / wall['floor']:.1f}" if wall["floor"] > 0 else "–"
            print(f"| {n:,} + {n // 5:,} | {tool} | {wall[tool]:.3f} s | {min(walls):.3f}–{max(walls):.3f} s "
                  f"| {med([x['cpu'] for x in r['runs']]):.3f} s | {med([x['peak_mib'] for x in r['runs']]):.0f} MiB "
                  f"| {r['files'] if r['files'] is not None else '–'} | {ratio} | {to_floor} |")
    if len(sizes) > 1:
        base = sizes[0] if 10000 not in sizes else 10000
        w = {n: med([x["wall"] for x in r["runs"]]) for r in results if r["tool"] == "warta" for n in [r["news"]]}
        for n in sizes:
            if n > base:
                rounds = [a["wall"] / b["wall"] for a, b in zip(runs[(n, "warta")], runs[(base, "warta")])]
                print(f"\nwarta at {n:,} news takes {w[n] / w[base]:.2f} × its time at {base:,} "
                      f"(the size ratio is {n / base:g}); round by round {min(rounds):.2f}–{max(rounds):.2f} ×")
    shutil.rmtree(outputs, ignore_errors=True)


if __name__ == "__main__":
    main()
