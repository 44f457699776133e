#!/usr/bin/env bash
# Runs on the machine that runs `terraform apply`: returns once the Kubernetes API
# answers /readyz at the kubeconfig address and the expected nodes are Ready, or fails
# with what it was waiting for when the time is up.
set -euo pipefail
: "${API_URL:?}" "${CA_CERT:?}" "${CLIENT_CERT:?}" "${CLIENT_KEY:?}" "${EXPECTED_NODES:?}" "${TIMEOUT_SECONDS:?}"
if ! command -v curl >/dev/null 2>&1; then
  echo "gitpod-self-hosted: curl is needed to wait for the cluster; install it, or set ready_timeout_minutes = 0 (readyTimeoutMinutes: 0) to skip the wait" >&2
  exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "${dir}"' EXIT
umask 077
printf '%s\n' "${CA_CERT}" > "${dir}/ca.crt"
printf '%s\n' "${CLIENT_CERT}" > "${dir}/client.crt"
printf '%s\n' "${CLIENT_KEY}" > "${dir}/client.key"
api() {
  curl -sf --max-time 10 --cacert "${dir}/ca.crt" --cert "${dir}/client.crt" --key "${dir}/client.key" "${API_URL}$1"
}
deadline=$((SECONDS + TIMEOUT_SECONDS))
waiting_for="the Kubernetes API to answer ${API_URL}/readyz"
while true; do
  if api /readyz >/dev/null; then
    nodes=$(api /api/v1/nodes || true)
    # One line per node (the API server writes each item as {"metadata":{"name":...), kept
    # where its Ready condition is True; then the names.
    ready_names=$(printf '%s' "${nodes}" | sed 's/{"metadata":{"name":"/\n&/g' | grep '^{"metadata":{"name":"' \
      | grep '"type":"Ready","status":"True"' | sed 's/^{"metadata":{"name":"\([^"]*\)".*/\1/' || true)
    ready=$(printf '%s' "${ready_names}" | grep -c . || true)
    if [ "${ready}" -ge "${EXPECTED_NODES}" ]; then
      echo "gitpod-self-hosted: the cluster is ready (${ready} nodes Ready)"
      exit 0
    fi
    waiting_for="${EXPECTED_NODES} nodes to be Ready (${ready} are)"
    missing=""
    for name in ${EXPECTED_NAMES:-}; do
      printf '%s\n' "${ready_names}" | grep -qx -- "${name}" || missing="${missing}${missing:+, }${name}"
    done
    if [ -n "${missing}" ]; then
      waiting_for="${waiting_for}; not Ready: ${missing} (a node whose cloud-init failed never joins: read /var/log/cloud-init-output.log on it)"
    fi
  fi
  if [ "${SECONDS}" -ge "${deadline}" ]; then
    echo "gitpod-self-hosted: timed out after ${TIMEOUT_SECONDS}s waiting for ${waiting_for}. Check that port 6443 is reachable from this machine (api_allowed_cidrs) and read /var/log/cloud-init-output.log on the managers (ssh -p 2244 root@<manager>)." >&2
    exit 1
  fi
  sleep 10
done
