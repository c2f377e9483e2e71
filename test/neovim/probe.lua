-- Run by test/neovim/run.mjs inside `nvim --headless` after the README's snippet
-- (test/neovim/dossier.lua) was loaded as init.lua: opens the article and the notes, waits
-- for the Dossier client and its diagnostics, asks for a hover and the document symbols,
-- writes what it saw to $DOSSIER_NVIM_OUT as JSON, and quits.
local env = function(name) return assert(os.getenv(name), name .. ' is not set') end
local out_path = env('DOSSIER_NVIM_OUT')
local wait_ms = tonumber(os.getenv('DOSSIER_NVIM_WAIT_MS') or '15000')
local result = { nvim = vim.version(), steps = {} }

local function step(name) table.insert(result.steps, name) end
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients -- 0.10 renamed it

local function dossier_client(bufnr)
  for _, client in pairs(get_clients()) do
    if client.name == 'dossier' and vim.lsp.buf_is_attached(bufnr, client.id) then return client end
  end
end

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = lsp.code,
    })
  end
  return list
end

-- open a file, wait for the client to attach and initialise, then for its diagnostics
local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  local info = { path = path, filetype = vim.bo[bufnr].filetype }
  info.attached = vim.wait(wait_ms, function()
    local client = dossier_client(bufnr)
    return client ~= nil and client.initialized == true
  end, 50)
  info.clients = {}
  for _, c in pairs(get_clients()) do
    table.insert(info.clients, { id = c.id, name = c.name, initialized = c.initialized == true })
  end
  local client = dossier_client(bufnr)
  if client then info.client = { id = client.id, name = client.name, offset_encoding = client.offset_encoding } end
  info.diagnostics_arrived = vim.wait(wait_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  info.diagnostics = diagnostics_of(bufnr)
  return bufnr, info
end

local function run()
  step('open article')
  local article, info = open(env('DOSSIER_NVIM_ARTICLE'))
  result.article = info
  if not info.attached then return end

  -- hover on the person's name: put the cursor there and let Neovim make the position
  step('hover')
  local word = env('DOSSIER_NVIM_HOVER_WORD')
  local found = vim.fn.search('\\V' .. vim.fn.escape(word, '\\'), 'cw')
  result.hover_cursor = vim.api.nvim_win_get_cursor(0)
  if found == 0 then error('"' .. word .. '" is not in the article') end
  local params = vim.lsp.util.make_position_params()
  result.hover_position = params.position
  local id = info.client.id
  local responses, request_error = vim.lsp.buf_request_sync(article, 'textDocument/hover', params, wait_ms)
  result.hover = responses and responses[id] or { err = request_error or 'no answer' }

  step('document symbols')
  responses, request_error = vim.lsp.buf_request_sync(article, 'textDocument/documentSymbol',
    { textDocument = vim.lsp.util.make_text_document_params() }, wait_ms)
  result.symbols = responses and responses[id] or { err = request_error or 'no answer' }

  -- a plain-text file (filetype "text") goes to the same client
  step('open notes')
  local _, notes = open(env('DOSSIER_NVIM_NOTES'))
  result.notes = notes

  -- the article's diagnostics once more, later: they must still follow the snippet's options
  -- (on 0.8 and later the server asks for its settings after starting, and publishes again)
  vim.wait(1000)
  result.article.final_diagnostics = diagnostics_of(article)
  step('done')
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local file = assert(io.open(out_path, 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qall!')
