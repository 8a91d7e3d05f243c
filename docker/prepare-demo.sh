#!/usr/bin/env bash
# prepare-demo.sh DIR: what the compose stack streams, made once and kept in DIR (a named volume):
# SM background to train on and an independent one to replay (sigma mix: every event weighs the same,
# like recorded data), a Z' signal to inject, and an ae-small model with its card. Same recipe as
# ./adtrigger demo. Runs in the trainer image, whose class path also holds the ingest CLI.
set -euo pipefail
dir="$1"
classpath="/opt/adtrigger/app.jar:/opt/adtrigger/lib/*"
ingest() { java -cp "$classpath" org.adtrigger.ingest.cli.IngestMain "$@"; }
trainer() { java -XX:MaxRAMPercentage=75 -cp "$classpath" org.adtrigger.trainer.cli.TrainerMain "$@"; }

# make FILE COMMAND...: runs COMMAND (which writes FILE.partial) unless FILE exists, then renames it, so
# an interrupted run never leaves a half-written file that looks finished.
make() {
  local file="$1"; shift
  if [[ -s "$file" ]]; then echo "prepare: $file exists"; return; fi
  echo "prepare: making $file"
  "$@"
  mv "$file.partial" "$file"
}
make "$dir/sm-train.avro" ingest generate --process sm --mix sigma --events 200000 --seed 101 --no-progress --out "$dir/sm-train.avro.partial"
make "$dir/sm-stream.avro" ingest generate --process sm --mix sigma --events 300000 --seed 102 --no-progress --out "$dir/sm-stream.avro.partial"
make "$dir/zprime2000.avro" ingest generate --process zprime:2000 --events 20000 --seed 103 --no-progress --out "$dir/zprime2000.avro.partial"
if [[ -s "$dir/ae-small.onnx" ]]; then
  echo "prepare: $dir/ae-small.onnx exists"
else
  echo "prepare: training $dir/ae-small.onnx"
  trainer train --data "$dir/sm-train.avro" --preset T4N6655 --selection none --model ae-small \
    --epochs 8 --seed 7 --no-progress --out "$dir/ae-small.onnx"
fi
