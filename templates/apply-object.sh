#!/usr/bin/env bash
# Runs on the machine that runs `terraform apply`: writes one Kubernetes object (OBJECT_BODY,
# JSON) at OBJECT_PATH by server-side apply, such as the etcd snapshots' S3 Secret or kured's
# HelmChart. Everything secret comes in the environment and goes to curl as 0600 files, never as
# arguments; the body is never printed.
set -euo pipefail
: "${API_URL:?}" "${CA_CERT:?}" "${CLIENT_CERT:?}" "${CLIENT_KEY:?}" "${OBJECT_PATH:?}" "${OBJECT_BODY:?}"
command -v curl >/dev/null 2>&1 || { echo "gitpod-self-hosted: curl is needed to write ${OBJECT_PATH}" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "${dir}"' EXIT
umask 077
printf '%s\n' "${CA_CERT}" > "${dir}/ca.crt"
printf '%s\n' "${CLIENT_CERT}" > "${dir}/client.crt"
printf '%s\n' "${CLIENT_KEY}" > "${dir}/client.key"
printf '%s' "${OBJECT_BODY}" > "${dir}/object.json"
if ! curl -sf --max-time 20 --cacert "${dir}/ca.crt" --cert "${dir}/client.crt" --key "${dir}/client.key" \
  -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary "@${dir}/object.json" \
  "${API_URL}${OBJECT_PATH}?fieldManager=gitpod-self-hosted&force=true" >/dev/null; then
  echo "gitpod-self-hosted: the API at ${API_URL} did not take ${OBJECT_PATH}; check that port 6443 is reachable from this machine" >&2
  exit 1
fi
echo "gitpod-self-hosted: applied ${OBJECT_PATH}"
