#!/usr/bin/env bash
# Mutation testing of the rule code (issue #20): runs Stryker.NET on each rule module, one at a
# time (a module's run uses 2 cores), then prints each module's score:
#   (killed + timeout) / (killed + timeout + survived + no coverage).
# Not run by CI (too slow); run it before a change to a rule is called done.
#   stryker/run-all.sh                      every module
#   stryker/run-all.sh contracts cohorts    some of them (contracts, sentencing, cohorts, abstractions)
#   SURVIVORS=1 stryker/run-all.sh ...      also list the mutants left alive
# Each module's HTML and JSON reports are left in stryker/<module>/StrykerOutput/<date>/reports/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.."
dotnet tool restore >/dev/null
modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
  modules=(abstractions contracts sentencing cohorts)
fi
declare -A scores
start_all=$SECONDS
for m in "${modules[@]}"; do
  [ -f "$here/$m/stryker-config.json" ] || { echo "no module '$m' (stryker/$m/stryker-config.json)" >&2; exit 2; }
  echo "== $m"
  start=$SECONDS
  log="$here/$m/stryker.log"
  if ! (cd "$here/$m" && dotnet stryker --config-file stryker-config.json --output "StrykerOutput/latest") >"$log" 2>&1; then
    tail -20 "$log" >&2
    scores[$m]="failed (see stryker/$m/stryker.log)"
    continue
  fi
  report="$here/$m/StrykerOutput/latest/reports/mutation-report.json"
  scores[$m]="$(python3 "$here/score.py" "$report") in $((SECONDS - start)) s"
  if [ -n "${SURVIVORS:-}" ]; then
    python3 "$here/score.py" "$report" --survivors | tail -n +2
  fi
done
echo
echo "Mutation scores (target 85 %), $((SECONDS - start_all)) s in all:"
for m in "${modules[@]}"; do
  printf '  %-13s %s\n' "$m" "${scores[$m]}"
done
