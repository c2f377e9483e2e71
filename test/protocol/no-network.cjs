// Preloaded into the server under test: any attempt to open a network connection or resolve
// a host name is written to stderr as NETWORK-ATTEMPT and fails.
const net = require('node:net');
const dns = require('node:dns');
const report = what => { process.stderr.write(`NETWORK-ATTEMPT ${what}\n`); throw new Error('network access is not allowed in this test'); };
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const target = args[0];
  // the language server's own stdio and IPC pipes are not network connections
  if (target && typeof target === 'object' && target.path) return connect.apply(this, args);
  if (typeof target === 'string' && !/^\d+$/.test(target)) return connect.apply(this, args);
  return report(`connect ${JSON.stringify(target)}`);
};
dns.lookup = (host) => report(`lookup ${host}`);
for (const m of ['node:http', 'node:https']) {
  const mod = require(m);
  mod.request = (...a) => report(`${m} request ${String(a[0] && (a[0].href || a[0].host || a[0]))}`);
  mod.get = mod.request;
}
globalThis.fetch = async (url) => report(`fetch ${url}`);
