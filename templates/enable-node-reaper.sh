#!/bin/bash
# On the first manager, before k3s starts: enables the node reaper's timer where the size
# writes one (autoscaled workers), then runs the given command (the k3s install).
set -euo pipefail
[ "$#" -gt 0 ] || { echo "usage: gitpod-enable-node-reaper COMMAND [ARG...]" >&2; exit 2; }
if [ -f "${GITPOD_SYSTEMD_DIR:-/etc/systemd/system}/gitpod-node-reaper.timer" ]; then
  systemctl daemon-reload
  systemctl enable --now gitpod-node-reaper.timer
fi
exec "$@"
