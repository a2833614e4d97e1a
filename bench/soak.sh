#!/usr/bin/env bash
# Load and soak: the public pages, feeds and API under wrk (-t2 -c32, 127.0.0.1 only) while editors carry items
# through the whole SOP over the API, for a bounded time; the site's resident memory is sampled every 10 s.
# Prints throughput, p50/p99, errors (socket errors and non-2xx answers, which must be 0), the editors' results
# and the memory over time. Release build, Production, SQLite (WAL), output cache on as deployed.
#
#   bench/soak.sh [duration=10m] [articles=1000]
set -euo pipefail
duration=${1:-10m}
articles=${2:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sop-soak.XXXXXX)
port=5189
base="http://127.0.0.1:$port"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
seconds=$(python3 -c "import sys; d=sys.argv[1]; print(int(d[:-1]) * {'s': 1, 'm': 60, 'h': 3600}[d[-1]])" "$duration")

echo "Building (Release)..." >&2
dotnet publish "$root/src/SopPublikasi.Cms" -c Release -o "$work/app" -v q -nologo >&2
export ConnectionStrings__Sqlite="Data Source=$work/sop.db" Media__Path="$work/media" DOTNET_gcServer=1
export Logging__LogLevel__Default=Warning Api__PermitLimit=100000 Api__Window=00:00:01

start_app() { # $1 environment
  ASPNETCORE_ENVIRONMENT=$1 Demo__Enabled=true dotnet "$work/app/SopPublikasi.Cms.dll" --urls "$base" --contentRoot "$work/app" >>"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/healthz" && return 0; sleep 0.5; done
  echo "The app did not start:" >&2; cat "$work/app.log" >&2; exit 1
}

echo "Demo data and $articles more articles; a token per editor..." >&2
start_app Development
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
python3 "$root/bench/seed.py" "$work/sop.db" "$articles" >&2
for role in ppid agendaris sekretaris staf verifikator; do
  echo "$role=$(ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/SopPublikasi.Cms.dll" token create --user "$role" --expires 1d)" >>"$work/tokens"
done
python3 - "$work/sop.db" >"$work/slugs" <<'PY'
import sqlite3, sys
for (slug,) in sqlite3.connect(sys.argv[1]).execute("SELECT Slug FROM Materi WHERE PublishedVersionId IS NOT NULL ORDER BY random() LIMIT 200"):
    print(slug)
PY

start_app Production
echo "Soaking for $duration..." >&2
( while kill -0 "$app_pid" 2>/dev/null; do
    echo "$SECONDS $(awk '/VmRSS/ {print $2}' /proc/$app_pid/status)" >>"$work/rss"; sleep 10
  done ) &
python3 "$root/bench/soak_editors.py" "$base" "$work/sop.db" "$seconds" "$work/tokens" >"$work/editors" &
editors=$!
SOAK_SLUGS="$work/slugs" wrk -t2 -c32 -d"$duration" --timeout 10s -s "$root/bench/soak.lua" "$base" >"$work/wrk"
wait "$editors"

echo "## Public load ($duration, wrk -t2 -c32, output cache on)"
grep -E '^(requests|req/s|p50|p99|max|socket errors|non-2xx)' "$work/wrk"
echo "## Editors (the whole SOP over the API, one item after another)"
cat "$work/editors"
echo "## Resident memory of the site (MB), sampled every 10 s"
python3 - "$work/rss" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if len(line.split()) == 2]
mb = [int(kb) / 1024 for _, kb in rows]
first = int(rows[0][0])
print(f"start {mb[0]:.0f}, max {max(mb):.0f}, end {mb[-1]:.0f}")
print("by minute: " + ", ".join(f"{int(t) - first}s {int(kb) / 1024:.0f}" for t, kb in rows[::6]))
PY
echo "Errors in the site's log: $(grep -cE 'fail:|crit:|Exception' "$work/app.log" || true)"
