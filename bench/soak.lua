-- wrk script for bench/soak.sh: each request takes the next public URL of the mix (pages, feeds, API).
-- Published slugs are read from the file named by SOAK_SLUGS (one per line), so article pages are real.
local paths = { "/", "/berita", "/berita?halaman=2", "/kategori/berita-kegiatan", "/pengumuman", "/ppid",
  "/cari?q=posyandu", "/rss.xml", "/atom.xml", "/sitemap.xml", "/api/v1/berita", "/api/v1/berita?pageSize=5",
  "/api/v1/informasi-publik", "/kontak" }
local file = io.open(os.getenv("SOAK_SLUGS") or "", "r")
if file then
  for slug in file:lines() do
    paths[#paths + 1] = "/berita/" .. slug
    paths[#paths + 1] = "/api/v1/berita/" .. slug
  end
  file:close()
end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d\nreq/s %.0f\np50 ms %.2f\np99 ms %.2f\nmax ms %.2f\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  local e = summary.errors
  io.write(string.format("socket errors %d\nnon-2xx %d\n", e.connect + e.read + e.write + e.timeout, e.status))
end
