#!/usr/bin/env bash
# verify-images.sh: builds the CPU images of docker/Dockerfile without a Docker engine and starts what they
# hold, as compose.yaml would. buildah builds (chroot isolation) on Debian bookworm bases made with
# debootstrap and passed as the Dockerfile's JDK_IMAGE/JRE_IMAGE; the Maven build inside reads and fills the
# host's Maven home (~/.m2, or M2_HOME_DIR) instead of downloading everything again. Then, with buildah run:
#   - each image runs as the user its stage declares, and the trainer's entrypoint answers --help;
#   - compose's `model` service (prepare-demo.sh in the trainer image) makes the data volume;
#   - compose's `streams-app` service scores with its command, environment and mounts, on an embedded broker
#     (no compose network here), and compose's `replay` service sends it events; /healthz, /readyz and
#     /metrics (adtrigger_events_received_total above 0) are checked from the host.
# Exits 0 when all pass, 1 with one "verify-images: FAIL ..." line otherwise, and 0 with one "skipped" line
# when buildah/debootstrap cannot be installed. The bases stay in buildah's storage (logs and volumes go to
# VERIFY_CACHE, default /var/tmp/adtrigger-verify-images), so reruns take minutes.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${VERIFY_CACHE:-/var/tmp/adtrigger-verify-images}"
m2="${M2_HOME_DIR:-$HOME/.m2}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
jdk_base=localhost/adtrigger-base/jdk:bookworm
jre_base=localhost/adtrigger-base/jre:bookworm

say() { echo "verify-images: $*"; }
fail() { echo "verify-images: FAIL: $*" >&2; exit 1; }
skip() { echo "verify-images: skipped: $*"; exit 0; }
# fail_with_log LOG MESSAGE: the log's last lines, then the one line that says what failed
fail_with_log() { tail -n 25 "$1" >&2; fail "$2 (log: $1)"; }

# ---- tools -------------------------------------------------------------------------------------------
missing=()
command -v buildah >/dev/null 2>&1 || missing+=(buildah)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v pgrep >/dev/null 2>&1 || missing+=(procps)
python3 -c 'import yaml' >/dev/null 2>&1 || missing+=(python3-yaml)
# debootstrap and chroot builds need root; the only other way in is password-less sudo for the whole run
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    exec sudo -n VERIFY_CACHE="$cache" M2_HOME_DIR="$m2" DEBIAN_MIRROR="$mirror" "$0" "$@"
  fi
  skip "not root and no password-less sudo (debootstrap and buildah's chroot builds need root)"
fi
if (( ${#missing[@]} )); then
  command -v apt-get >/dev/null 2>&1 || skip "${missing[*]} missing and no apt-get to install them"
  if apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    say "installed ${missing[*]} with apt-get"
  else
    skip "${missing[*]} missing and apt-get could not install them"
  fi
fi
mkdir -p "$cache"
start=$SECONDS

# ---- local bases: Debian bookworm with Debian's OpenJDK 17, kept in buildah's storage ----------------
# base_image IMAGE PACKAGE: a minimal bookworm with PACKAGE, unless IMAGE exists already
base_image() {
  local image="$1" package="$2" rootfs="$cache/rootfs-$2" log="$cache/debootstrap-${2}.log" ctr mnt
  if buildah inspect --type image "$image" >/dev/null 2>&1; then
    say "base $image (cached)"
    return
  fi
  say "making base $image with debootstrap (bookworm + $package)"
  rm -rf "$rootfs"
  debootstrap --variant=minbase --include="$package" bookworm "$rootfs" "$mirror" >"$log" 2>&1 \
    || fail_with_log "$log" "debootstrap of $package failed"
  # what official images drop too: downloaded packages and package lists
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  ctr="$(buildah from scratch)"
  mnt="$(buildah mount "$ctr")"
  tar -C "$rootfs" -cf - . | tar -C "$mnt" -xpf -
  buildah umount "$ctr" >/dev/null
  buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env LANG=C.UTF-8 --cmd /bin/bash "$ctr"
  buildah commit --quiet --rm "$ctr" "$image" >/dev/null
  rm -rf "$rootfs"
}
base_image "$jdk_base" openjdk-17-jdk-headless
base_image "$jre_base" openjdk-17-jre-headless

# ---- the images ------------------------------------------------------------------------------------------
# The host's Maven home stands in for the Dockerfile's cache mount (see the build-cpu stage).
[[ -d "$m2" ]] || mkdir -p "$m2"
build() {
  local target="$1" log="$cache/build-$1.log"
  say "building target $target"
  (cd "$repo" && buildah bud --isolation chroot --layers --pull-never \
      -f docker/Dockerfile --ignorefile docker/Dockerfile.dockerignore --target "$target" \
      --build-arg JDK_IMAGE="$jdk_base" --build-arg JRE_IMAGE="$jre_base" \
      --volume "$m2:/var/cache/host-m2" --build-arg MAVEN_USER_HOME=/var/cache/host-m2 \
      --build-arg MAVEN_ARGS=-Dmaven.repo.local=/var/cache/host-m2/repository \
      -t "localhost/adtrigger/$target:verify" .) >"$log" 2>&1 \
    || fail_with_log "$log" "buildah bud --target $target failed"
}
build streams-app
build trainer
for target in streams-app trainer; do
  say "image localhost/adtrigger/$target:verify: $(buildah images --format '{{.Size}}' "localhost/adtrigger/$target:verify")"
done

# ---- containers ------------------------------------------------------------------------------------------
containers=()
app_pid=""
# app_java_pid: the java process that buildah run started for the app (same pid namespace: chroot isolation)
app_java_pid() {
  local pid="$app_pid" child
  while child="$(pgrep -P "$pid" | head -1)" && [[ -n "$child" ]]; do
    pid="$child"
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" != java ]] || { echo "$pid"; return; }
  done
}
cleanup() {
  local ctr java
  if [[ -n "$app_pid" ]]; then
    java="$(app_java_pid)"
    [[ -z "$java" ]] || kill -TERM "$java" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  for ctr in "${containers[@]}"; do buildah rm "$ctr" >/dev/null 2>&1 || true; done
  # untagged images: earlier builds and intermediate layers (about 1.3 GB a build); the bases stay
  buildah rmi --prune >/dev/null 2>&1 || true
}
trap cleanup EXIT

# container TARGET: a new working container of the image, named in $ctr
container() {
  ctr="$(buildah from --pull-never "localhost/adtrigger/$1:verify")"
  containers+=("$ctr")
}
config_of() {
  buildah inspect --type image "localhost/adtrigger/$1:verify" \
    | python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin)["OCIv1"]["config"]))'
}
config_value() { python3 -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1]).get(sys.argv[2])))' "$@"; }

# declared TARGET KEYWORD: the arguments of the last KEYWORD instruction in the Dockerfile's stage TARGET
declared() {
  awk -v stage="$1" -v keyword="$2" '
    toupper($1) == "FROM" { in_stage = (tolower($3) == "as" && $4 == stage) }
    in_stage && toupper($1) == keyword { $1 = ""; sub(/^ /, ""); value = $0 }
    END { print value }' "$repo/docker/Dockerfile"
}

# check_image TARGET: user and entrypoint are the ones the Dockerfile declares for the stage, and a process
# started in the image runs as that user, not as root
check_image() {
  local target="$1" config user entrypoint uid
  config="$(config_of "$target")"
  user="$(config_value "$config" User)"
  entrypoint="$(config_value "$config" Entrypoint)"
  [[ "$user" == "\"$(declared "$target" USER)\"" ]] \
    || fail "$target image runs as $user, the Dockerfile declares $(declared "$target" USER)"
  [[ "$entrypoint" == "$(config_value "{\"e\": $(declared "$target" ENTRYPOINT)}" e)" ]] \
    || fail "$target image's entrypoint $entrypoint is not the Dockerfile's $(declared "$target" ENTRYPOINT)"
  container "$target"
  uid="$(buildah run --isolation chroot "$ctr" -- id -u)" || fail "$target image: id -u could not run"
  user="${user//\"/}"
  [[ "$uid" != 0 && "$uid" == "${user%%:*}" ]] || fail "$target image runs processes as uid $uid, not ${user%%:*}"
  say "$target image runs as $user (uid $uid) with entrypoint $entrypoint"
}
check_image streams-app
check_image trainer

# service SERVICE TARGET [OPTION=VALUE...]: compose's SERVICE started in a new container of TARGET's image
# (see compose-service-args.py; IMAGE_CONFIG_JSON is the image's OCI config); named volumes are directories under $cache/volumes, owned by the image's
# user as Docker's new named volumes are. Sets $ctr, run_options and run_command.
service() {
  local name="$1" target="$2" args volume uid
  shift 2
  mapfile -t args < <(python3 "$repo/docker/compose-service-args.py" "$repo/docker/compose.yaml" "$name" \
    "$cache/volumes" "$(config_of "$target")" "$@") || fail "compose.yaml: cannot read service $name"
  run_options=() run_command=()
  while [[ ${#args[@]} -gt 0 && "${args[0]}" != -- ]]; do run_options+=("${args[0]}"); args=("${args[@]:1}"); done
  run_command=("${args[@]:1}")
  uid="$(config_value "$(config_of "$target")" User | tr -d '"')"
  for volume in "${run_options[@]}"; do
    volume="${volume#--volume=}"
    if [[ "$volume" == "$cache/volumes/"* ]]; then
      mkdir -p "${volume%%:*}"
      chown "${uid%%:*}:${uid##*:}" "${volume%%:*}"
    fi
  done
  container "$target"
}
# run_service LOG: runs the service set up by `service` in the foreground
run_service() { buildah run --isolation chroot "${run_options[@]}" "$ctr" -- "${run_command[@]}" >"$1" 2>&1; }

# the trainer's entrypoint with the image's CMD (--help)
container trainer
mapfile -t help_command < <(python3 -c 'import json,sys; c=json.loads(sys.argv[1]); print("\n".join(c["Entrypoint"] + c["Cmd"]))' \
  "$(config_of trainer)")
buildah run --isolation chroot "$ctr" -- "${help_command[@]}" >"$cache/trainer-help.log" 2>&1 \
  || fail_with_log "$cache/trainer-help.log" "trainer image: its entrypoint with its CMD (${help_command[*]: -1}) failed"
grep -q -i '^usage: ' "$cache/trainer-help.log" || fail_with_log "$cache/trainer-help.log" "trainer image: --help printed no usage"
say "trainer image: entrypoint with CMD ${help_command[*]: -1} prints its usage"

# compose's model service on a new data volume, as on a first `docker compose up`
rm -rf "$cache/volumes"
say "compose service model (prepare-demo.sh in the trainer image)"
service model trainer
run_service "$cache/model.log" || fail_with_log "$cache/model.log" "compose service model failed"
say "compose service model done: $(ls "$cache/volumes/demo-data" | tr '\n' ' ')"

# compose's streams-app service on an embedded broker, stopped with SIGTERM as docker stop does
rm -rf "$cache/volumes/streams-state"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
service streams-app streams-app --bootstrap= --http-port="$port" --duration=600s
app_log="$cache/streams-app.log"
say "compose service streams-app: ${run_command[*]}"
: >"$app_log"
buildah run --isolation chroot "${run_options[@]}" "$ctr" -- "${run_command[@]}" >"$app_log" 2>&1 &
app_pid=$!
# wait_for WHAT SECONDS COMMAND...: polls COMMAND until it succeeds; fails when the app exits or time runs out
wait_for() {
  local what="$1" seconds="$2"
  shift 2
  for (( i = 0; i < seconds; i++ )); do
    if "$@"; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || fail_with_log "$app_log" "streams-app exited before $what"
    sleep 1
  done
  fail_with_log "$app_log" "streams-app: no $what within ${seconds}s"
}
http_status() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$1"; }
wait_for "embedded broker" 180 grep -q 'Embedded KRaft broker serving at' "$app_log"
broker="$(grep -o -m1 'Embedded KRaft broker serving at [^ ]*' "$app_log" | awk '{print $NF}')"
ready() { [[ "$(http_status /readyz)" == 200 ]]; }
wait_for "200 from /readyz" 180 ready
say "GET /readyz -> $(http_status /readyz)"
[[ "$(http_status /healthz)" == 200 ]] || fail "streams-app: /healthz answered $(http_status /healthz)"
say "GET /healthz -> 200"

say "compose service replay to the embedded broker at $broker for 20s"
service replay streams-app --bootstrap="$broker" --duration=20s
run_service "$cache/replay.log" || fail_with_log "$cache/replay.log" "compose service replay failed"
received() { curl -s "http://127.0.0.1:$port/metrics" | awk '$1 ~ /^adtrigger_events_received_total({|$)/ { print $NF; exit }'; }
events_arrived() { [[ "$(received)" =~ ^[0-9.eE+]+$ ]] && python3 -c 'import sys; sys.exit(float(sys.argv[1]) <= 0)' "$(received)"; }
wait_for "adtrigger_events_received_total above 0 in /metrics" 60 events_arrived
say "GET /metrics: $(curl -s "http://127.0.0.1:$port/metrics" | grep -m1 -E '^adtrigger_events_received_total[{ ]')"

# buildah run answers SIGTERM with SIGKILL to its process; docker stop sends SIGTERM to the app itself and
# kills it after compose's stop_grace_period. The JVM reports a stop by SIGTERM as 143 after its shutdown hooks.
grace="$(python3 -c 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["services"]["streams-app"]["stop_grace_period"])' \
  "$repo/docker/compose.yaml")"
app_java="$(app_java_pid)"
[[ -n "$app_java" ]] || fail "streams-app: no java process under buildah run (pid $app_pid)"
stop_start=$SECONDS
kill -TERM "$app_java"
status=0
wait "$app_pid" || status=$?
app_pid=""
(( status == 0 || status == 143 )) || fail_with_log "$app_log" "streams-app exited with status $status on SIGTERM"
(( SECONDS - stop_start <= ${grace%s} )) || fail "streams-app took $(( SECONDS - stop_start ))s to stop, more than compose's stop_grace_period $grace"
say "streams-app stopped on SIGTERM in $(( SECONDS - stop_start ))s (exit $status); all checks passed in $(( SECONDS - start ))s"
