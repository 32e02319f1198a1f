-- wrk script of the first-visit scenarios: every request asks for another address of the public item list, so the
-- page cache (PublishedCatalogueCache, at most 2,000 pages) never answers and each page is rendered as on a first
-- visit. The addresses combine search terms, themes, online levels, sorts and pages: 12 x 3 x 4 x 6 x 3 = 2,592
-- distinct lists, more than the cache holds, walked in order (each thread from its own start), so a list comes
-- again only after 2,591 others have pushed it out. Each run of wrk also tags its addresses with its start time
-- (visit=..., a parameter the page ignores), so the measured run does not find the pages its warm-up rendered.
-- The path of the scenario row is the page to ask for.
local terms = {"食品", "许可", "登记", "变更", "注销", "证", "医疗", "建设", "企业", "经营", "备案", "审批"}
local themes = {"", "INDIVIDUAL", "ENTERPRISE"}
local onlines = {"", "FULL", "PARTIAL", "NONE"}
local sorts = {"name", "-name", "code", "-updated", "department", "level"}
local pages = {1, 2, 3}

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local addresses = {}
for _, term in ipairs(terms) do
  for _, theme in ipairs(themes) do
    for _, online in ipairs(onlines) do
      for _, sort in ipairs(sorts) do
        for _, page in ipairs(pages) do
          local query = "q=" .. encode(term) .. "&sort=" .. encode(sort) .. "&page=" .. page
          if theme ~= "" then query = query .. "&theme=" .. theme end
          if online ~= "" then query = query .. "&online=" .. online end
          addresses[#addresses + 1] = query
        end
      end
    end
  end
end

local threads = 0
local next_index = 1

function setup(thread)
  -- Threads start half the list apart, so two threads never ask for the same address at once.
  thread:set("start", 1 + (threads * math.floor(#addresses / 2)) % #addresses)
  threads = threads + 1
end

local run = os.time()

function init(args)
  next_index = start or 1
end

function request()
  local query = addresses[next_index]
  next_index = next_index % #addresses + 1
  return wrk.format("GET", wrk.path .. "?" .. query .. "&visit=" .. run)
end
