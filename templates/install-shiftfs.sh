#!/bin/bash
# Gitpod shifts workspace file ownership with shiftfs where the cluster says so (Ubuntu 20.04,
# fsShiftMethod: shiftfs). Ubuntu's own 5.4 and 5.15 kernels ship the module; only where a
# kernel lacks it is it built, with DKMS, and only then are the build tools installed.
set -euo pipefail
if ! modinfo shiftfs >/dev/null 2>&1; then
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends dkms git make "linux-headers-$(uname -r)"
  src=$(mktemp -d)
  git clone --depth 1 --branch k5.16 https://github.com/toby63/shiftfs-dkms.git "${src}"
  (cd "${src}" && ./update1 && make -f Makefile.dkms)
  rm -rf "${src}"
fi
modprobe shiftfs
echo shiftfs > /etc/modules-load.d/shiftfs.conf
