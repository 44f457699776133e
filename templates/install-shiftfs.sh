#!/bin/bash
# Gitpod shifts workspace file ownership with shiftfs (fsShiftMethod: shiftfs). Ubuntu's
# own kernels usually ship the module; where they do not, build it with DKMS from the
# branch that supports the Ubuntu 20.04 kernels.
set -euo pipefail
if ! modinfo shiftfs >/dev/null 2>&1; then
  src=$(mktemp -d)
  git clone --depth 1 --branch k5.16 https://github.com/toby63/shiftfs-dkms.git "${src}"
  (cd "${src}" && ./update1 && make -f Makefile.dkms)
  rm -rf "${src}"
fi
modprobe shiftfs
echo shiftfs > /etc/modules-load.d/shiftfs.conf
