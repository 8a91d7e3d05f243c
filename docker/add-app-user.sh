#!/usr/bin/env sh
# add-app-user.sh: the unprivileged user (uid/gid 10001) the app images run as, and the directories it
# writes: data (archives, models) and Kafka Streams state. Named volumes mounted there inherit the owner.
set -eu
groupadd --system --gid 10001 adtrigger
useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/adtrigger --create-home adtrigger
mkdir -p /var/lib/adtrigger/data /var/lib/adtrigger/state
chown -R 10001:10001 /var/lib/adtrigger
