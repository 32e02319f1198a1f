-- wrk script of the REST submission scenario: whole applications, as a mobile client makes them. Each application is
-- a draft (POST /api/my/cases), one upload per mandatory material (a small real PDF, checked by content like any
-- upload) and the submission, which gives the case its number. The item is BENCH_ITEM (bench/run.sh passes the
-- implementation code of 食品经营许可: four mandatory materials, so six requests per application).
-- wrk runs one Lua state per thread for all of the thread's connections, so the script keeps no state per
-- application: each answer is the case as the API returns it, and the next step is read off it (the first mandatory
-- material still missing, else the submission) and queued; any connection of the thread sends it, or starts a new
-- draft when nothing is queued. done() prints the number of submitted applications for the results table.
local item = os.getenv("BENCH_ITEM") or error("BENCH_ITEM is not set")
local cases = wrk.path
local draft = '{"itemCode":"' .. item .. '","description":"基准测试申请"}'
local boundary = "----bench-apply"
local pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" ..
  "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
local upload = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"material.pdf\"\r\n" ..
  "Content-Type: application/pdf\r\n\r\n" .. pdf .. "\r\n--" .. boundary .. "--\r\n"

-- wrk.format replaces the command line's headers (the token, Host) with the ones it is given, so add to a copy.
local function headersWith(contentType)
  local all = {}
  for name, value in pairs(wrk.headers) do all[name] = value end
  all["Content-Type"] = contentType
  return all
end

local queue = {}
submitted = 0

function request()
  local step = table.remove(queue, 1)
  if step == nil then
    return wrk.format("POST", cases, headersWith("application/json"), draft)
  end
  return step
end

-- The case's own id and version: nested records carry neither "version" nor, after the top-level one, "id"
-- (the API writes properties in alphabetical order: events with their ids come before the case's id).
local function identity(body)
  local id
  for found in body:gmatch('"id":(%d+)') do id = found end
  return id, body:match('"version":(%d+)}%s*$')
end

function response(status, headers, body)
  if status < 200 or status > 299 then return end
  if body:find('"status":"DRAFT"', 1, true) == nil then
    submitted = submitted + 1
    return
  end
  local id, version = identity(body)
  if id == nil or version == nil then
    io.stderr:write("apply.lua: no case id or version in the answer: " .. body:sub(1, 200) .. "\n")
    os.exit(1)
  end
  local materials = body:match('"materials":%[(.-)%]') or ""
  for material in materials:gmatch("{[^{}]*}") do
    if material:find('"necessity":"MANDATORY"', 1, true) and material:find('"state":"MISSING"', 1, true) then
      local position = material:match('"position":(%d+)')
      queue[#queue + 1] = wrk.format("POST", cases .. "/" .. id .. "/materials/" .. position .. "?version=" .. version,
        headersWith("multipart/form-data; boundary=" .. boundary), upload)
      return
    end
  end
  queue[#queue + 1] = wrk.format("POST", cases .. "/" .. id .. "/submission?version=" .. version, headersWith(nil))
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("submitted") end
  local seconds = summary.duration / 1e6
  io.write(string.format("note: rest-apply: %d applications submitted in %.1f s, %.1f applications/s " ..
    "(each a draft, one upload per mandatory material and the submission)\n", total, seconds, total / seconds))
end
