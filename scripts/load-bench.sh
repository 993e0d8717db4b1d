#!/usr/bin/env bash
# Load benchmark (issue 10, docs/benchmarks.md "Request throughput"): seeds a tenant with ROWS employees through the
# real import use case, starts the app in Release on loopback with Production settings, signs in as the tenant's
# admin and runs wrk against a bare endpoint and each page in one run, printing requests/s, p99 and the ratio to the
# bare endpoint. With BASELINE_SRC (another checkout, e.g. main) both apps run on the same database and each endpoint
# is measured on the baseline and then on this checkout, back to back, so the machine's noise hits both alike.
# Loopback only; every wrk run is bounded by DURATION. Usage:
#   scripts/load-bench.sh                                   # 100,000 employees, 8 s per endpoint, 32 connections
#   ROWS=20000 DURATION=4s scripts/load-bench.sh
#   WORK=/tmp/yea-load scripts/load-bench.sh                 # reuse a seeded folder (seeded once, kept afterwards)
#   BASELINE_SRC=/tmp/main-src WORK=/tmp/yea-load scripts/load-bench.sh   # before/after in one run
#   FLOOR=1 WORK=/tmp/yea-load scripts/load-bench.sh         # what the framework and the layout cost (below)
# FLOOR=1 measures, instead of the pages, throwaway pages built into a copy of this checkout (never into the product):
# an empty Razor page, the same under a bare layout, under the site's layout without its antiforgery token and notices,
# and under the full layout, signed in as the admin, next to the bare endpoint and the tenant home. The gap between
# them is what any page pays before it shows anything (docs/benchmarks.md, "What the framework leaves").
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

if ! command -v wrk >/dev/null; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  # A fresh machine's package lists may be empty: update them first, as scripts/test.sh does.
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk >/dev/null
fi

publish() { # source folder -> published folder
  local dir="$work/app-$(basename "$1")"
  dotnet publish "$1/src/Web" -c Release -o "$dir" -v q -nologo >/dev/null
  echo "$dir"
}

# The floor probes: a copy of this checkout with four pages and two layouts added (FLOOR=1 only).
floor_source() { # -> folder of the copy
  local copy="$work/floor-src" layout="$work/floor-src/src/Web/Pages/Shared"
  rm -rf "$copy"; mkdir -p "$copy"
  tar -C "$root" --exclude=bin --exclude=obj --exclude=.git -cf - src Directory.Build.props Directory.Packages.props global.json \
    | tar -C "$copy" -xf -
  mkdir -p "$copy/src/Web/Pages/Probe"
  printf '@page\n@{ Layout = null; }\nok\n' > "$copy/src/Web/Pages/Probe/Empty.cshtml"
  printf '@page\n@{ Layout = "_ProbeBareLayout"; }\n<p>ok</p>\n' > "$copy/src/Web/Pages/Probe/BareLayout.cshtml"
  printf '@page\n@{ Layout = "_ProbeQuietLayout"; }\n<p>ok</p>\n' > "$copy/src/Web/Pages/Probe/QuietLayout.cshtml"
  printf '@page\n<p>ok</p>\n' > "$copy/src/Web/Pages/Probe/SiteLayout.cshtml"
  printf '<!DOCTYPE html>\n<html><head><title>probe</title></head><body>\n@RenderBody()\n</body></html>\n' > "$layout/_ProbeBareLayout.cshtml"
  # The site's layout without its two per-request calls: the antiforgery token and the notices query.
  local token='var antiforgery = Html.AntiForgeryToken();' notices='var notices = Tenant.TenantId is null ? SiteNoticesDto.None : await Sender.Send(new GetSiteNoticesQuery(), Context.RequestAborted);'
  grep -qF "$token" "$layout/_Layout.cshtml" && grep -qF "$notices" "$layout/_Layout.cshtml" \
    || { echo "FLOOR: _Layout.cshtml no longer has the two lines the quiet probe layout replaces; update floor_source" >&2; exit 1; }
  awk -v t="$token" -v n="$notices" '{
      if (index($0, t)) sub(/Html\.AntiForgeryToken\(\)/, "Microsoft.AspNetCore.Html.HtmlString.Empty");
      if (index($0, n)) $0 = "    var notices = SiteNoticesDto.None; await Task.CompletedTask;";
      print }' "$layout/_Layout.cshtml" > "$layout/_ProbeQuietLayout.cshtml"
  echo "$copy"
}

echo "== build (Release)"
if [ -n "${FLOOR:-}" ]; then
  floor_dir=$(floor_source)
  candidate_dir=$(publish "$floor_dir")
  BASELINE_SRC=""
else
  candidate_dir=$(publish "$root")
fi
baseline_dir=""; [ -n "${BASELINE_SRC:-}" ] && baseline_dir=$(publish "$BASELINE_SRC")
if [ ! -f "$work/data/bench.db" ]; then
  echo "== seed: tenant '$SLUG' with $ROWS employees"
  dotnet build "$root/benchmarks/Benchmarks" -c Release -v q -nologo >/dev/null
  dotnet run -c Release --no-build --project "$root/benchmarks/Benchmarks" -- load-seed "$work/data" "$SLUG" "$ROWS" \
    > "$work/seed.log"
  sed -n 's/^INITIAL_PASSWORD=//p' "$work/seed.log" > "$work/initial-password"
fi
opened=$(sed -n 's/^OPENED_2026_SECONDS=//p' "$work/seed.log")
employee_login=$(sed -n 's/^EMPLOYEE_LOGIN=//p' "$work/seed.log")
employee_initial=$(sed -n 's/^EMPLOYEE_PASSWORD=//p' "$work/seed.log")

pids=()
declare -A app_pid=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
start() { # published folder, port
  (cd "$1" && ASPNETCORE_ENVIRONMENT=Production exec dotnet YearEndAdjustment.Web.dll --urls "http://127.0.0.1:$2" \
    --Security:SecureCookies=false --Database:Provider=Sqlite "--ConnectionStrings:Default=Data Source=$work/data/bench.db" \
    "--Security:KeyDirectory=$work/data/keys" "--DataProtection:KeysFolder=$work/data/dp-keys" "--Uploads:Folder=$work/uploads" \
    --Jobs:Enabled=false --Demo:CreateOnFirstStart=false --Logging:LogLevel:Default=Warning \
    --SignIn:PerIp:PermitLimit=1000 >"$work/app-$2.log" 2>&1) &
  pids+=($!)
  app_pid[$2]=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$2/health/live" >/dev/null && return; sleep 1; done
  echo "the app on port $2 did not start"; exit 1
}

token() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1; }
sign_in() { # port [login initial-password state-name] -> Cookie header value
  local base="http://127.0.0.1:$1" login=${2:-admin} initial=${3:-$(cat "$work/initial-password")} name=${4:-password}
  local jar="$work/cookies-$1-$login.txt" form current
  rm -f "$jar"
  form=$(curl -s -c "$jar" -b "$jar" "$base/$SLUG/login" | token)
  # The seeded password works once (it must be changed first); later sign-ins use the chosen one.
  current=$( [ -f "$work/$name" ] && cat "$work/$name" || echo "$initial")
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "LoginId=$login" --data-urlencode "Password=$current" \
    --data-urlencode "__RequestVerificationToken=$form" "$base/$SLUG/login"
  if [ ! -f "$work/$name" ]; then
    local chosen="load bench password $(date +%s) $login"
    form=$(curl -s -c "$jar" -b "$jar" "$base/$SLUG/account/password" | token)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "CurrentPassword=$current" --data-urlencode "NewPassword=$chosen" \
      --data-urlencode "NewPasswordConfirmation=$chosen" --data-urlencode "__RequestVerificationToken=$form" "$base/$SLUG/account/password"
    echo "$chosen" > "$work/$name"
  fi
  # One page as a browser would see next: the password change's notice is shown and its temp-data cookie deleted, so
  # wrk does not send that stale cookie with every request.
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/$SLUG/"
  # curl marks HttpOnly cookies (the sign-in cookie) with a "#HttpOnly_" prefix; other "#" lines are comments.
  local cookie
  cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/$SLUG/account/history")" = 200 ] \
    || { echo "sign-in of $login failed on port $1" >&2; exit 1; }
  echo "$cookie"
}

# The step form's hidden fields (version and antiforgery token) as a POST body that saves the same answers again:
# the full save path (antiforgery, binding, the handler's load, checks and comparison) without a conflict between
# wrk's connections. The first POST moves the declaration from not started to draft.
step_body() { # port cookie
  local url="http://127.0.0.1:$1/$SLUG/declarations/2026/self" page version form
  page=$(curl -s -H "Cookie: $2" "$url")
  version=$(sed -n 's/.*name="Version" value="\([0-9]*\)".*/\1/p; s/.*value="\([0-9]*\)" name="Version".*/\1/p' <<<"$page" | head -1)
  form=$(token <<<"$page")
  echo "Version=$version&Disability=None&Widow=None&SingleParent=false&WorkingStudent=false&__RequestVerificationToken=$form"  # base64url: no escaping needed
}

# The app's own CPU per request (utime + stime of its process over the measured run, divided by the requests served):
# steadier than requests/s on a shared machine, and free of wrk's share of the two cores (ADR 0053).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

wrk_args() { # cookie ("" for none), POST body ("" for GET) -> wrk's cookie header and POST script, in the array args
  args=()
  [ -n "$1" ] && args+=(-H "Cookie: $1")
  if [ -n "$2" ]; then
    printf 'wrk.method = "POST"\nwrk.body = "%s"\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n' "$2" > "$work/post.lua"
    args+=(-s "$work/post.lua")
  fi
}

measure() { # port, path, cookie ("" for none), POST body ("" for GET) -> "status rps p99 app-cpu-ms-per-request"
  local url="http://127.0.0.1:$1$2" header=() code out rps p99 args
  [ -n "$3" ] && header=(-H "Cookie: $3")
  if [ -n "${4:-}" ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" -H "Content-Type: application/x-www-form-urlencoded" --data "$4" "$url")
  else
    code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$url")
  fi
  wrk_args "$3" "${4:-}"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${args[@]}" "$url" >/dev/null
  local before after served cpu
  before=$(cpu_ticks "${app_pid[$1]}")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${args[@]}" "$url")
  after=$(cpu_ticks "${app_pid[$1]}")
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  served=$(awk '/requests in/ { print $1 }' <<<"$out")
  cpu=$(awk -v a="$before" -v b="$after" -v n="$served" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (n > 0 ? (b - a) * 1000 / hz / n : 0) }')
  echo "$code $rps $p99 $cpu"
}

echo "== start and sign in"
start "$candidate_dir" "$PORT"
candidate_cookie=$(sign_in "$PORT")
candidate_employee=$(sign_in "$PORT" "$employee_login" "$employee_initial" employee-password)
step_body "$PORT" "$candidate_employee" >/dev/null
curl -s -o /dev/null -H "Cookie: $candidate_employee" -H "Content-Type: application/x-www-form-urlencoded" \
  --data "$(step_body "$PORT" "$candidate_employee")" "http://127.0.0.1:$PORT/$SLUG/declarations/2026/self"
candidate_post=$(step_body "$PORT" "$candidate_employee")
if [ -n "$baseline_dir" ]; then
  start "$baseline_dir" "$((PORT + 1))"
  baseline_cookie=$(sign_in "$((PORT + 1))")
  baseline_employee=$(sign_in "$((PORT + 1))" "$employee_login" "$employee_initial" employee-password)
  baseline_post=$(step_body "$((PORT + 1))" "$baseline_employee")
fi

# name|path|who (no, yes = the admin, employee)|POST body variable ("" for GET)
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
  "admin dashboard|/$SLUG/admin|yes"
  "declarations 2026, first page|/$SLUG/admin/declarations/2026|yes"
  "declarations 2026, status + department|/$SLUG/admin/declarations/2026?status=NotStarted&dept=D007|yes"
  "declarations 2026, search 佐藤 誠|/$SLUG/admin/declarations/2026?q=%E4%BD%90%E8%97%A4%20%E8%AA%A0|yes"
  "employee home (signed in)|/$SLUG/|employee"
  "employee flow step page|/$SLUG/declarations/2026/self|employee"
  "employee flow step save (POST)|/$SLUG/declarations/2026/self|employee|post"
  "employee summary with live estimate|/$SLUG/declarations/2026/summary|employee"
)
if [ -n "${FLOOR:-}" ]; then
  endpoints=(
    "bare: /health/live|/health/live|no"
    "bare, with the admin's cookies (authentication and session check)|/health/live|yes"
    "empty Razor page, no layout|/$SLUG/probe/empty|yes"
    "the same under a bare layout (html, body, RenderBody)|/$SLUG/probe/barelayout|yes"
    "under the site's layout without its token and notices|/$SLUG/probe/quietlayout|yes"
    "under the site's full layout|/$SLUG/probe/sitelayout|yes"
    "tenant home (signed in)|/$SLUG/|yes"
  )
fi

# A pass over every endpoint before anything is measured: the first seconds of a process spend CPU on JIT compilation
# (tier-1 recompilation runs in the background), and the bare endpoint, measured first, looked up to 6x costlier per
# request than it is once the process is warm, which flattered every ratio. The bare endpoint is measured again at the
# end and the ratios use the faster of the two figures.
inputs() { # candidate|baseline, who (no, yes = the admin, employee), post -> that app's cookie and body
  local admin="$1_cookie" employee="$1_employee" form="$1_post"
  case $2 in yes) cookie=${!admin} ;; employee) cookie=${!employee} ;; *) cookie="" ;; esac
  if [ "$3" = post ]; then body=${!form}; else body=""; fi
}
prewarm() { # port cookie body path
  local args
  wrk_args "$2" "$3"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$PREWARM" "${args[@]}" "http://127.0.0.1:$1$4" >/dev/null
}
PREWARM=${PREWARM:-3s}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== warm-up pass ($PREWARM per endpoint)"
for entry in "${endpoints[@]}"; do
  IFS='|' read -r name path signed post <<<"$entry"
  inputs candidate "$signed" "$post"; prewarm "$PORT" "$cookie" "$body" "$path"
  if [ -n "$baseline_dir" ]; then
    inputs baseline "$signed" "$post"; prewarm "$((PORT + 1))" "$cookie" "$body" "$path"
  fi
done

# Rows are kept and the table is written at the end, when both bare figures are known.
rows=(); base_rows=()
for entry in "${endpoints[@]}" "bare again, after the pages|/health/live|no"; do
  IFS='|' read -r name path signed post <<<"$entry"
  brow=""
  if [ -n "$baseline_dir" ]; then
    inputs baseline "$signed" "$post"; brow=$(measure "$((PORT + 1))" "$path" "$cookie" "$body")
  fi
  inputs candidate "$signed" "$post"; row=$(measure "$PORT" "$path" "$cookie" "$body")
  rows+=("$name|$row"); base_rows+=("$brow")
  echo "$name: ${brow:+baseline $brow; }this $row (status req/s p99 app-CPU-ms)"
done

faster() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > b ? a : b) }'; }
read -r _ first _ _ <<<"${rows[0]#*|}"; read -r _ last _ _ <<<"${rows[-1]#*|}"
bare=$(faster "$first" "$last")
if [ -n "$baseline_dir" ]; then
  read -r _ first _ _ <<<"${base_rows[0]}"; read -r _ last _ _ <<<"${base_rows[-1]}"
  bare_base=$(faster "$first" "$last")
fi
results="$work/results.md"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; rows: $ROWS;" \
       "opening tax year 2026 for everyone (seed): ${opened:-?} s;" \
       "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, all endpoints warmed $PREWARM first;" \
       "ratios against the faster bare run ($bare req/s)"
  echo
  if [ -n "$baseline_dir" ]; then
    echo "| endpoint | baseline req/s | baseline p99 | baseline ratio | baseline app CPU ms/req | req/s | p99 | ratio to bare | app CPU ms/req |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  else
    echo "| endpoint | status | requests/s | p99 | ratio to bare | app CPU ms/req |"
    echo "|---|---:|---:|---:|---:|---:|"
  fi
  for i in "${!rows[@]}"; do
    IFS='|' read -r name row <<<"${rows[$i]}"
    read -r code rps p99 cpu <<<"$row"
    ratio=$(awk -v a="$rps" -v b="$bare" 'BEGIN { printf "%.1f%%", 100 * a / b }')
    if [ -n "$baseline_dir" ]; then
      read -r bcode brps bp99 bcpu <<<"${base_rows[$i]}"
      bratio=$(awk -v a="$brps" -v b="$bare_base" 'BEGIN { printf "%.1f%%", 100 * a / b }')
      echo "| $name | $brps ($bcode) | $bp99 | $bratio | $bcpu | $rps ($code) | $p99 | $ratio | $cpu |"
    else
      echo "| $name | $code | $rps | $p99 | $ratio | $cpu |"
    fi
  done
} > "$results"
echo "load before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$results"
echo
cat "$results"
