#!/bin/bash
# gitpod-find-cluster COMMAND...: points k3s at a manager that answers as this cluster does
# (its /cacerts hashes to CA_HASH, as the join token pins it), then runs COMMAND (the k3s
# install). Its settings, from /etc/default/gitpod-find-cluster: MODE, CA_HASH, ADDRESSES
# (comma-separated).
#   first  the first manager: where another manager already answers, the cluster exists and
#          this machine replaces a lost first manager, so it joins instead of initialising.
#   join   every other node: config.yaml names the first manager; while it does not answer,
#          another manager that does is joined instead (ADDRESSES: the first manager first).
# k3s reads config.yaml.d drop-ins after config.yaml, so the drop-in's values win.
# GITPOD_FIND_CLUSTER_DEFAULTS, GITPOD_K3S_CONFIG_DIR, GITPOD_FIND_CLUSTER_ATTEMPTS and
# GITPOD_FIND_CLUSTER_SLEEP: tests only.
set -euo pipefail
defaults="${GITPOD_FIND_CLUSTER_DEFAULTS:-/etc/default/gitpod-find-cluster}"
# shellcheck disable=SC1090 # the file is written by cloud-init
. "${defaults}"
mode="${MODE:?set in ${defaults}}"
hash="${CA_HASH:?set in ${defaults}}"
ADDRESSES="${ADDRESSES-}"
addresses="${ADDRESSES//,/ }"
config_dir="${GITPOD_K3S_CONFIG_DIR:-/etc/rancher/k3s}"

answers() {
  local got
  got=$(curl -sk --max-time 5 "https://$1:6443/cacerts" | sha256sum | cut -d ' ' -f 1) || return 1
  [ "${got}" = "${hash}" ]
}

join_at() {
  mkdir -p "${config_dir}/config.yaml.d"
  {
    printf 'server: "https://%s:6443"\n' "$1"
    if [ "${mode}" = first ]; then printf 'cluster-init: false\n'; fi
  } > "${config_dir}/config.yaml.d/20-gitpod-join.yaml"
  echo "gitpod-find-cluster: joining the cluster at $1"
}

case "${mode}" in
  first)
    for address in ${addresses}; do
      if answers "${address}"; then join_at "${address}"; break; fi
    done
    ;;
  join)
    found=""
    for _ in $(seq 1 "${GITPOD_FIND_CLUSTER_ATTEMPTS:-120}"); do
      for address in ${addresses}; do
        if answers "${address}"; then found="${address}"; break 2; fi
      done
      sleep "${GITPOD_FIND_CLUSTER_SLEEP:-10}"
    done
    # Nobody answered: config.yaml's first manager stays, and k3s keeps trying it.
    if [ -n "${found}" ] && [ "${found}" != "${addresses%% *}" ]; then join_at "${found}"; fi
    ;;
  *) echo "gitpod-find-cluster: unknown mode ${mode} (first or join)" >&2; exit 2 ;;
esac

exec "$@"
