#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine and ends with the line "tests: N passed, N failed, N skipped".
# Installs what the tests need when missing (Debian's chromium and Japanese fonts for the browser tests, Debian's
# postgresql for the tests that run on PostgreSQL too, Debian's nginx for the cluster tests, the local dotnet-ef
# tool), checks the three migration sets for pending model changes, and fails when any test fails or none ran.
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n=== %s\n' "$*"; }
fail_early() { echo "$1" >&2; echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1; }

say "System packages (chromium, Japanese fonts, postgresql, nginx)"
missing=()
[ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-ipafont-gothic >/dev/null 2>&1 || missing+=(fonts-ipafont-gothic fonts-ipafont-mincho)
# The integration tests start a private cluster with initdb/pg_ctl from /usr/lib/postgresql/*/bin (ADR 0045).
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
# The cluster tests (ADR 0051) put three app nodes behind nginx, started by scripts/cluster.sh.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq || fail_early "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null || fail_early "could not install ${missing[*]}"
fi
echo "ok"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say "Restore and build"
dotnet tool restore >/dev/null || fail_early "dotnet tool restore failed"
dotnet restore YearEndAdjustment.sln --verbosity quiet || fail_early "restore failed"
dotnet build YearEndAdjustment.sln --no-restore -c Debug --verbosity quiet -nologo || fail_early "build failed"

say "Migration sets match the model (SQLite, SQL Server and PostgreSQL)"
for context in SqliteAppDbContext SqlServerAppDbContext PostgreSqlAppDbContext; do
  dotnet ef migrations has-pending-model-changes --no-build --project src/Infrastructure --startup-project src/Web \
    --context "$context" >/tmp/yea-pending.$$ 2>&1 || { cat /tmp/yea-pending.$$; fail_early "$context: the model has changes without a migration"; }
  tail -n 1 /tmp/yea-pending.$$
done
rm -f /tmp/yea-pending.$$

say "Tests"
log=$(mktemp)
dotnet test YearEndAdjustment.sln --no-build -c Debug 2>&1 | tee "$log" | grep -vE "^\s*$|^(Test run for|A total of|Starting test execution|VSTest version)"
rc=${PIPESTATUS[0]}
read -r passed failed skipped < <(awk '/^(Passed|Failed)!  - Failed:/ { gsub(",", ""); f += $4; p += $6; s += $8 } END { print p+0, f+0, s+0 }' "$log")
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  grep -E "error|Exception" "$log" | tail -n 20
  failed=1   # a crashed test host or a build error counts as a failure
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran" >&2
  rc=1; failed=1
fi
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$rc" -eq 0 ]
