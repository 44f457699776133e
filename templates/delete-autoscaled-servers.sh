#!/usr/bin/env bash
# Runs on the machine that runs `terraform destroy` (bash, curl, and jq or python3), once the
# managers, and with them the cluster-autoscaler, are gone: deletes the servers the autoscaler
# made for this cluster's node groups (label hcloud/node-group=<group>), so that the network,
# firewall and SSH key they use can be deleted after them. Terraform never knew those servers.
set -euo pipefail
: "${NODE_GROUPS?}"
# A token from the environment wins: the one stored at apply time may have been revoked since.
token="${HCLOUD_TOKEN:-${AUTOSCALER_TOKEN:-}}"
[ -n "${NODE_GROUPS}" ] || exit 0
manual="hcloud server list -o noheader -o columns=id -l hcloud/node-group=<group> | xargs -r hcloud server delete, for each of: ${NODE_GROUPS}"
if [ -z "${token}" ]; then
  echo "gitpod-self-hosted: no Hetzner Cloud token to delete the autoscaled servers with: set HCLOUD_TOKEN, or delete them yourself (${manual}) and destroy again" >&2
  exit 1
fi
if ! command -v curl >/dev/null 2>&1; then
  echo "gitpod-self-hosted: curl is needed to delete the autoscaled servers; install it, or delete them yourself (${manual}) and destroy again" >&2
  exit 1
fi
if command -v jq >/dev/null 2>&1; then
  server_ids() { jq -r '.servers[].id'; }
elif command -v python3 >/dev/null 2>&1; then
  server_ids() { python3 -c 'import json, sys; print("\n".join(str(s["id"]) for s in json.load(sys.stdin)["servers"]))'; }
else
  echo "gitpod-self-hosted: jq or python3 is needed to read the Hetzner API's answers; install one, or delete the servers yourself (${manual}) and destroy again" >&2
  exit 1
fi
api="${HCLOUD_ENDPOINT:-https://api.hetzner.cloud/v1}"
# The token goes to curl on its standard input (-K -), never on its command line, where any
# user of the machine could read it (ps, /proc).
hcloud() {
  printf 'header = "Authorization: Bearer %s"\n' "${token}" | curl -sSf --max-time 30 -K - "$@"
}
servers_of() {
  hcloud --get --data-urlencode "label_selector=hcloud/node-group=$1" --data-urlencode "per_page=50" "${api}/servers" | server_ids
}
deadline=$((SECONDS + ${TIMEOUT_SECONDS:-900}))
while true; do
  remaining=0
  for group in ${NODE_GROUPS}; do
    # A listing that fails must not pass for an empty one: servers would keep running (and billing).
    if ! ids=$(servers_of "${group}"); then
      echo "gitpod-self-hosted: could not list the autoscaled servers of node group ${group} at ${api}; check the token and the network, or delete them yourself (${manual}) and destroy again" >&2
      exit 1
    fi
    for id in ${ids}; do
      remaining=$((remaining + 1))
      # A server already being deleted answers with an error: the next round sees it gone.
      if hcloud -X DELETE "${api}/servers/${id}" >/dev/null 2>&1; then
        echo "gitpod-self-hosted: deleting autoscaled server ${id} (node group ${group})"
      fi
    done
  done
  if [ "${remaining}" -eq 0 ]; then
    echo "gitpod-self-hosted: no autoscaled servers left in ${NODE_GROUPS}"
    exit 0
  fi
  if [ "${SECONDS}" -ge "${deadline}" ]; then
    echo "gitpod-self-hosted: ${remaining} autoscaled servers are still there; delete them yourself (${manual}) and destroy again" >&2
    exit 1
  fi
  sleep 5
done
