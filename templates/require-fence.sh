#!/bin/sh
# Runs the rest of its command line (the k3s install) only on a node whose metadata fence is
# up. This node's user data carries the cluster's secrets, which the metadata service hands to
# anything on the host network: a node that could not fence pods off it must not run k3s.
# (cloud-init's runcmd goes on after a failed command, so the check travels with the install.)
set -eu
[ "$#" -gt 0 ] || { echo "usage: gitpod-require-fence COMMAND [ARG...]" >&2; exit 2; }
defaults="${GITPOD_FENCE_DEFAULTS:-/etc/default/gitpod-metadata-fence}"
# shellcheck disable=SC1090 # the file is written by cloud-init
. "${defaults}"
: "${METADATA_ADDRESS:?set in ${defaults}}"
: "${POD_CIDR:?set in ${defaults}}"
if ! systemctl is-active --quiet gitpod-metadata-fence.service; then
  echo "gitpod-require-fence: gitpod-metadata-fence.service is not active; not running $1" >&2
  exit 1
fi
if ! iptables -w -t raw -C PREROUTING -s "${POD_CIDR}" -d "${METADATA_ADDRESS}/32" -j DROP 2>/dev/null; then
  echo "gitpod-require-fence: the rule that drops pod traffic to ${METADATA_ADDRESS} is missing; not running $1" >&2
  exit 1
fi
if [ -n "${HOST_SERVICE_ADDRESS:-}" ] && ! iptables -w -t raw -C PREROUTING -s "${POD_CIDR}" -d "${HOST_SERVICE_ADDRESS}/32" -j DROP 2>/dev/null; then
  echo "gitpod-require-fence: the rule that drops pod traffic to ${HOST_SERVICE_ADDRESS} is missing; not running $1" >&2
  exit 1
fi
exec "$@"
