#!/bin/sh
# Drops pod traffic to the instance metadata service. The instance user data carries the
# cluster CA keys and the join token, and the metadata service serves it to anything on
# the host network: pods must not reach it. The raw table is consulted before any chain
# that k3s, flannel or kube-proxy manage, so their rules cannot let such packets through.
set -eu
: "${METADATA_ADDRESS:?set in /etc/default/gitpod-metadata-fence}"
: "${POD_CIDR:?set in /etc/default/gitpod-metadata-fence}"
rule="PREROUTING -s ${POD_CIDR} -d ${METADATA_ADDRESS}/32 -j DROP"
# -w: wait for the xtables lock (k3s, flannel or kube-proxy may hold it) rather than fail.
# shellcheck disable=SC2086 # the rule is meant to split into words
iptables -w -t raw -C ${rule} 2>/dev/null || iptables -w -t raw -I ${rule}
