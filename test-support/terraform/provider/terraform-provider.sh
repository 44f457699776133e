#!/bin/sh
# Entry point of the fake provider plugin. Terraform finds it as
# terraform-provider-<name> (symlinks to this script, which the harness makes for every
# provider of the modules) in a dev_overrides directory; the provider name is taken from
# the name we were started by.
dir=$(dirname "$(readlink -f "$0")")
name=$(basename "$0")
exec node "$dir/plugin.js" "${name#terraform-provider-}" "$@"
