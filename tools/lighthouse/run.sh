#!/usr/bin/env bash
# Lighthouse (npm `lighthouse`, mobile preset) on Debian's Chromium against the public site with its demo data, as
# .ci/run calls it after the tests built everything. Accessibility, best practices and SEO must be 100 on every page
# below; performance is printed (and written to artifacts/lighthouse/*.json), never a gate: it depends on the machine.
# Usage: tools/lighthouse/run.sh [name...]   (from the repository root; needs `dotnet build` done and `npm ci` here;
# names, e.g. "galeri beranda", measure only those pages)
set -uo pipefail
cd "$(dirname "$0")/../.."

# The pages measured, by name and path; "{artikel}" is the newest published article. Add a line to measure another.
PAGES=(
  "beranda /"
  "artikel {artikel}"
  "ppid /ppid"
  "galeri /galeri"
)
if [[ $# -gt 0 ]]; then
  wanted=" $* "
  for i in "${!PAGES[@]}"; do [[ $wanted == *" ${PAGES[$i]%% *} "* ]] || unset 'PAGES[i]'; done
fi
GATED="accessibility best-practices seo"
BASE_URL="https://kecamatan-contoh.karanganyarkab.go.id" # a real-looking Site:PublicBaseUrl (canonical, og:image)

# npm ci takes minutes here: only when node_modules is missing or older than the lock file.
if ! [[ -x tools/lighthouse/node_modules/.bin/lighthouse && tools/lighthouse/node_modules/.package-lock.json -nt tools/lighthouse/package-lock.json ]]; then
  npm ci --prefix tools/lighthouse --no-audit --no-fund --loglevel=error >/dev/null || { echo "Lighthouse: npm ci failed."; exit 1; }
fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
site="http://127.0.0.1:$port"
mkdir -p artifacts/lighthouse

ASPNETCORE_ENVIRONMENT=Development Demo__Enabled=true \
  ConnectionStrings__Sqlite="Data Source=$work/lighthouse.db" Media__Path="$work/media" \
  Site__PublicBaseUrl="$BASE_URL" Logging__LogLevel__Default=Warning \
  dotnet run --project src/SopPublikasi.Cms --no-build --no-launch-profile --urls "$site" >"$work/site.log" 2>&1 &
site_pid=$!
cleanup() { kill "$site_pid" 2>/dev/null; wait "$site_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "$site/healthz" >/dev/null && break
  sleep 1
done
curl -fs "$site/healthz" >/dev/null || { echo "Lighthouse: the site did not start:"; tail -n 20 "$work/site.log"; exit 1; }

artikel=$(curl -fs "$site/api/v1/berita" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);const a=(j.data??j.items??j)[0];console.log("/berita/"+a.slug)})')
failures=0
measured=0
for entry in "${PAGES[@]}"; do
  name=${entry%% *}
  path=${entry#* }
  path=${path//\{artikel\}/$artikel}
  code=$(curl -s -o /dev/null -w '%{http_code}' "$site$path")
  if [[ $code == 404 ]]; then
    echo "Lighthouse SKIP $name ($path): 404 in this build (the page is not here yet)."
    continue
  fi

  CHROME_PATH=/usr/bin/chromium tools/lighthouse/node_modules/.bin/lighthouse "$site$path" --quiet \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="artifacts/lighthouse/$name.json" \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$work/chrome-$name" \
    >"$work/lh-$name.log" 2>&1 || { echo "Lighthouse FAIL $name ($path): lighthouse did not finish:"; tail -n 5 "$work/lh-$name.log"; failures=$((failures + 1)); continue; }
  measured=$((measured + 1))
  # One line per page with the four scores, then one line per gated category below 100 naming its failing audits.
  node - "artifacts/lighthouse/$name.json" "$name" "$path" "$GATED" <<'JS' || failures=$((failures + 1))
const [file, name, path, gated] = process.argv.slice(2);
const report = JSON.parse(require("fs").readFileSync(file, "utf8"));
const score = id => Math.round((report.categories[id]?.score ?? 0) * 100);
console.log(`Lighthouse ${name} (${path}): performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}, SEO ${score("seo")}`);
let failed = false;
for (const id of gated.split(" ")) {
  if (score(id) < 100) {
    failed = true;
    const audits = report.categories[id].auditRefs.filter(r => r.weight > 0 && (report.audits[r.id].score ?? 1) < 1).map(r => `${r.id}: ${report.audits[r.id].title}`);
    console.log(`Lighthouse FAIL ${name} (${path}): ${id} ${score(id)} < 100 — ${audits.join("; ")}`);
  }
}
process.exit(failed ? 1 : 0);
JS
done

echo "Lighthouse: $measured pages measured, $failures failed (accessibility, best practices and SEO must be 100; machine load $(cut -d' ' -f1-3 /proc/loadavg))."
[[ $failures -eq 0 && $measured -gt 0 ]]
