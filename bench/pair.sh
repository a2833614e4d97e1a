#!/usr/bin/env bash
# Paired benchmark of two builds: the same pages as run.sh, measured on two commits side by side, so that a change
# is compared with what came before it at the same time on the same machine. This machine's speed drifts by a third
# over minutes (docs/benchmarks.md, sessions 6-8), so builds measured one after another cannot be compared.
#
#   bench/pair.sh <ref A> <ref B> [articles=10000] [turn=5s] [turns=4] [pages=all|lists|name,name...] [cache=both|on|off]
#
# "lists" measures the list, category and search pages without the cache (the 100,000-article target); names pick
# rows (home, article, category, search, feed, api, api-filters, list, list-page-50). "api-filters" sends GET /api/v1/berita
# with 162 filter combinations in turn (bench/api-filters.lua); its url column shows one of them.
#
# Both builds are published in Release and run at once (Production, server GC, SQLite WAL), each on its own database
# seeded the same way (seed.py of its own commit, same random seed). For each page both are warmed up, then loaded in
# turns of wrk -t2 -c32 (A then B, then B then A, ...), so that the drift falls on both alike. Per build and page it
# prints the requests per second over all turns, the mean p50 and p99 of the turns, the CPU time of the site's
# process per request (utime + stime from /proc over the turns) and the non-2xx answers.
#
# Seeded databases are kept in $BENCH_CACHE (default /tmp/sop-bench-cache), keyed by the migrations and seed.py of
# the commit and the number of articles: seeding 100,000 articles takes minutes.
set -euo pipefail
ref_a=${1:?usage: bench/pair.sh <ref A> <ref B> [articles] [turn] [turns] [pages]}
ref_b=${2:?usage: bench/pair.sh <ref A> <ref B> [articles] [turn] [turns] [pages]}
articles=${3:-10000}
turn=${4:-5s}
turns=${5:-4}
pages=${6:-all}
caching=${7:-both}
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${BENCH_CACHE:-/tmp/sop-bench-cache}
work=$(mktemp -d /tmp/sop-pair.XXXXXX)
mkdir -p "$cache"
declare -A port=([A]=5187 [B]=5188) ref=([A]=$ref_a [B]=$ref_b) pid=()

cleanup() {
  kill "${pid[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  for side in A B; do git -C "$root" worktree remove --force "$work/src-$side" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
for side in A B; do
  if curl -s -o /dev/null "http://127.0.0.1:${port[$side]}/"; then
    echo "Port ${port[$side]} is already in use: stop whatever listens there first." >&2; exit 1
  fi
done

start_app() { # $1 side, $2 environment, $3 output cache on/off
  local side=$1 base="http://127.0.0.1:${port[$1]}"
  ConnectionStrings__Sqlite="Data Source=$work/$side/sop.db" Media__Path="$work/$side/media" DOTNET_gcServer=1 \
    Logging__LogLevel__Default=Warning Api__PermitLimit=100000 Api__Window=00:00:01 \
    ASPNETCORE_ENVIRONMENT=$2 Demo__Enabled=true Site__OutputCache=$3 \
    dotnet "$work/$side/app/SopPublikasi.Cms.dll" --urls "$base" --contentRoot "$work/$side/app" >"$work/$side/app.log" 2>&1 &
  pid[$side]=$!
  for _ in $(seq 1 900); do
    curl -sf -o /dev/null "$base/healthz" && return 0
    sleep 0.5
  done
  echo "Build $side did not start:" >&2; cat "$work/$side/app.log" >&2; exit 1
}

stop_app() { kill "${pid[$1]}"; wait "${pid[$1]}" 2>/dev/null || true; unset "pid[$1]"; }

for side in A B; do
  mkdir -p "$work/$side"
  commit=$(git -C "$root" rev-parse --verify "${ref[$side]}^{commit}")
  git -C "$root" worktree add --detach -q "$work/src-$side" "$commit"
  echo "Building $side = ${ref[$side]} ($commit, Release)..." >&2
  dotnet publish "$work/src-$side/src/SopPublikasi.Cms" -c Release -o "$work/$side/app" -v q -nologo >&2
  key=$(git -C "$root" rev-parse "$commit:src/Modules/SopPublikasi.Module/Data/Migrations" "$commit:bench/seed.py" | sha1sum | cut -c1-12)
  seeded="$cache/$key-$articles"
  if [[ ! -f $seeded/sop.db ]]; then
    echo "Seeding $articles articles for $side (kept in $seeded)..." >&2
    start_app "$side" Development true   # the schema, the demo accounts and three published articles to copy
    stop_app "$side"
    python3 "$work/src-$side/bench/seed.py" "$work/$side/sop.db" "$articles" >&2
    sqlite3 "$work/$side/sop.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    mkdir -p "$seeded" && cp "$work/$side/sop.db" "$seeded/" && cp -r "$work/$side/media" "$seeded/" 2>/dev/null || true
  else
    cp "$seeded/sop.db" "$work/$side/" && cp -r "$seeded/media" "$work/$side/" 2>/dev/null || true
  fi
done

slug="bench-$(( articles / 2 ))"
word=$(sqlite3 "$work/A/sop.db" "SELECT Title FROM MateriVersions ORDER BY rowid DESC LIMIT 1" | awk '{print tolower($1)}')
all_names=(home article category search feed api api-filters list list-page-50)
all_urls=("/" "/berita/$slug" "/kategori/berita-kegiatan" "/cari?q=$word" "/rss.xml" "/api/v1/berita" "/api/v1/berita?page=2&klasifikasi=berkala" "/berita" "/berita?halaman=50")
case $pages in
  all) wanted=home,article,category,search,feed,api,api-filters ;;
  lists) wanted=list,list-page-50,category,search ;;
  *) wanted=$pages ;;
esac
names=() urls=()
for want in ${wanted//,/ }; do
  for i in "${!all_names[@]}"; do
    [[ ${all_names[$i]} == "$want" ]] && names+=("$want") && urls+=("${all_urls[$i]}")
  done
done
(( ${#names[@]} )) || { echo "No page named in '$pages' (${all_names[*]})." >&2; exit 1; }

ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0; else printf "%.3f", v * 1000 }'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/${pid[$1]}/stat"; }
hz=$(getconf CLK_TCK)

warm_up() { # both sides in turns, at least 20 s each, then until a side's two runs in a row differ by < 5 % (60 s at most)
  local url=$1 side rate
  declare -A previous=([A]=0 [B]=0) settled=([A]=0 [B]=0)
  for run in $(seq 1 30); do
    for side in A B; do
      rate=$(wrk -t2 -c32 -d2s "${script[@]}" "http://127.0.0.1:${port[$side]}$url" | awk '/Requests\/sec/ {printf "%d", $2}')
      if (( run >= 10 && previous[$side] > 0 && rate * 100 >= previous[$side] * 95 && rate * 100 <= previous[$side] * 105 )); then
        settled[$side]=1
      fi
      previous[$side]=$rate
    done
    (( settled[A] && settled[B] )) && return 0
  done
  echo "  still changing after 60 s of warm-up ($url)" >&2
}

echo "| page | url | cache | A req/s | B req/s | A p50 ms | B p50 ms | A p99 ms | B p99 ms | A CPU ms/req | B CPU ms/req | non-2xx A/B |"
echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
case $caching in
  both) modes=(true false) ;;
  on) modes=(true) ;;
  off) modes=(false) ;;
  *) echo "cache must be both, on or off" >&2; exit 1 ;;
esac
[[ $pages == lists ]] && modes=(false)
for mode in "${modes[@]}"; do
  start_app A Production "$mode"
  start_app B Production "$mode"
  for i in "${!names[@]}"; do
    url=${urls[$i]}
    for side in A B; do
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port[$side]}$url")
      [[ $code == 200 ]] || { echo "Build $side: GET $url answered $code" >&2; exit 1; }
    done
    script=(); [[ ${names[$i]} == api-filters ]] && script=(-s "$root/bench/api-filters.lua")
    warm_up "$url"
    declare -A requests=([A]=0 [B]=0) seconds=([A]=0 [B]=0) ticks=([A]=0 [B]=0) p50=([A]=0 [B]=0) p99=([A]=0 [B]=0) errors=([A]=0 [B]=0)
    for t in $(seq 1 "$turns"); do
      order=(A B); (( t % 2 == 0 )) && order=(B A)
      for side in "${order[@]}"; do
        before=$(cpu_ticks "$side")
        out=$(wrk -t2 -c32 -d"$turn" --latency "${script[@]}" "http://127.0.0.1:${port[$side]}$url")
        after=$(cpu_ticks "$side")
        ticks[$side]=$(( ticks[$side] + after - before ))
        requests[$side]=$(( requests[$side] + $(awk '/requests in/ {print $1}' <<<"$out") ))
        seconds[$side]=$(awk -v s="${seconds[$side]}" -v d="$(awk '/requests in/ {sub(/,$/, "", $4); print $4}' <<<"$out")" \
          'BEGIN { if (d ~ /ms$/) d = d / 1000; else if (d ~ /m$/) d = d * 60; else d = d + 0; print s + d }')
        p50[$side]=$(awk -v a="${p50[$side]}" -v b="$(ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")" 'BEGIN { print a + b }')
        p99[$side]=$(awk -v a="${p99[$side]}" -v b="$(ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")" 'BEGIN { print a + b }')
        errors[$side]=$(( errors[$side] + $(awk '/Non-2xx/ {print $5; f=1} END {if (!f) print 0}' <<<"$out") ))
      done
    done
    row() { # $1 side: req/s p50 p99 cpu
      awk -v r="${requests[$1]}" -v s="${seconds[$1]}" -v a="${p50[$1]}" -v b="${p99[$1]}" -v k="${ticks[$1]}" -v hz="$hz" -v n="$turns" \
        'BEGIN { printf "%.0f %.2f %.2f %.3f", r / s, a / n, b / n, k * 1000 / hz / r }'
    }
    read -r ra a50 a99 acpu <<<"$(row A)"
    read -r rb b50 b99 bcpu <<<"$(row B)"
    printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s/%s |\n' "${names[$i]}" "$url" \
      "$([[ $mode == true ]] && echo on || echo off)" "$ra" "$rb" "$a50" "$b50" "$a99" "$b99" "$acpu" "$bcpu" "${errors[A]}" "${errors[B]}"
  done
  for side in A B; do echo "(cache $mode: build $side peak RSS $(( $(awk '/VmHWM/ {print $2}' "/proc/${pid[$side]}/status") / 1024 )) MB)" >&2; done
  stop_app A; stop_app B
done
echo
echo "A = $ref_a ($(git -C "$root" rev-parse --short "$ref_a")), B = $ref_b ($(git -C "$root" rev-parse --short "$ref_b")); $articles published articles;" \
  "$turns turns of wrk -t2 -c32 -d$turn per build and page, alternating; $(nproc) cores; $(dotnet --version) SDK; SQLite (WAL)."
