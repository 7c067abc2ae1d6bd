#!/usr/bin/env bash
# Benchmark: a fresh clone to a healthy gateway with `make run`, install included.
# Usage: bench/cold_start.sh   (clones this repo's HEAD into a temp folder; ports 18000-18005,
# 14222; prints the seconds). Target (walking skeleton issue): <= 180 s.
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'kill -- -$pid 2>/dev/null || true; sleep 1; rm -rf "$work"' EXIT
git clone -q "$repo" "$work/moretale"
cd "$work/moretale"
export GATEWAY_PORT=18000 STORY_PORT=18001 TTS_PORT=18002 ILLUSTRATION_PORT=18003 ASSET_PORT=18004 ASSET_INTERNAL_PORT=18005
export MORETALE_NATS_PORT=14222 MORETALE_NATS_URL=nats://127.0.0.1:14222
export GATEWAY_ASSET_SERVICE_URL=http://127.0.0.1:18005 MORETALE_PUBLIC_ASSET_URL=http://127.0.0.1:18004
start=$(date +%s%N)
setsid make run > "$work/run.log" 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:18000/readyz > /dev/null; do
  if ! kill -0 $pid 2>/dev/null; then tail -30 "$work/run.log"; exit 1; fi
  sleep 0.5
done
end=$(date +%s%N)
echo "fresh clone -> ready gateway (make run, install included):" \
  "$(( (end - start) / 1000000 )) ms (target <= 180000 ms)"
