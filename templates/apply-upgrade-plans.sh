#!/usr/bin/env bash
# Runs on the machine that runs `terraform apply`, whenever k3s_version changes (and once when
# the cluster is made): checks that the running nodes may move to K3S_VERSION (no downgrade, no
# skipped minor), hands the system-upgrade-controller its two Plans by server-side apply, and
# returns once every node runs K3S_VERSION, or fails naming the nodes still behind. The
# credentials come in the environment and go to curl as 0600 files, never as arguments.
set -euo pipefail
: "${API_URL:?}" "${CA_CERT:?}" "${CLIENT_CERT:?}" "${CLIENT_KEY:?}" "${K3S_VERSION:?}" "${SERVER_PLAN:?}" "${AGENT_PLAN:?}" "${TIMEOUT_SECONDS:?}"
: "${PLANS_PATH:?}" "${CONTROLLER_MANIFESTS:?}"
if ! command -v curl >/dev/null 2>&1; then
  echo "gitpod-self-hosted: curl is needed to upgrade the cluster; install it, or set ready_timeout_minutes = 0 (readyTimeoutMinutes: 0) and apply the Plans yourself (README, Day two)" >&2
  exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "${dir}"' EXIT
umask 077
printf '%s\n' "${CA_CERT}" > "${dir}/ca.crt"
printf '%s\n' "${CLIENT_CERT}" > "${dir}/client.crt"
printf '%s\n' "${CLIENT_KEY}" > "${dir}/client.key"
api() {
  curl -sf --max-time 20 --cacert "${dir}/ca.crt" --cert "${dir}/client.crt" --key "${dir}/client.key" "$@"
}
say() { echo "gitpod-self-hosted: $*"; }
fail() { echo "gitpod-self-hosted: $*" >&2; exit 1; }

# v1.36.3+k3s1 -> 1.36.3.1, which sort -V orders; a release candidate sorts with its release.
comparable() { printf '%s\n' "$1" | sed -e 's/^v//' -e 's/-rc[0-9]*//' -e 's/+k3s/./'; }
minor_of() { printf '%s\n' "$1" | sed -e 's/^v//' | cut -d . -f 2; }
older() { [ "$(comparable "$1")" != "$(comparable "$2")" ] && [ "$(printf '%s\n%s\n' "$(comparable "$1")" "$(comparable "$2")" | sort -V | head -n 1)" = "$(comparable "$1")" ]; }

# One line per node: its name and the k3s release its kubelet reports.
node_versions() {
  api "${API_URL}/api/v1/nodes?limit=1000" | sed 's/{"metadata":{"name":"/\n&/g' | grep '^{"metadata":{"name":"' \
    | sed -n 's/^{"metadata":{"name":"\([^"]*\)".*"kubeletVersion":"\([^"]*\)".*/\1 \2/p'
}

versions=$(node_versions) || fail "could not list the nodes at ${API_URL}; check that port 6443 is reachable from this machine (api_allowed_cidrs)"
[ -n "${versions}" ] || fail "the API at ${API_URL} lists no nodes"
target_minor=$(minor_of "${K3S_VERSION}")
while read -r name running; do
  if older "${K3S_VERSION}" "${running}"; then
    fail "k3s_version ${K3S_VERSION} is older than ${running}, which ${name} runs: k3s cannot be downgraded in place. Set k3s_version back to ${running} or later (to go back, restore an etcd snapshot taken before the upgrade: README, Day two)."
  fi
  if [ "${target_minor}" -gt $(( $(minor_of "${running}") + 1 )) ]; then
    fail "k3s_version ${K3S_VERSION} skips a minor: ${name} runs ${running}, and Kubernetes upgrades one minor at a time. Upgrade to the newest v1.$(( $(minor_of "${running}") + 1 )).x release first, then to ${K3S_VERSION}."
  fi
done <<< "${versions}"

deadline=$((SECONDS + TIMEOUT_SECONDS))
until api "${API_URL}/apis/upgrade.cattle.io/v1" >/dev/null; do
  if [ "${SECONDS}" -ge "${deadline}" ]; then
    fail "the cluster has no system-upgrade-controller (API group upgrade.cattle.io) after ${TIMEOUT_SECONDS}s. A cluster made before this library deployed it at first boot needs it once: kubectl apply -f ${CONTROLLER_MANIFESTS// / -f }; then apply again."
  fi
  sleep 10
done

for plan in server agent; do
  if [ "${plan}" = server ]; then body="${SERVER_PLAN}"; else body="${AGENT_PLAN}"; fi
  name=$(printf '%s' "${body}" | sed -n 's/.*"metadata":{"name":"\([^"]*\)".*/\1/p')
  printf '%s' "${body}" > "${dir}/${plan}.json"
  api -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary "@${dir}/${plan}.json" \
    "${API_URL}${PLANS_PATH}/${name}?fieldManager=gitpod-self-hosted&force=true" >/dev/null \
    || fail "the API refused the upgrade Plan ${name} (${API_URL}${PLANS_PATH}/${name})"
done
say "upgrade Plans for k3s ${K3S_VERSION} applied: managers one at a time, then the workers, each drained (kubectl -n system-upgrade get plans,jobs)"

while true; do
  behind=$(node_versions | awk -v v="${K3S_VERSION}" '$2 != v { printf "%s%s (%s)", sep, $1, $2; sep = ", " }') || behind="the nodes (the API did not answer)"
  if [ -z "${behind}" ]; then
    say "every node runs k3s ${K3S_VERSION}"
    exit 0
  fi
  if [ "${SECONDS}" -ge "${deadline}" ]; then
    fail "timed out after ${TIMEOUT_SECONDS}s waiting for the upgrade to ${K3S_VERSION}; still behind: ${behind}. The upgrade goes on in the cluster: kubectl -n system-upgrade get plans,jobs, and apply again to wait."
  fi
  sleep 10
done
