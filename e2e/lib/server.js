'use strict';
// Starts the kijkindewijk binary with `serve --demo` on a free port over a fresh temporary SQLite
// database, and reads the demo logins it prints. Nothing the server or the pages use may be on the
// internet: map tiles come from a tile server on localhost (lib/tiles.js), and postcodes only from
// the demo's own postcode table (the online geocoder is off).
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { startTiles } = require('./tiles');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Parses the table `serve --demo` prints: one line per login with role, login, name and TOTP
 * secret ("-" when the role has none). Names may hold spaces; roles, logins and secrets do not.
 */
function parseDemoOutput(text) {
  const password = (text.match(/with password: (\S+)/) || [])[1];
  const logins = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (/^role\s+login\s+name/.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (!line.trim()) break;
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [role, login] = parts;
    const secret = parts[parts.length - 1];
    logins.push({
      role,
      login,
      name: parts.slice(2, -1).join(' '),
      totpSecret: secret === '-' ? null : secret,
    });
  }
  return { password, logins };
}

/** Starts the server; resolves when it listens. `stop()` ends it and removes its database. */
async function startServer(binary, { password, log }) {
  if (!fs.existsSync(binary)) {
    throw new Error(`${binary} does not exist: build it first with \`cargo build\``);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kkdw-e2e-'));
  const tiles = await startTiles();
  const env = {
    ...process.env,
    KKDW_DATABASE_URL: `sqlite://${path.join(dir, 'e2e.db')}`,
    KKDW_DEMO_PASSWORD: password,
    KKDW_PUBLIC_URL: base,
    KKDW_LOG: process.env.KKDW_LOG || 'warn',
    KKDW_MAP_TILES_URL: tiles.url,
    KKDW_GEOCODER_URL: '',
  };
  delete env.KKDW_CONFIG;
  const child = spawn(path.resolve(binary), ['serve', '--demo', '--listen', `127.0.0.1:${port}`], {
    env,
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
    if (log) process.stderr.write(d);
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}\n${err}`)), 60000);
    child.stdout.on('data', (d) => {
      out += d;
      if (/listens on http/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}\n${err}`));
    });
  });
  await ready.catch(async (e) => {
    await tiles.stop();
    throw e;
  });
  const demo = parseDemoOutput(out);
  if (!demo.logins.length) throw new Error(`no demo logins in the output:\n${out}`);
  return {
    base,
    password: demo.password || password,
    logins: demo.logins,
    tiles,
    serverErrors: () => err.split('\n').filter((l) => /\bERROR\b/.test(l)),
    /** Runs a command of the binary on the same database (as the server's administrator would). */
    cli(args) {
      return execFileSync(path.resolve(binary), args, { env: { ...env, KKDW_LOG: 'error' }, cwd: dir, encoding: 'utf8' });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await tiles.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { startServer, parseDemoOutput, freePort };
