#!/usr/bin/env bash
# Installs PostgreSQL from Debian's packages (if missing) and starts a throwaway server on 127.0.0.1 in a temp
# folder on a free port: no system service, no password file. Prints two lines on stdout:
#   PGDATA=<folder>                      (stop it with: pg_ctl -D <folder> stop -m fast)
#   Host=127.0.0.1;Port=<port>;Username=sop;Password=<random>;Database=postgres
# As root the server runs as the Debian "postgres" user (initdb refuses root); otherwise as the current user.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  SUDO=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null; } >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

data=$(mktemp -d /tmp/sop-pg.XXXXXX)
[[ $(id -u) -eq 0 ]] && chown postgres: "$data"
chmod 700 "$data"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))
password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')

pwfile="$data/.pw"
echo "$password" > "$pwfile"
[[ $(id -u) -eq 0 ]] && chown postgres: "$pwfile"
as_owner "$bindir/initdb" -D "$data/db" -U sop --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
rm -f "$pwfile"

# Tuned for tests: a throwaway cluster, so durability is traded for speed.
cat >> "$data/db/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
CONF

as_owner "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 start >&2
echo "PGDATA=$data/db"
echo "Host=127.0.0.1;Port=$port;Username=sop;Password=$password;Database=postgres"
