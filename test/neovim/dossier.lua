-- .news files are news articles (an autocmd rather than vim.filetype.add, which 0.7 ignores)
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.news', command = 'set filetype=news' })

local options = { sourcing = { minimumSeverity = 'information' } }
local config = {
  name = 'dossier',
  cmd = { 'dossier-ls', '--stdio' },
  root_dir = vim.fn.getcwd(),
  init_options = options,
  settings = { dossier = options }, -- 0.8 and later let the server ask for its settings
}
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'news', 'text', 'markdown' },
  callback = function(args)
    if vim.lsp.start then -- Neovim 0.8 and later
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7: start one client, attach each buffer to it
      client_id = client_id or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})
