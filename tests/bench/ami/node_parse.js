// Parses a saved AMI byte stream with the npm package asterisk-manager's own reader (ManagerReader),
// in memory, in the same chunks as the C++ benchmark. Prints one JSON line.
'use strict';
const fs = require('fs');
const vm = require('vm');
const path = require('path');
const EventEmitter = require('events').EventEmitter;

const [file, chunkText, runsText] = process.argv.slice(2);
const chunk = parseInt(chunkText || '65536', 10);
const runs = parseInt(runsText || '3', 10);
const libFile = require.resolve('asterisk-manager/lib/ami.js');
const pkg = require(path.join(path.dirname(libFile), '..', 'package.json'));

// ManagerReader is not exported: load the library's file as is and hand the function out.
const source = fs.readFileSync(libFile, 'utf8') + '\n;module.exports.__ManagerReader = ManagerReader;';
const mod = { exports: {} };
vm.runInThisContext('(function (exports, require, module, __filename, __dirname) {' + source + '\n})', { filename: libFile })(
  mod.exports, (name) => require(name.startsWith('.') ? path.join(path.dirname(libFile), name) : name), mod, libFile, path.dirname(libFile));
const ManagerReader = mod.exports.__ManagerReader;

const bytes = fs.readFileSync(file);
let best = Infinity;
let frames = 0;
for (let r = 0; r < runs; ++r) {
  const emitter = new EventEmitter();
  let count = 0;
  emitter.on('rawevent', () => { ++count; });
  const context = {};
  const start = process.hrtime.bigint();
  for (let i = 0; i < bytes.length; i += chunk)
    ManagerReader.call(emitter, context, bytes.subarray(i, i + chunk));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  best = Math.min(best, seconds);
  frames = count;
}
process.stdout.write(JSON.stringify({ library: pkg.name + ' ' + pkg.version, node: process.version, frames, seconds: best,
  rssMiB: process.memoryUsage().rss / 1048576 }) + '\n');
