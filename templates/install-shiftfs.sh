#!/bin/bash
# Gitpod shifts workspace file ownership with shiftfs where the cluster says so (Ubuntu 20.04,
# fsShiftMethod: shiftfs). Ubuntu's own 5.4 and 5.15 kernels ship the module; only where a
# kernel lacks it is it built, with DKMS, and only then are the build tools installed.
set -euo pipefail
if ! modinfo shiftfs >/dev/null 2>&1; then
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends dkms git make "linux-headers-$(uname -r)"
  src=$(mktemp -d)
  # The k5.16 branch at the commit it stands on since May 2024: a branch can move, a commit cannot.
  git -C "${src}" init -q
  git -C "${src}" fetch -q --depth 1 https://github.com/toby63/shiftfs-dkms.git e4e21eb83debf63eb9c7f1ca23b1d47dce6864f1
  git -C "${src}" checkout -q FETCH_HEAD
  (cd "${src}" && ./update1 && make -f Makefile.dkms)
  rm -rf "${src}"
fi
modprobe shiftfs
echo shiftfs > /etc/modules-load.d/shiftfs.conf
