'use strict';
/**
 * Preloaded into the Microsoft 365 Agents Playground (`node -r`) by scripts/start.js and the
 * e2e harness. The Playground calls `server.listen(port)` without a host, which binds every
 * network interface and would let anyone on the network chat with the anonymous local bot;
 * this makes a listen without a host bind to loopback instead.
 */
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  const portOnly = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (portOnly && (second === undefined || typeof second === 'function')) args.splice(1, 0, '127.0.0.1');
  return listen.apply(this, args);
};
