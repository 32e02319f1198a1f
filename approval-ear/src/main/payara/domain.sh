#!/usr/bin/env bash
# Controls the Payara domains that the build keeps under the top-level target/:
#   start EAR   stop the domain if it runs (or was left over by a crash), create it on first use
#               (or anew when FRESH_DOMAIN=true), start it, deploy EAR and wait until the application answers
#   stop        stop DOMAIN_NAME
#   stop-all    stop every domain under DOMAINS_DIR
# Environment: PAYARA_HOME, DOMAINS_DIR, DOMAIN_NAME, PORT_BASE (empty: Payara's default ports),
# FRESH_DOMAIN, and any APPROVAL_* setting, which the server process inherits (see README, Configuration).
# With APPROVAL_DB_URL on PostgreSQL, the batch job repository goes into that database too (batch_repository).
set -euo pipefail

asadmin="$PAYARA_HOME/bin/asadmin"
app=approval

log() { printf '[domain] %s\n' "$*"; }

http_port() { if [ -n "${PORT_BASE:-}" ]; then echo $((PORT_BASE + 80)); else echo 8080; fi; }
admin_port() { if [ -n "${PORT_BASE:-}" ]; then echo $((PORT_BASE + 48)); else echo 4848; fi; }

# Prints the HTTP status of GET http://127.0.0.1:$1$2 (000 when nothing answers); bash only, no curl needed.
http_status() {
  local status
  status=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" &&
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3 &&
    head -n 1 <&3 | cut -d' ' -f2) 2>/dev/null) || status=000
  echo "${status:-000}"
}

# Waits until the application answers below 400, at most $2 seconds.
wait_for_app() {
  local port=$1 deadline=$((SECONDS + $2)) status
  while [ $SECONDS -lt $deadline ]; do
    status=$(http_status "$port" "/$app/")
    case "$status" in
      2* | 3*) return 0 ;;
    esac
    sleep 1
  done
  return 1
}

stop_domain() {
  local name=$1 dir="$DOMAINS_DIR/$1"
  [ -d "$dir" ] || return 0
  if [ -x "$asadmin" ]; then
    "$asadmin" stop-domain --domaindir "$DOMAINS_DIR" "$name" >/dev/null 2>&1 || true
  fi
  # A crashed or hung server leaves its pid file behind; end that process and only that one.
  local pidfile="$dir/config/pid"
  if [ -f "$pidfile" ]; then
    local pid
    pid=$(cat "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      log "ending leftover server process $pid of domain $name"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pidfile"
  fi
  log "domain $name stopped"
}

create_domain() {
  local name=$1
  local ports=()
  if [ -n "${PORT_BASE:-}" ]; then ports=(--portbase "$PORT_BASE"); fi
  log "creating domain $name under $DOMAINS_DIR"
  "$asadmin" create-domain --nopassword=true --domaindir "$DOMAINS_DIR" "${ports[@]}" "$name" >/dev/null
  # Heap as the benchmarks record it (docs/benchmarks.md); the shipped default of 512 MB is too small for load runs.
  sed -i 's/-Xmx512m/-Xmx1g/' "$DOMAINS_DIR/$name/config/domain.xml"
  # A temporary directory of the domain's own: an archive uploaded for deployment is kept there under its name, and
  # two domains of one machine deploying approval-it.ear at once took each other's file ("File source doesn't exist").
  mkdir -p "$DOMAINS_DIR/$name/tmp"
  sed -i 's|<jvm-options>-Xmx1g</jvm-options>|&<jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>|' \
    "$DOMAINS_DIR/$name/config/domain.xml"
}

postgres() { [[ "${APPROVAL_DB_URL:-}" == jdbc:postgresql:* ]]; }

# asadmin's property syntax: colons and equals signs inside a value are escaped.
asadmin_value() { local v=${1//:/\\:}; echo "${v//=/\\=}"; }

# PostgreSQL only: Payara keeps job executions and checkpoints in the application's database, through a server-level
# pool (the runtime cannot use the application's java:app datasource). The driver comes out of the EAR into the
# domain's lib/ before the server starts; pool, resource and the batch runtime's setting are made once per domain,
# followed by one restart, since the runtime reads its repository when it starts.
batch_repository_driver() {
  local ear=$1 lib="$DOMAINS_DIR/$DOMAIN_NAME/lib" tool="${JAVA_HOME:+$JAVA_HOME/bin/}jar" entries jar
  postgres || return 0
  ls "$lib"/postgresql*.jar >/dev/null 2>&1 && return 0
  entries=$("$tool" tf "$ear")
  jar=$(grep -E '^lib/postgresql(-[0-9.]+)?\.jar$' <<<"$entries" | head -n 1)
  [ -n "$jar" ] || { log "no PostgreSQL driver in $ear"; exit 1; }
  (cd "$lib" && "$tool" xf "$ear" "$jar" && mv "$jar" . && rmdir lib)
  log "PostgreSQL driver $(basename "$jar") copied into the domain for the batch job repository"
}

batch_repository() {
  local admin=$1 url props
  postgres || return 0
  "$asadmin" --port "$admin" list-jdbc-resources 2>/dev/null | grep -q '^jdbc/approvalBatch$' && return 0
  url=${APPROVAL_DB_URL%%\?*}
  # The pool wants a password even where the server trusts the connection (an empty one means trust anyway).
  props="url=$(asadmin_value "$url"):user=$(asadmin_value "${APPROVAL_DB_USER:-approval}")"
  props="$props:password=$(asadmin_value "${APPROVAL_DB_PASSWORD:-unused}")"
  # Non-transactional: the runtime's checkpoint writes commit on their own instead of joining the chunk's transaction,
  # which already holds the application's (non-XA) connection, and a transaction takes only one non-XA resource. A
  # crash between a chunk's commit and its checkpoint repeats that chunk on restart; every job's writer replaces what a
  # chunk wrote (a day, a month, a change already accepted is skipped by its idempotency key), so nothing counts twice.
  "$asadmin" --port "$admin" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
    --restype javax.sql.DataSource --nontransactionalconnections=true --property "$props" approval-batch-pool >/dev/null
  "$asadmin" --port "$admin" create-jdbc-resource --connectionpoolid approval-batch-pool jdbc/approvalBatch >/dev/null
  "$asadmin" --port "$admin" set-batch-runtime-configuration --datasourcelookupname jdbc/approvalBatch >/dev/null
  log "batch job repository: jdbc/approvalBatch on $url; restarting once"
  "$asadmin" --port "$admin" restart-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME" >/dev/null
}

start() {
  local ear=$1 name=$DOMAIN_NAME
  [ -f "$ear" ] || { log "no EAR at $ear: build first"; exit 1; }
  stop_domain "$name"
  if [ "${FRESH_DOMAIN:-false}" = true ] && [ -d "$DOMAINS_DIR/$name" ]; then
    rm -rf "${DOMAINS_DIR:?}/$name"
  fi
  mkdir -p "$DOMAINS_DIR"
  [ -d "$DOMAINS_DIR/$name" ] || create_domain "$name"
  batch_repository_driver "$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")"
  log "starting domain $name"
  "$asadmin" start-domain --domaindir "$DOMAINS_DIR" "$name" >/dev/null
  local http admin
  http=$(http_port)
  admin=$(admin_port)
  batch_repository "$admin"
  # start-domain returns before deployed applications are loaded, and a redeploy during that load fails:
  # when the domain already holds the application, wait for it to answer first.
  if "$asadmin" --port "$admin" list-applications 2>/dev/null | grep -q "^$app "; then
    wait_for_app "$http" 120 || true
  fi
  "$asadmin" --port "$admin" set \
    configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32 >/dev/null
  log "deploying $(basename "$ear")"
  local started=$SECONDS
  if ! "$asadmin" --port "$admin" deploy --force=true --name "$app" "$ear"; then
    log "deployment failed; the server log says:"
    tail -n 60 "$DOMAINS_DIR/$name/logs/server.log" || true
    exit 1
  fi
  if ! wait_for_app "$http" 180; then
    log "the application did not answer at http://localhost:$http/$app/"
    tail -n 60 "$DOMAINS_DIR/$name/logs/server.log" || true
    exit 1
  fi
  log "deployed and answering in $((SECONDS - started)) s"
}

case "${1:-}" in
  start) start "$2" ;;
  stop) stop_domain "$DOMAIN_NAME" ;;
  stop-all)
    if [ -d "$DOMAINS_DIR" ]; then
      for d in "$DOMAINS_DIR"/*/; do [ -d "$d" ] && stop_domain "$(basename "$d")"; done
    fi
    ;;
  *) echo "usage: domain.sh start EAR | stop | stop-all" >&2; exit 2 ;;
esac
