#!/usr/bin/env bash
# Measures the event filter's accept rate at each operating point against the model card's background
# expectation (issue 18), with the demo's replay: σ-mix SM background at 2 000 events/s through the embedded
# broker and the scoring topology, 5 % of the events replaced by Z' (2 TeV) from 20 s to 40 s, 5 s windows.
# Each point's demo output goes to $OUT/<point>.txt; summary.md collects expected / observed / pull outside the
# burst and in it, and accept-pull-case.yml is a promtool test case built from the eff_B 1e-3 run's window pulls.
#
#   docs/operating-points/run.sh            # set-up (cached in oppoint-cache/), then the four runs
#
# The model: the demo's ae-small on T4N6655, but trained on 3 000 000 SM events (one epoch) instead of the demo's
# 200 000, so its card's validation split (601 312 events) has 66 events above the 1 pb cut (eff_B = 1.1e-4 of
# 9 100 pb), well above the 10 an operating point needs; the demo's own model (40 000 validation events, 4 above
# that cut) refuses 1 pb at start-up. (500 000 training events would have been enough; 3 M was chosen before
# the σ-mix background's cross section was checked.)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${CACHE:-$ROOT/oppoint-cache}"
OUT="${OUT:-$ROOT/docs/operating-points}"
DURATION="${DURATION:-90s}"
cd "$ROOT"
mkdir -p "$CACHE" "$OUT"
[[ -s "$CACHE/sm-train3m.avro" ]] || ./adtrigger generate --process sm --mix sigma --events 3000000 --seed 101 \
  --no-progress --out "$CACHE/sm-train3m.avro"
[[ -s "$CACHE/sm-stream.avro" ]] || ./adtrigger generate --process sm --mix sigma --events 300000 --seed 102 \
  --no-progress --out "$CACHE/sm-stream.avro"
[[ -s "$CACHE/zprime2000.avro" ]] || ./adtrigger generate --process zprime:2000 --events 20000 --seed 103 \
  --no-progress --out "$CACHE/zprime2000.avro"
[[ -s "$CACHE/ae-small-3m.onnx" ]] || ./adtrigger train --data "$CACHE/sm-train3m.avro" --preset T4N6655 \
  --selection none --model ae-small --epochs 1 --seed 7 --no-progress --out "$CACHE/ae-small-3m.onnx"

JAR="$(ls "$ROOT"/streams-app/target/adtrigger-streams-app-*.jar | grep -v -e sources -e tests | head -1)"
for point in tier:1 1e-3 1pb 20Hz; do
  echo "operating point $point ..."
  XDG_CACHE_HOME="$CACHE/xdg" java -Dadtrigger.log.level=warn -cp "$JAR:$ROOT/streams-app/target/lib/*" \
    org.adtrigger.streams.cli.StreamsMain demo --model "$CACHE/ae-small-3m.onnx" \
    --background "$CACHE/sm-stream.avro" --signal "$CACHE/zprime2000.avro" --duration "$DURATION" \
    --http-port 0 --set "anomaly.operating.point=$point" > "$OUT/${point/:/}.txt" 2> "$OUT/${point/:/}.err" \
    || { echo "failed: $OUT/${point/:/}.err"; tail -5 "$OUT/${point/:/}.err"; }
done
python3 "$ROOT/docs/operating-points/summarize.py" "$OUT" > "$OUT/summary.md"
cat "$OUT/summary.md"
