#!/usr/bin/env bash
# stitch-console loads the built-in server from its module (src/server/inprocess.h) rather than
# linking it, so the server's own libraries stay off the console's start-up. Fails when one of them
# is back among the console's needed libraries, or when the module does not export its entry (or
# exports the server's internals, which --exclude-libs keeps inside).
#   checkservermodule.sh CONSOLE MODULE
set -euo pipefail
console=${1:?usage: checkservermodule.sh CONSOLE MODULE}
module=${2:?usage: checkservermodule.sh CONSOLE MODULE}

needed=$(readelf -d "$console" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "no needed libraries read from $console"; exit 1; }
server_only='^lib(Qt6Sql|Qt6HttpServer|archive|crypto|ssl|xml2)\.'
if grep -Eq "$server_only" <<<"$needed"; then
  echo "stitch-console links the server's libraries again:"; grep -E "$server_only" <<<"$needed"
  exit 1
fi

exports=$(readelf --dyn-syms -W "$module" | awk '$7 != "UND" && $5 == "GLOBAL" { print $8 }')
grep -qx 'stitchlocal_startInProcess_v1' <<<"$exports" \
  || { echo "$module does not export stitchlocal_startInProcess_v1"; exit 1; }
internals=$(grep -c '^_ZN11stitchlocal' <<<"$exports" || true)
[ "$internals" -eq 0 ] || { echo "$module exports $internals of the server's own symbols"; exit 1; }
echo "stitch-console needs $(wc -l <<<"$needed") libraries, none of the server's;" \
     "the module exports its entry and no server internals"
