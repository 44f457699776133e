#!/usr/bin/env bash
# Runs on the machine that runs `terraform apply` when the etcd snapshots' S3 settings are set or
# change: writes them, keys included, to the kube-system Secret that k3s reads at every snapshot
# (etcd-s3-config-secret), by server-side apply. Everything secret comes in the environment and
# goes to curl as 0600 files, never as arguments.
set -euo pipefail
: "${API_URL:?}" "${CA_CERT:?}" "${CLIENT_CERT:?}" "${CLIENT_KEY:?}" "${SECRET_PATH:?}" "${SECRET_BODY:?}"
command -v curl >/dev/null 2>&1 || { echo "gitpod-self-hosted: curl is needed to write the etcd S3 Secret" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "${dir}"' EXIT
umask 077
printf '%s\n' "${CA_CERT}" > "${dir}/ca.crt"
printf '%s\n' "${CLIENT_CERT}" > "${dir}/client.crt"
printf '%s\n' "${CLIENT_KEY}" > "${dir}/client.key"
printf '%s' "${SECRET_BODY}" > "${dir}/secret.json"
if ! curl -sf --max-time 20 --cacert "${dir}/ca.crt" --cert "${dir}/client.crt" --key "${dir}/client.key" \
  -X PATCH -H 'Content-Type: application/apply-patch+yaml' --data-binary "@${dir}/secret.json" \
  "${API_URL}${SECRET_PATH}?fieldManager=gitpod-self-hosted&force=true" >/dev/null; then
  echo "gitpod-self-hosted: the API at ${API_URL} did not take the etcd S3 Secret (${SECRET_PATH}); check that port 6443 is reachable from this machine" >&2
  exit 1
fi
echo "gitpod-self-hosted: etcd snapshots go to S3 too (Secret kube-system/${SECRET_PATH##*/})"
