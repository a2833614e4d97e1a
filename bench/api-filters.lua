-- wrk script: GET /api/v1/berita through many filter combinations in turn, as integrators send them (with the
-- output cache off each is a miss anyway; with it on, every combination is its own cache entry).
-- 3 pages x 2 page sizes x 3 categories x 3 classes x 3 date ranges = 162 addresses.
local paths = {}
local categories = { "", "&kategori=berita-kegiatan", "&kategori=pengumuman" }
local classes = { "", "&klasifikasi=berkala", "&klasifikasi=serta-merta" }
local dates = { "", "&from=2025-01-01", "&from=2024-01-01&to=2025-06-30" }
for page = 1, 3 do
  for _, size in ipairs({ 10, 20 }) do
    for _, c in ipairs(categories) do
      for _, k in ipairs(classes) do
        for _, d in ipairs(dates) do
          paths[#paths + 1] = "/api/v1/berita?page=" .. page .. "&pageSize=" .. size .. c .. k .. d
        end
      end
    end
  end
end

local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
