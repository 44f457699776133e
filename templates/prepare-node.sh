#!/bin/bash
# gitpod-prepare-node fuse|shiftfs COMMAND...: makes the node fit for workspaces, then runs
# COMMAND (the k3s install). Any failure stops it: an unfit node never joins.
# Why each step: lib/k3s/cloud-init.ts. GITPOD_NODE_ROOT: tests only.
set -euo pipefail
method="${1:?}"
shift
root="${GITPOD_NODE_ROOT:-}"
if [ ! -e "${root}/sys/fs/cgroup/cgroup.controllers" ]; then
  mkdir -p "${root}/etc/default/grub.d"
  # shellcheck disable=SC2016
  echo 'GRUB_CMDLINE_LINUX="${GRUB_CMDLINE_LINUX} systemd.unified_cgroup_hierarchy=1"' \
    > "${root}/etc/default/grub.d/99-gitpod-cgroup-v2.cfg"
  update-grub
  touch "${root}/run/gitpod-reboot-for-cgroup-v2"
fi
case "${method}" in
  fuse) modprobe fuse; test -c "${root}/dev/fuse" ;;
  shiftfs) "${root}/usr/local/sbin/gitpod-install-shiftfs" ;;
  *) echo "gitpod-prepare-node: unknown fsShiftMethod ${method}" >&2; exit 2 ;;
esac
exec "$@"
