#!/usr/bin/env bash
# Load benchmark (issue 10, docs/benchmarks.md "Request throughput"): seeds a tenant with ROWS employees through the
# real import use case, starts the app in Release on loopback with Production settings, signs in as the tenant's
# admin and runs wrk against a bare endpoint and each page in one run, printing requests/s, p99 and the ratio to the
# bare endpoint. Loopback only; every wrk run is bounded by DURATION. Usage:
#   scripts/load-bench.sh                    # 100,000 employees, 8 s per endpoint, 32 connections
#   ROWS=20000 DURATION=4s scripts/load-bench.sh
#   WORK=/tmp/yea-load scripts/load-bench.sh  # reuse a seeded folder (seeded once, kept afterwards)
#   APP_SRC=/tmp/main-src WORK=/tmp/yea-load scripts/load-bench.sh  # measure another checkout's app on the same data
set -euo pipefail

ROWS=${ROWS:-100000}
DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-2s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-5099}
SLUG=${SLUG:-bench}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$(mktemp -d /tmp/yea-load-XXXXXX)}
mkdir -p "$work"
base="http://127.0.0.1:$PORT"

if ! command -v wrk >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y wrk >/dev/null
fi

echo "== build (Release)"
app_src=${APP_SRC:-$root}
appdir="$work/app-$(basename "$app_src")"
dotnet publish "$app_src/src/Web" -c Release -o "$appdir" -v q -nologo >/dev/null
if [ ! -f "$work/data/bench.db" ]; then
  echo "== seed: tenant '$SLUG' with $ROWS employees"
  dotnet build "$root/benchmarks/Benchmarks" -c Release -v q -nologo >/dev/null
  password=$(dotnet run -c Release --no-build --project "$root/benchmarks/Benchmarks" -- load-seed "$work/data" "$SLUG" "$ROWS" \
    | sed -n 's/^INITIAL_PASSWORD=//p')
  echo "$password" > "$work/initial-password"
fi
initial=$(cat "$work/initial-password")
newpass="load bench password $(date +%s)"

echo "== start the app on $base"
(cd "$appdir" && ASPNETCORE_ENVIRONMENT=Production exec dotnet YearEndAdjustment.Web.dll --urls "$base" \
  --Security:SecureCookies=false --Database:Provider=Sqlite "--ConnectionStrings:Default=Data Source=$work/data/bench.db" \
  "--Security:KeyDirectory=$work/data/keys" "--DataProtection:KeysFolder=$work/data/dp-keys" "--Uploads:Folder=$work/uploads" \
  --Jobs:Enabled=false --Demo:CreateOnFirstStart=false --Logging:LogLevel:Default=Warning \
  --SignIn:PerIp:PermitLimit=1000 >"$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$base/health/live" >/dev/null && break; sleep 1; done

echo "== sign in"
jar="$work/cookies.txt"; rm -f "$jar"
token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }
form=$(curl -s -c "$jar" -b "$jar" "$base/$SLUG/login" | token)
# The seeded password works once (it must be changed); a reused folder holds the last chosen one.
current=$( [ -f "$work/password" ] && cat "$work/password" || echo "$initial")
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "LoginId=admin" --data-urlencode "Password=$current" \
  --data-urlencode "__RequestVerificationToken=$form" "$base/$SLUG/login"
form=$(curl -s -c "$jar" -b "$jar" "$base/$SLUG/account/password" | token)
if [ -n "$form" ] && [ ! -f "$work/password" ]; then
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "CurrentPassword=$current" --data-urlencode "NewPassword=$newpass" \
    --data-urlencode "NewPasswordConfirmation=$newpass" --data-urlencode "__RequestVerificationToken=$form" "$base/$SLUG/account/password"
  echo "$newpass" > "$work/password"
fi
# curl marks HttpOnly cookies (the sign-in cookie) with a "#HttpOnly_" prefix; other "#" lines are comments.
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/$SLUG/admin/employees")
[ "$status" = 200 ] || { echo "sign-in failed: /admin/employees answered $status"; exit 1; }

# name|path|signed-in
endpoints=(
  "bare: /health/live|/health/live|no"
  "404 page /nope|/nope|no"
  "tenant home (signed in)|/$SLUG/|yes"
  "account history|/$SLUG/account/history|yes"
  "employees, first page|/$SLUG/admin/employees|yes"
  "employees, department D007|/$SLUG/admin/employees?dept=D007|yes"
  "employees, page 10|/$SLUG/admin/employees?page=10|yes"
  "search 佐藤 誠|/$SLUG/admin/employees?q=%E4%BD%90%E8%97%A4%20%E8%AA%A0|yes"
  "search kana サトウ マコト|/$SLUG/admin/employees?q=%E3%82%B5%E3%83%88%E3%82%A6%20%E3%83%9E%E3%82%B3%E3%83%88|yes"
  "search broad kana prefix さとう|/$SLUG/admin/employees?q=%E3%81%95%E3%81%A8%E3%81%86|yes"
  "accounts list|/$SLUG/admin/accounts|yes"
  "access log|/$SLUG/admin/access-log|yes"
)

results="$work/results.md"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; rows: $ROWS;" \
       "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up"
  echo
  echo "| endpoint | status | requests/s | p99 | ratio to bare |"
  echo "|---|---:|---:|---:|---:|"
} > "$results"
bare_rps=""
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name path signed <<<"$entry"
  header=(); [ "$signed" = yes ] && header=(-H "Cookie: $cookie")
  code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$base$path")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${header[@]}" "$base$path" >/dev/null
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$base$path")
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
  [ -z "$bare_rps" ] && bare_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  echo "| $name | $code${non2xx:+ ($non2xx non-2xx)} | $rps | $p99 | $ratio |" >> "$results"
  echo "$name: $rps req/s, p99 $p99, $ratio of bare"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"
echo
cat "$results"
