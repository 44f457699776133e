#!/usr/bin/env bash
# Runs on the machine that runs `terraform apply`: writes one Kubernetes object (OBJECT_BODY,
# JSON) at OBJECT_PATH by server-side apply, such as the etcd snapshots' S3 Secret or kured's
# HelmChart. Where RESTART_PATH names a Deployment whose pods read the object only when they
# start (the cluster-autoscaler's node template), it then applies RESTART_BODY there: an
# annotation on the pod template, which replaces the pods as `kubectl rollout restart` does.
# Everything secret comes in the environment and goes to curl as 0600 files, never as
# arguments; the bodies are never printed.
set -euo pipefail
: "${API_URL:?}" "${CA_CERT:?}" "${CLIENT_CERT:?}" "${CLIENT_KEY:?}" "${OBJECT_PATH:?}" "${OBJECT_BODY:?}"
command -v curl >/dev/null 2>&1 || { echo "gitpod-self-hosted: curl is needed to write ${OBJECT_PATH}" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "${dir}"' EXIT
umask 077
printf '%s\n' "${CA_CERT}" > "${dir}/ca.crt"
printf '%s\n' "${CLIENT_CERT}" > "${dir}/client.crt"
printf '%s\n' "${CLIENT_KEY}" > "${dir}/client.key"

# apply PATH BODY: server-side apply of BODY (JSON) at PATH.
apply() {
  printf '%s' "$2" > "${dir}/object.json"
  if ! curl -sf --max-time 20 --cacert "${dir}/ca.crt" --cert "${dir}/client.crt" --key "${dir}/client.key" \
    -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary "@${dir}/object.json" \
    "${API_URL}$1?fieldManager=gitpod-self-hosted&force=true" >/dev/null; then
    echo "gitpod-self-hosted: the API at ${API_URL} did not take $1; check that port 6443 is reachable from this machine" >&2
    exit 1
  fi
}

apply "${OBJECT_PATH}" "${OBJECT_BODY}"
echo "gitpod-self-hosted: applied ${OBJECT_PATH}"
if [ -n "${RESTART_PATH:-}" ]; then
  apply "${RESTART_PATH}" "${RESTART_BODY:?}"
  echo "gitpod-self-hosted: restarted ${RESTART_PATH} to read it"
fi
