-- The language server under Neovim's built-in LSP client (Debian bookworm ships Neovim 0.7.2), headless.
-- For each case of the spec: open the file, attach `node dist/server.js --stdio`, wait for the published
-- diagnostics, check their codes and positions, ask for a hover at the finding, ask for code actions, apply the
-- named fix through vim.lsp.util.apply_workspace_edit, and wait for the finding to go.
--
--   PRIVATELINK_SERVER=/abs/dist/server.js NVIM_SPEC=/abs/spec.json NVIM_ROOT=/abs/workspace NVIM_OUT=/abs/result.json \
--     nvim --headless --clean -n -c 'luafile lsp-test.lua'
--
-- The spec is a JSON list of cases: { file, filetype, expect = [{ code, line, character }] (0-based),
-- hover = substring, fix = substring of the title, after = substring of the document after the fix }.
-- Exit status 0 iff every check held; the result (each check, what the server said) goes to NVIM_OUT.

local function getenv(name)
  local value = os.getenv(name)
  assert(value and value ~= '', name .. ' is required')
  return value
end

local TIMEOUT = 20000
local server = getenv('PRIVATELINK_SERVER')
local root = getenv('NVIM_ROOT')
local out_path = getenv('NVIM_OUT')
local spec = vim.fn.json_decode(table.concat(vim.fn.readfile(getenv('NVIM_SPEC')), '\n'))

local version = vim.version()
local result = {
  client = string.format('Neovim %d.%d.%d', version.major, version.minor, version.patch),
  cases = {},
  checks = {},
  server_log = {},
}
local passed, failed = 0, 0

local function check(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok and true or false, detail = (not ok) and detail or nil })
  if ok then passed = passed + 1 else failed = failed + 1 end
  io.stderr:write(string.format('%s %s%s\n', ok and '✔' or '✘', name, ok and '' or (' — ' .. tostring(detail))))
  return ok
end

local published = {} -- uri -> { version = n, diagnostics = {...} }, as the server published them
local exited
local client_id = vim.lsp.start_client({
  name = 'privatelink',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'e2e' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      published[params.uri] = { count = ((published[params.uri] or {}).count or 0) + 1, diagnostics = params.diagnostics }
      return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
    end,
    ['window/logMessage'] = function(_, params) table.insert(result.server_log, params.message) end,
    ['window/showMessage'] = function(_, params) table.insert(result.server_log, params.message) end,
  },
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})

local function codes_of(diagnostics)
  local codes = {}
  for _, diagnostic in ipairs(diagnostics) do table.insert(codes, tostring(diagnostic.code)) end
  table.sort(codes)
  return table.concat(codes, ',')
end

local function run_case(case)
  local name = case.file
  local file = root .. '/' .. case.file
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = case.filetype
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local record = { file = case.file, filetype = case.filetype }
  table.insert(result.cases, record)

  -- 1. diagnostics: the expected codes at the expected positions
  local want = {}
  for _, expected in ipairs(case.expect) do table.insert(want, expected.code) end
  table.sort(want)
  local want_codes = table.concat(want, ',')
  vim.wait(TIMEOUT, function() return published[uri] ~= nil and codes_of(published[uri].diagnostics) == want_codes end, 20)
  local diagnostics = published[uri] and published[uri].diagnostics or {}
  record.diagnostics = diagnostics
  if not check(name .. ': diagnostics ' .. want_codes, codes_of(diagnostics) == want_codes, 'got ' .. codes_of(diagnostics)) then return end
  for _, expected in ipairs(case.expect) do
    local found = false
    for _, diagnostic in ipairs(diagnostics) do
      if diagnostic.code == expected.code and diagnostic.source == 'privatelink'
        and diagnostic.range.start.line == expected.line and diagnostic.range.start.character == expected.character then
        found = true
      end
    end
    check(string.format('%s: %s at %d:%d', name, expected.code, expected.line, expected.character), found, vim.fn.json_encode(diagnostics))
  end
  local in_neovim = vim.diagnostic.get(bufnr)
  check(name .. ': vim.diagnostic has them', #in_neovim == #diagnostics, #in_neovim .. ' in vim.diagnostic')
  local target = diagnostics[1]
  for _, diagnostic in ipairs(diagnostics) do
    if diagnostic.code == case.expect[1].code then target = diagnostic end
  end

  -- 2. hover at the finding
  local hover_text = ''
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = target.range.start }, TIMEOUT) or {}
  for _, response in pairs(responses) do
    if response.result then
      hover_text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(response.result.contents), '\n')
    end
  end
  record.hover = hover_text
  check(name .. ': hover mentions "' .. case.hover .. '"', hover_text:find(case.hover, 1, true) ~= nil, hover_text:sub(1, 300))

  -- 3. code actions for the finding, the fix applied
  local actions = {}
  responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target } },
  }, TIMEOUT) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  record.code_actions = vim.tbl_map(function(action) return action.title end, actions)
  local chosen
  for _, action in ipairs(actions) do
    if not chosen and action.title:find(case.fix, 1, true) then chosen = action end
  end
  -- The server sends fixes without their edit to clients that resolve them (Neovim declares resolveSupport for
  -- `edit`): resolved as vim.lsp.buf.code_action does when the user picks one.
  if chosen and not chosen.edit then
    local resolved = client.request_sync('codeAction/resolve', chosen, TIMEOUT, bufnr)
    chosen = resolved and resolved.result and resolved.result.edit and resolved.result or nil
  end
  if not check(name .. ': code action "' .. case.fix .. '"', chosen ~= nil, vim.fn.json_encode(record.code_actions)) then return end
  local before = published[uri].count
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  record.document_after = text
  check(name .. ': the fix wrote "' .. case.after .. '"', text:find(case.after, 1, true) ~= nil, text:sub(1, 300))

  -- 4. the server re-analyses the changed buffer and the finding goes
  vim.wait(TIMEOUT, function()
    if published[uri].count == before then return false end
    for _, diagnostic in ipairs(published[uri].diagnostics) do
      if diagnostic.code == target.code then return false end
    end
    return true
  end, 20)
  record.diagnostics_after = published[uri].diagnostics
  local still = false
  for _, diagnostic in ipairs(published[uri].diagnostics) do
    if diagnostic.code == target.code then still = true end
  end
  check(name .. ': ' .. target.code .. ' gone after the fix', published[uri].count > before and not still,
    vim.fn.json_encode(published[uri].diagnostics))
end

local ok, err = pcall(function()
  assert(client_id, 'could not start ' .. server)
  local client = vim.lsp.get_client_by_id(client_id)
  vim.wait(TIMEOUT, function() return client.initialized or exited ~= nil end, 20)
  if not check('the server initializes', client.initialized and not exited, vim.inspect(exited)) then return end
  local capabilities = client.server_capabilities or client.resolved_capabilities or {}
  check('the server offers hover and code actions',
    (capabilities.hoverProvider or capabilities.hover) and (capabilities.codeActionProvider or capabilities.code_action),
    vim.inspect(capabilities))
  for _, case in ipairs(spec) do
    local case_ok, case_err = pcall(run_case, case)
    if not case_ok then check(case.file .. ': ran to the end', false, case_err) end
  end
end)
if not ok then check('the test ran to the end', false, err) end

result.passed, result.failed = passed, failed
local handle = io.open(out_path, 'w')
handle:write(vim.fn.json_encode(result))
handle:close()
io.stderr:write(string.format('neovim: %d passed, %d failed\n', passed, failed))
vim.lsp.stop_client(client_id, true)
vim.cmd(failed == 0 and passed > 0 and 'qall!' or 'cquit 1')
