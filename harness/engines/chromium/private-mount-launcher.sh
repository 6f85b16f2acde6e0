#!/bin/sh
# Starts a program in a private mount namespace where one path is replaced by a file or
# directory of our own, so a setting reaches this program (and its children) and nothing else
# on the machine: Chromium's managed-policy directory (harness/engines/chromium/variants.ts). Playwright
# runs this as the executable; every exec keeps the process id and the inherited file
# descriptors (Playwright's DevTools pipe).
#
# Root mounts in a mount namespace of its own. An ordinary user cannot, so with
# CORSMATRIX_USER_NAMESPACE=1 the mount namespace is made inside a user namespace in which this
# user is root (the program then runs as uid 0 of that namespace, with no more rights outside).
# CORSMATRIX_UNSHARE names the unshare program (tests put a stand-in there).
set -e
user_namespace=
if [ "${CORSMATRIX_USER_NAMESPACE:-}" = 1 ]; then user_namespace='--user --map-root-user'; fi
# $user_namespace is split into its two options on purpose.
# shellcheck disable=SC2086
exec "${CORSMATRIX_UNSHARE:-unshare}" $user_namespace --mount --propagation private -- sh -c '
  mount --bind "$CORSMATRIX_BIND_SOURCE" "$CORSMATRIX_BIND_TARGET" || exit 71
  exec "$CORSMATRIX_EXEC" "$@"
' private-mount "$@"
