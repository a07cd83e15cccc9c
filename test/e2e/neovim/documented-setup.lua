-- Checks the Neovim set-up of docs/editors.md as a user would have it: run.sh extracts the snippet into an init.lua,
-- starts `nvim -u init.lua registry.json` and sources this file. It must attach the server to the ARM template
-- and to a .bicep file (which needs the snippet's vim.filetype.add), and apply its privateLink.rules setting
-- (pe-dns-zone-group raised to error). Writes { passed, failed, checks } to NVIM_OUT.
local out_path = assert(os.getenv('NVIM_OUT'), 'NVIM_OUT is required')
local bicep_file = assert(os.getenv('NVIM_BICEP'), 'NVIM_BICEP is required')
local TIMEOUT = 20000
local result = { checks = {} }
local passed, failed = 0, 0

local function check(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok and true or false, detail = (not ok) and detail or nil })
  if ok then passed = passed + 1 else failed = failed + 1 end
  io.stderr:write(string.format('%s documented set-up: %s%s\n', ok and '✔' or '✘', name, ok and '' or (' — ' .. tostring(detail))))
end

local function ours(bufnr)
  return vim.tbl_filter(function(d) return d.source == 'privatelink' end, vim.diagnostic.get(bufnr))
end

local function attached(bufnr)
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'privatelink' then return true end
  end
  return false
end

local ok, err = pcall(function()
  local json_buf = vim.api.nvim_get_current_buf()
  check('the ARM template attaches the privatelink client', vim.wait(TIMEOUT, function() return attached(json_buf) end, 20),
    'filetype ' .. vim.bo[json_buf].filetype)
  local found, zone_group = {}, nil
  vim.wait(TIMEOUT, function()
    found = ours(json_buf)
    zone_group = nil
    for _, d in ipairs(found) do if d.code == 'pe-dns-zone-group' then zone_group = d end end
    return zone_group ~= nil and zone_group.severity == vim.diagnostic.severity.ERROR
  end, 20)
  check('pe-dns-zone-group is reported', zone_group ~= nil, vim.inspect(found))
  check('the privateLink.rules setting raised it to error',
    zone_group ~= nil and zone_group.severity == vim.diagnostic.severity.ERROR, zone_group and zone_group.severity)

  vim.cmd('edit ' .. vim.fn.fnameescape(bicep_file))
  local bicep_buf = vim.api.nvim_get_current_buf()
  check('a .bicep file gets the bicep file type', vim.bo[bicep_buf].filetype == 'bicep', vim.bo[bicep_buf].filetype)
  check('the Bicep file attaches the same client', vim.wait(TIMEOUT, function() return attached(bicep_buf) end, 20), 'not attached')
  check('the Bicep file gets findings', vim.wait(TIMEOUT, function() return #ours(bicep_buf) > 0 end, 20), 'no diagnostics')
end)
if not ok then check('ran to the end', false, err) end

result.passed, result.failed = passed, failed
local handle = io.open(out_path, 'w')
handle:write(vim.fn.json_encode(result))
handle:close()
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop(true) end
vim.cmd(failed == 0 and passed > 0 and 'qall!' or 'cquit 1')
