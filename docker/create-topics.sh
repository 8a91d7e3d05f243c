#!/usr/bin/env bash
# create-topics.sh BOOTSTRAP PARTITIONS TOPIC...: creates the app's topics if they do not exist yet
# (a one-shot compose service; safe to run again). Replication factor 1: the compose broker is alone.
set -euo pipefail
bootstrap="$1" partitions="$2"; shift 2
for topic in "$@"; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor 1
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
