#!/usr/bin/env bash
# Measures the time doctally's pre-commit hook adds to a commit of one chapter (a commit through
# the hook minus the same commit with --no-verify), next to a bare run of the plugin's help goal.
# Prints the median of RUNS runs (default 7) of each, in milliseconds.
#
# Usage: bench/hook.sh            builds and installs the plugin into the local Maven repository first
#        SKIP_INSTALL=1 bench/hook.sh   uses the plugin already installed there
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-7}
cd "$root"
if [ "${SKIP_INSTALL:-0}" = 0 ]; then
  mvn -B -q install -DskipTests -Dinvoker.skip=true
fi
version=$(mvn -B -q -f plugin/pom.xml help:evaluate -Dexpression=project.version -DforceStdout)
plugin="org.doctally:doctally-maven-plugin:$version"
chapter="$root/plugin/src/test/resources/chapters/focus-groups-chapter.md"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q -b main . && git config user.name Bench && git config user.email bench@example.org
echo "# Thèse" >README.md && git add README.md && git commit -q -m init
mvn -B -q "$plugin:install-hook" >/dev/null

now() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# Times one commit of the stale chapter on top of the first commit, in milliseconds.
time_commit() {
  git reset -q --hard "$(git rev-list --max-parents=0 HEAD)"
  cp "$chapter" chapitre.md && git add chapitre.md
  local start end
  start=$(now)
  git commit -q "$@" -m chapitre >/dev/null 2>&1
  end=$(now)
  echo $(((end - start) / 1000000))
}

time_help() {
  local start end
  start=$(now)
  mvn -B -q "$plugin:help" >/dev/null
  end=$(now)
  echo $(((end - start) / 1000000))
}

with_hook=$(for _ in $(seq "$runs"); do time_commit; done | median)
without_hook=$(for _ in $(seq "$runs"); do time_commit --no-verify; done | median)
help=$(for _ in $(seq "$runs"); do time_help; done | median)

echo "runs: $runs, $(nproc) cores, $(java -version 2>&1 | head -1), $(mvn -B -v 2>/dev/null | head -1 | sed "s/\x1b\[[0-9;]*m//g")"
echo "commit through the hook:    $with_hook ms"
echo "commit with --no-verify:    $without_hook ms"
echo "time the hook adds:         $((${with_hook%.*} - ${without_hook%.*})) ms"
echo "bare 'mvn $plugin:help': $help ms"
