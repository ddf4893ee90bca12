#!/usr/bin/env bash
# Runs fuzz targets one after another (one core each; see docs/FUZZING.md).
#   fuzz/run.sh [SECONDS] [TARGET...]     default: 600 s, every target
# cargo-fuzz needs nightly features; on a stable toolchain RUSTC_BOOTSTRAP=1
# unlocks them. Logs go to fuzz/logs/<target>.log, new inputs to
# fuzz/corpus/<target>/, crashes to fuzz/artifacts/<target>/.
set -u
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(front_matter yaml_program yaml_organization yaml_news yaml_page yaml_config markdown site)
fi
mkdir -p logs
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "== $t: ${seconds}s from $(date -u +%H:%M:%S)" >&2
  # -fork=1 with -ignore_*: one worker process (one core); a finding is saved
  # to artifacts/ and fuzzing goes on, so every target gets its full time.
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    > "logs/$t.log" 2>&1
  echo "== $t: exit $? at $(date -u +%H:%M:%S); $(grep -E '^#[0-9]+' "logs/$t.log" | tail -1)" >&2
  echo "   findings: $(ls "artifacts/$t" 2>/dev/null | tr '\n' ' ')" >&2
done
