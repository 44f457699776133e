#!/bin/sh
# Drops pod traffic to the instance metadata service. The instance user data carries the
# cluster CA keys and the join token, and the metadata service serves it to anything on
# the host network: pods must not reach it. The raw table is consulted before any chain
# that k3s, flannel or kube-proxy manage, so their rules cannot let such packets through.
# Where the cloud has a host service beside it (Azure's wire server, HOST_SERVICE_ADDRESS),
# pods reach it for DNS only: it also serves the VM's extension and health endpoints.
set -eu
: "${METADATA_ADDRESS:?set in /etc/default/gitpod-metadata-fence}"
: "${POD_CIDR:?set in /etc/default/gitpod-metadata-fence}"
# -w: wait for the xtables lock (k3s, flannel or kube-proxy may hold it) rather than fail.
# Each rule is added once, first in the chain (-I).
ensure() {
  iptables -w -t raw -C PREROUTING "$@" 2>/dev/null || iptables -w -t raw -I PREROUTING "$@"
}
ensure -s "${POD_CIDR}" -d "${METADATA_ADDRESS}/32" -j DROP
if [ -n "${HOST_SERVICE_ADDRESS:-}" ]; then
  host="-s ${POD_CIDR} -d ${HOST_SERVICE_ADDRESS}/32"
  # The DNS exceptions must stay above the DROP: a DROP added anew goes in below them.
  # shellcheck disable=SC2086 # $host is meant to split into words
  if ! iptables -w -t raw -C PREROUTING ${host} -j DROP 2>/dev/null; then
    for proto in udp tcp; do iptables -w -t raw -D PREROUTING ${host} -p "${proto}" --dport 53 -j ACCEPT 2>/dev/null || true; done
    iptables -w -t raw -I PREROUTING ${host} -j DROP
  fi
  # shellcheck disable=SC2086
  for proto in udp tcp; do ensure ${host} -p "${proto}" --dport 53 -j ACCEPT; done
fi
