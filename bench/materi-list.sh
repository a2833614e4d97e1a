#!/usr/bin/env bash
# The editors' list at N items (issue 20: "Semua Materi"): seeds N published items into a fresh SQLite database
# (bench/seed.py), then measures GET /api/v1/materi (page 1, a filter, a search, the last page) with a token and
# /admin/materi with a signed-in Sekretaris, with wrk (-t2 -c8, on 127.0.0.1). Prints a Markdown table.
#
#   bench/materi-list.sh [items=2000] [duration=8s]
set -euo pipefail
items=${1:-2000}
duration=${2:-8s}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sop-bench-materi.XXXXXX)
port=5188
base="http://127.0.0.1:$port"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if curl -s -o /dev/null "$base/"; then echo "Port $port is already in use: stop whatever listens there first." >&2; exit 1; fi

echo "Building (Release)..." >&2
dotnet publish "$root/src/SopPublikasi.Cms" -c Release -o "$work/app" -v q -nologo >&2

export ConnectionStrings__Sqlite="Data Source=$work/sop.db" Media__Path="$work/media" DOTNET_gcServer=1
export Logging__LogLevel__Default=Warning Api__PermitLimit=100000 Api__Window=00:00:01

start_app() { # $1 environment
  ASPNETCORE_ENVIRONMENT=$1 Demo__Enabled=true \
    dotnet "$work/app/SopPublikasi.Cms.dll" --urls "$base" --contentRoot "$work/app" >"$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/healthz" && return 0
    sleep 0.5
  done
  echo "The app did not start:" >&2; cat "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }

echo "Demo data, then $items items..." >&2
start_app Development
stop_app
python3 "$root/bench/seed.py" "$work/sop.db" "$items" >&2
# The operator command must come first; it reads the configuration of the folder it runs in.
token=$(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production timeout 120 dotnet SopPublikasi.Cms.dll token create --user sekretaris --expires 1d | tail -1)
[[ $token == sop_* ]] || { echo "token create gave no token: $token" >&2; exit 1; }

start_app Production
# A signed-in Sekretaris for the admin page: the sign-in form's antiforgery and once-only tokens, then the cookie.
jar="$work/cookies"
form=$(curl -s -c "$jar" "$base/admin/masuk")
field() { grep -o "name=\"$1\"[^>]*value=\"[^\"]*\"" <<<"$form" | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
curl -s -o /dev/null -b "$jar" -c "$jar" "$base/admin/masuk" \
  --data-urlencode "__RequestVerificationToken=$(field __RequestVerificationToken)" \
  --data-urlencode "__FormToken=$(field __FormToken)" \
  --data-urlencode "Input.NamaPengguna=sekretaris" --data-urlencode 'Input.KataSandi=Demo#2026sop'
# curl writes HttpOnly cookies (the sign-in cookie is one) as lines starting with "#HttpOnly_".
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/admin/materi")
[[ $code == 200 ]] || { echo "Sign-in for /admin/materi failed ($code)" >&2; exit 1; }

word=$(python3 - "$work/sop.db" <<'PY'
import sqlite3, sys
title = sqlite3.connect(sys.argv[1]).execute("SELECT Title FROM MateriVersions ORDER BY rowid DESC LIMIT 1").fetchone()[0]
print(title.split()[0].lower())
PY
)
last=$(( (items + 19) / 20 ))
names=(api-page-1 api-filter api-search api-last-page admin-page-1 admin-filter admin-search admin-last-page)
urls=("/api/v1/materi" "/api/v1/materi?kategori=berita-kegiatan&klasifikasi=berkala" "/api/v1/materi?q=$word" "/api/v1/materi?page=$last"
      "/admin/materi" "/admin/materi?kategori=1&klasifikasi=berkala" "/admin/materi?q=$word" "/admin/materi?page=$last")

ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else printf "%.0f", v * 1000 }'; }
echo "| list | url | req/s | p50 ms | p90 ms | p99 ms | non-2xx |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for i in "${!names[@]}"; do
  url=${urls[$i]}
  if [[ ${names[$i]} == api-* ]]; then header="Authorization: Bearer $token"; else header="Cookie: $cookie"; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$base$url")
  [[ $code == 200 ]] || { echo "GET $url answered $code" >&2; exit 1; }
  wrk -t2 -c8 -d5s -H "$header" "$base$url" >/dev/null   # warm-up (tiered JIT)
  out=$(wrk -t2 -c8 -d"$duration" --latency -H "$header" "$base$url")
  printf '| %s | `%s` | %.0f | %s | %s | %s | %s |\n' "${names[$i]}" "$url" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")" "$(ms "$(awk '$1 == "90%" {print $2}' <<<"$out")")" \
    "$(ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")" "$(awk '/Non-2xx/ {print $5}' <<<"$out" | grep . || echo 0)"
done
stop_app
echo
echo "$items items; wrk -t2 -c8 -d$duration on 127.0.0.1; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); SQLite (WAL)."
