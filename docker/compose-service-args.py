#!/usr/bin/env python3
"""compose-service-args.py COMPOSE SERVICE VOLUMES_DIR IMAGE_CONFIG_JSON [OPTION=VALUE...]

Prints, one per line, the arguments that start SERVICE of the compose file with `buildah run` instead of
Docker: `--volume`/`--env` options for its mounts and environment (named volumes become directories under
VOLUMES_DIR, relative bind mounts are resolved against the compose file's folder), then `--`, then what
Docker would execute: the service's entrypoint, or else the image's, followed by the service's command, or
else the image's (IMAGE_CONFIG_JSON: the image's OCI config, `buildah inspect` .OCIv1.Config). Each
OPTION=VALUE replaces the value that follows OPTION in the command (an empty VALUE drops the option and its
value) or, when the command lacks OPTION, is appended; docker/verify-images.sh uses this to swap the
compose network's addresses for the ones of a single host.
"""
import json
import os
import sys

import yaml


def volume_option(spec, compose_dir, volumes_dir):
    source, target, *mode = spec.split(":")
    if source.startswith((".", "/")):
        source = os.path.normpath(os.path.join(compose_dir, source))
    else:
        source = os.path.join(volumes_dir, source)
    return "--volume=" + ":".join([source, target, *mode])


def with_overrides(command, overrides):
    command = list(command)
    for option, value in overrides:
        if option in command:
            at = command.index(option)
            command[at:at + 2] = [option, value] if value else []
        elif value:
            command += [option, value]
    return command


def main(compose_file, service_name, volumes_dir, image_config, *overrides):
    with open(compose_file) as f:
        service = yaml.safe_load(f)["services"][service_name]
    compose_dir = os.path.dirname(os.path.abspath(compose_file))
    args = [volume_option(v, compose_dir, volumes_dir) for v in service.get("volumes", [])]
    environment = service.get("environment", {})
    pairs = environment.items() if isinstance(environment, dict) else (e.split("=", 1) for e in environment)
    args += ["--env=%s=%s" % (k, v) for k, v in pairs]
    image = json.loads(image_config)
    # as Docker: a service's entrypoint also drops the image's CMD
    entrypoint = service.get("entrypoint") or image.get("Entrypoint") or []
    command = service.get("command") or ([] if "entrypoint" in service else image.get("Cmd") or [])
    args += ["--"] + entrypoint + with_overrides(command, [o.split("=", 1) for o in overrides])
    print("\n".join(args))


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__.strip().splitlines()[0])
    main(*sys.argv[1:])
