#!/usr/bin/env bash
# The public-site benchmark: seeds N published articles into a fresh SQLite database, then measures the public
# pages, feed and API with wrk (-t2 -c32, on 127.0.0.1) with the output cache on and off, and the memory of the
# process. Prints a Markdown table (copy it into docs/benchmarks.md).
#
#   bench/run.sh [articles=10000] [duration=10s] [pages=all|lists]
#
# "lists" measures only the list, category and search pages without the cache (the 100,000-article target).
# BENCH_DB=<file> starts from a copy of a database this script (or seed.py on the demo database) seeded earlier
# with the same number of articles, instead of seeding again (100,000 articles take minutes to seed and index).
set -euo pipefail
articles=${1:-10000}
duration=${2:-10s}
pages=${3:-all}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sop-bench.XXXXXX)
port=5187
base="http://127.0.0.1:$port"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
# Another process answering on the port would be measured instead of this build.
if curl -s -o /dev/null "$base/"; then echo "Port $port is already in use: stop whatever listens there first." >&2; exit 1; fi

echo "Building (Release)..." >&2
dotnet publish "$root/src/SopPublikasi.Cms" -c Release -o "$work/app" -v q -nologo >&2

export ConnectionStrings__Sqlite="Data Source=$work/sop.db" Media__Path="$work/media" DOTNET_gcServer=1
export Logging__LogLevel__Default=Warning Api__PermitLimit=100000 Api__Window=00:00:01
# Kestrel's content root is the app folder; the cross-post log channel stays as configured.

start_app() { # $1 environment, $2 output cache on/off
  local began=$SECONDS
  ASPNETCORE_ENVIRONMENT=$1 Demo__Enabled=true Site__OutputCache=$2 \
    dotnet "$work/app/SopPublikasi.Cms.dll" --urls "$base" --contentRoot "$work/app" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/healthz" && { echo "started in $(( SECONDS - began )) s" >&2; return 0; }
    sleep 0.5
  done
  echo "The app did not start:" >&2; cat "$work/app.log" >&2; exit 1
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }

# Warm-up until the rate settles: .NET compiles hot code again with profile data (tiered JIT), which on two busy
# cores takes about 20 s after start (with a plateau on the way that looks settled). Runs of 2 s for at least 20 s,
# then until two in a row differ by less than 5 % (60 s at most), so that the table shows the steady state.
warm_up() {
  local previous=0 rate
  for run in $(seq 1 30); do
    rate=$(wrk -t2 -c32 -d2s "$1" | awk '/Requests\/sec/ {printf "%d", $2}')
    if (( run >= 10 && previous > 0 && rate * 100 >= previous * 95 && rate * 100 <= previous * 105 )); then
      echo "warm after $(( run * 2 )) s ($rate req/s)" >&2; return 0
    fi
    previous=$rate
  done
  echo "still changing after 60 s of warm-up ($rate req/s)" >&2
}

if [[ -n ${BENCH_DB:-} ]]; then
  echo "Copying $BENCH_DB..." >&2
  cp "$BENCH_DB" "$work/sop.db"
  mkdir -p "$work/media" && cp -r "$(dirname "$BENCH_DB")/media/." "$work/media/" 2>/dev/null || true
else
  echo "Demo data, then $articles articles..." >&2
  start_app Development true   # creates the database, the demo accounts and three published articles to copy
  stop_app
  python3 "$root/bench/seed.py" "$work/sop.db" "$articles" >&2
fi

slug="bench-$(( articles / 2 ))"
word=$(python3 - "$work/sop.db" <<'PY'
import sqlite3, sys
title = sqlite3.connect(sys.argv[1]).execute("SELECT Title FROM MateriVersions ORDER BY rowid DESC LIMIT 1").fetchone()[0]
print(title.split()[0].lower())
PY
)

declare -a names urls
if [[ $pages == lists ]]; then
  names=(list list-page-50 category search)
  urls=("/berita" "/berita?halaman=50" "/kategori/berita-kegiatan" "/cari?q=$word")
else
  names=(home article category search feed api)
  urls=("/" "/berita/$slug" "/kategori/berita-kegiatan" "/cari?q=$word" "/rss.xml" "/api/v1/berita")
fi

# wrk prints latencies as 812.00us, 1.23ms or 1.02s: in milliseconds.
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.0f", v * 1000 }'; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"; }
hwm_kb() { awk '/VmHWM/ {print $2}' "/proc/$app_pid/status"; }

echo "| page | url | cache | req/s | p50 ms | p99 ms | non-2xx | RSS after MB |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"
modes=(true false)
[[ $pages == lists ]] && modes=(false)
for cache in "${modes[@]}"; do
  start_app Production "$cache"
  for i in "${!names[@]}"; do
    url=${urls[$i]}
    code=$(curl -s -o /dev/null -w '%{http_code}' "$base$url")
    [[ $code == 200 ]] || { echo "GET $url answered $code" >&2; exit 1; }
    warm_up "$base$url"
    out=$(wrk -t2 -c32 -d"$duration" --latency "$base$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '| %s | `%s` | %s | %.0f | %s | %s | %s | %d |\n' "${names[$i]}" "$url" "$([[ $cache == true ]] && echo on || echo off)" \
      "$rps" "$(ms "$p50")" "$(ms "$p99")" "${errors:-0}" "$(( $(rss_kb) / 1024 ))"
  done
  echo "(cache $cache: peak RSS $(( $(hwm_kb) / 1024 )) MB)" >&2
  stop_app
done
echo
echo "$articles published articles; wrk -t2 -c32 -d$duration on 127.0.0.1; $(nproc) cores; $(dotnet --version) SDK; SQLite (WAL)."
