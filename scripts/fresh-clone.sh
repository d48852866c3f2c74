#!/usr/bin/env bash
# Proof of the README's promise (issue 11): clone the committed HEAD into a temporary folder with
# NOTHING beside it (no ../shared), then run the README's two commands word for word:
#   npm install && npm run sample
#   npm test
# and report each step's time and result, and any npm warning. Takes several minutes.
#
#   scripts/fresh-clone.sh            # the folder is removed when everything passed
#   KEEP=1 scripts/fresh-clone.sh     # keep it for inspection (always kept on failure)
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
head="$(git -C "$root" rev-parse HEAD)"
base="$(mktemp -d /tmp/yusuan-fresh-XXXXXX)"
repo="$base/repo"
log="$base/log"
mkdir -p "$log"

say() { printf '[fresh-clone] %s\n' "$*"; }
fail() { say "FAILED: $*"; say "logs and clone kept in $base"; exit 1; }

say "commit $head → $repo"
git clone --quiet --no-hardlinks "$root" "$repo" || fail "git clone"
git -C "$repo" checkout --quiet --detach "$head" || fail "checkout $head"
[ -e "$base/shared" ] && fail "$base/shared exists: the clone must have nothing beside it"
[ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ] && say "note: uncommitted changes in $root are NOT part of this run"

cd "$repo" || fail "cd $repo"
say "node $(node -v), npm $(npm -v)"

step() { # name, command…
  local name="$1"; shift
  local t0=$SECONDS
  say "$name …"
  "$@" >"$log/$name.out" 2>&1
  local rc=$?
  if [ $rc -eq 0 ]; then
    say "$name: passed in $((SECONDS - t0)) s"
  else
    tail -40 "$log/$name.out"
    fail "$name (exit code $rc, $((SECONDS - t0)) s; full output in $log/$name.out)"
  fi
}

step install npm install
warnings="$(grep -i 'npm warn' "$log/install.out" || true)"
if [ -n "$warnings" ]; then
  printf '%s\n' "$warnings"
  fail "npm install printed warnings"
fi
say "npm install: no warnings"

step sample npm run sample
step sample-again npm run sample # compiles only when the sources changed: the second run is the check alone
grep -q '检查结果：' "$log/sample.out" || fail "npm run sample printed no check result"

step test npm test
grep -E '^(Tests|Test Suites):' "$log/test.out" | sed 's/^/[fresh-clone]   /'
skipped="$(grep -c '^\[skipped\]' "$log/test.out" || true)"
say "corpus test blocks skipped without ../shared: $skipped (one line each)"
grep '^\[skipped\]' "$log/test.out" | sort -u | sed 's/^/[fresh-clone]   /'

say "ALL PASSED on a fresh clone of $head"
if [ "${KEEP:-0}" = "1" ]; then say "kept: $base"; else rm -rf "$base"; fi
