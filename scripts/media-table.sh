#!/usr/bin/env bash
# The media load table: scripts/media-load.sh for 100, 500, 1,000 and 2,000 sessions (or the counts given after
# SECONDS), one server process each, then the largest count that keeps p99 under 50 ms with no frame sent late.
#   bash scripts/media-table.sh 20 [100 500 1000 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100 500 1000 2000)
echo "| sessions | p50 ms | p99 ms | max ms | server CPU ms / session-s | alloc B / frame | late frames | load average |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
best=0
for n in "${counts[@]}"; do
  out=$(bash scripts/media-load.sh "$n" "$seconds")
  last=$(tail -n 1 <<<"$out")
  p50=$(grep -oP 'p50 \K[0-9.]+' <<<"$out"); max=$(grep -oP 'max \K[0-9.]+' <<<"$out"); load=$(grep -oP 'load average \K[0-9. ]+' <<<"$out")
  p99=$(grep -oP 'p99_ms=\K[0-9.]+' <<<"$last"); cpu=$(grep -oP 'server_cpu_ms_per_session_s=\K[0-9.]+' <<<"$last")
  late=$(grep -oP 'late_frames=\K[0-9]+' <<<"$last"); alloc=$(grep -oP 'alloc_bytes_per_frame=\K[0-9.]+' <<<"$last")
  echo "| $n | $p50 | $p99 | $max | $cpu | $alloc | $late | $load |"
  if grep -q "keep up: p99 under 50 ms" <<<"$out"; then best=$n; fi
done
echo "largest count that keeps p99 < 50 ms with no frame late: $best"
