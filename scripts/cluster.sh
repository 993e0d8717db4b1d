#!/usr/bin/env bash
# Local cluster (issue 14, docs/operations.md "Local cluster"): a private PostgreSQL cluster, three app nodes and nginx
# round-robin in front, all on loopback, all in one folder. Usage:
#   scripts/cluster.sh up       # install postgresql/nginx if missing, publish once, start everything, print the URL
#   scripts/cluster.sh status   # one line per part: running or stopped
#   scripts/cluster.sh down     # stop exactly what `up` started (pids recorded in the folder)
#   scripts/cluster.sh db-stop|db-start   # only the database, to watch the nodes lose it and recover
# Settings (environment): CLUSTER_DIR (/tmp/yea-cluster), PG_PORT (5433), NODE_PORTS ("5201 5202 5203"), LB_PORT (8080),
# REPUBLISH=1 to publish the app again into an existing folder, NODE_ARGS for extra app settings on every node
# (e.g. "--Jobs:QueueLease=00:00:10"; the cluster tests use it, ADR 0051).
set -euo pipefail

dir=${CLUSTER_DIR:-/tmp/yea-cluster}
pg_port=${PG_PORT:-5433}
read -r -a node_ports <<<"${NODE_PORTS:-5201 5202 5203}"
lb_port=${LB_PORT:-8080}
read -r -a node_args <<<"${NODE_ARGS:-}"
root=$(cd "$(dirname "$0")/.." && pwd)
pg_dir="$dir/pg"
app_dir="$dir/app"
run_dir="$dir/run"
database=yea
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database;Maximum Pool Size=40"
# initdb and postgres refuse to run as root: as root they run as the package's postgres user.
as_root=false; [ "$(id -u)" -eq 0 ] && as_root=true

pg_bin() { # newest installed major version (Debian: /usr/lib/postgresql/NN/bin)
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
  echo "$bin"
}

pg() { # tool, arguments...
  local tool="$(pg_bin)/$1"; shift
  if $as_root; then runuser -u postgres -- "$tool" "$@"; else "$tool" "$@"; fi
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# A recorded pid counts only while it is still the process we started (pids are reused).
node_pid() {
  local file="$run_dir/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "YearEndAdjustment.Web.dll" && echo "$pid"
}

pg_pid() {
  local pid
  [ -f "$pg_dir/data/postmaster.pid" ] || return 1
  pid=$(head -1 "$pg_dir/data/postmaster.pid")
  alive "$pid" && grep -q postgres "/proc/$pid/comm" 2>/dev/null && echo "$pid"
}

nginx_pid() {
  local pid
  [ -f "$run_dir/nginx.pid" ] || return 1
  pid=$(cat "$run_dir/nginx.pid")
  alive "$pid" && grep -q nginx "/proc/$pid/comm" 2>/dev/null && echo "$pid"
}

install_missing() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return
  echo "== installing ${missing[*]}"
  local sudo_cmd=""; $as_root || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
}

start_database() {
  if pg_pid >/dev/null; then echo "== database already running"; return; fi
  mkdir -p "$pg_dir"
  $as_root && chown postgres: "$pg_dir"
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    echo "== database: initdb in $pg_dir/data"
    pg initdb -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$run_dir/initdb.log"
  fi
  echo "== database: starting on 127.0.0.1:$pg_port"
  pg pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir -c max_connections=200" start >/dev/null
  if ! pg psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    pg createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$database"
  fi
}

publish() {
  if [ -f "$app_dir/YearEndAdjustment.Web.dll" ] && [ "${REPUBLISH:-0}" != 1 ]; then return; fi
  echo "== publishing the app (Release) into $app_dir"
  nice -n 15 dotnet publish "$root/src/Web" -c Release -o "$app_dir" -v q -nologo >"$run_dir/publish.log"
}

launch_node() { # index (1-based)
  local name="node$1" port=${node_ports[$(($1 - 1))]} first=$([ "$1" -eq 1 ] && echo true || echo false)
  if node_pid "$name" >/dev/null; then echo "== $name already running"; return; fi
  echo "== $name: starting on 127.0.0.1:$port"
  # Plain http behind a loopback nginx: Secure cookies off, the balancer trusted for X-Forwarded-For/-Proto. Only the
  # first node migrates and opens the demo tenant; the others start after it is ready.
  (cd "$app_dir" && ASPNETCORE_ENVIRONMENT=Production exec nohup dotnet YearEndAdjustment.Web.dll \
    --urls "http://127.0.0.1:$port" \
    --Database:Provider=PostgreSql "--ConnectionStrings:Default=$connection" \
    --Database:MigrateOnStartup=$first --Demo:CreateOnFirstStart=$first \
    --Cluster:NodeName=$name --Jobs:Enabled=true \
    "--Security:KeyDirectory=$dir/keys" "--DataProtection:KeysFolder=$dir/keys" \
    --Security:SecureCookies=false --Network:TrustedProxies:0=127.0.0.1 \
    "--Site:PublicBaseUrl=http://127.0.0.1:$lb_port" \
    --Email:Mode=Outbox "--Email:OutboxFolder=$dir/outbox" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information \
    ${node_args[@]+"${node_args[@]}"} </dev/null >"$run_dir/$name.log" 2>&1) &
  echo $! >"$run_dir/$name.pid"
}

wait_node() { # index (1-based)
  local name="node$1" port=${node_ports[$(($1 - 1))]}
  for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; then return; fi
    node_pid "$name" >/dev/null || { echo "$name stopped; see $run_dir/$name.log" >&2; tail -20 "$run_dir/$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "$name did not become ready in 180 s; see $run_dir/$name.log" >&2
  exit 1
}

start_nginx() {
  if nginx_pid >/dev/null; then echo "== nginx already running"; return; fi
  local nginx_bin; nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  mkdir -p "$dir/nginx/tmp"
  # As root the workers drop to nobody; they write request bodies (CSV uploads) to the temp folder.
  $as_root && chmod 1777 "$dir/nginx/tmp"
  local servers="" port
  for port in "${node_ports[@]}"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
  cat >"$dir/nginx/nginx.conf" <<EOF
# Written by scripts/cluster.sh; round-robin over the app nodes on loopback.
worker_processes 1;
pid $run_dir/nginx.pid;
error_log $dir/nginx/error.log warn;
$($as_root && echo "user nobody nogroup;")
events { worker_connections 512; }
http {
  access_log $dir/nginx/access.log;
  client_body_temp_path $dir/nginx/tmp/body;
  proxy_temp_path $dir/nginx/tmp/proxy;
  fastcgi_temp_path $dir/nginx/tmp/fastcgi;
  uwsgi_temp_path $dir/nginx/tmp/uwsgi;
  scgi_temp_path $dir/nginx/tmp/scgi;
  # Above the app's CSV import limit (Csv:MaxImportBytes, 50 MB), so the app answers an oversized upload itself.
  client_max_body_size 64m;
  upstream yea {
$servers    keepalive 16;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://yea;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      # The app believes one hop (ForwardLimit 1) from Network:TrustedProxies = 127.0.0.1.
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
    }
  }
}
EOF
  echo "== nginx: round-robin on 127.0.0.1:$lb_port"
  "$nginx_bin" -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -g "daemon on;"
  for _ in $(seq 1 20); do nginx_pid >/dev/null && return; sleep 0.5; done
  echo "nginx did not start; see $dir/nginx/error.log" >&2
  exit 1
}

stop_pid() { # name, pid
  kill "$2" 2>/dev/null || true
  for _ in $(seq 1 40); do alive "$2" || { echo "== $1 stopped"; return; }; sleep 0.25; done
  kill -9 "$2" 2>/dev/null || true
  echo "== $1 killed"
}

up() {
  mkdir -p "$dir" "$run_dir" "$dir/keys" "$dir/outbox"
  install_missing
  start_database
  publish
  local i
  # node1 migrates first; the others then start side by side.
  launch_node 1; wait_node 1
  for i in $(seq 2 ${#node_ports[@]}); do launch_node "$i"; done
  for i in $(seq 2 ${#node_ports[@]}); do wait_node "$i"; done
  start_nginx
  echo
  echo "URL: http://127.0.0.1:$lb_port/demo/login  (health: http://127.0.0.1:$lb_port/health/ready)"
  # The first node prints the demo tenant's opening notice to standard output once, on the very first start only.
  if grep -q "Opening notice" "$run_dir/node1.log"; then
    awk '/First start: a demo tenant/ { on = 1 } on && !/^(info|warn|fail|crit|dbug|trce): / && !/^      / { print } on && /^====/ && ++rules == 2 { exit }' "$run_dir/node1.log"
  else
    echo "The demo tenant exists from an earlier start; its opening notice was printed then ($run_dir/node1.log of that run)."
  fi
}

down() {
  local pid name
  if pid=$(nginx_pid); then stop_pid nginx "$pid"; fi
  for name in $(ls "$run_dir"/node*.pid 2>/dev/null | xargs -r -n1 basename | sed 's/\.pid$//'); do
    if pid=$(node_pid "$name"); then stop_pid "$name" "$pid"; fi
    rm -f "$run_dir/$name.pid"
  done
  if pg_pid >/dev/null; then
    pg pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null && echo "== database stopped"
  fi
}

status() {
  local i
  printf '%-9s %s\n' database "$(pg_pid >/dev/null && echo running || echo stopped)"
  for i in $(seq 1 ${#node_ports[@]}); do
    printf '%-9s %s\n' "node$i" "$(node_pid "node$i" >/dev/null && echo running || echo stopped)"
  done
  printf '%-9s %s\n' nginx "$(nginx_pid >/dev/null && echo running || echo stopped)"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  db-stop) if pg_pid >/dev/null; then pg pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null && echo "== database stopped"; fi ;;
  db-start) mkdir -p "$run_dir"; start_database ;;
  *) echo "usage: $0 up|down|status|db-stop|db-start" >&2; exit 2 ;;
esac
