'use strict';
// RFC 6238 TOTP (SHA1, 30 s, 6 digits), as the server and authenticator apps compute it.
const crypto = require('node:crypto');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (no padding needed, case-insensitive). */
function base32Decode(text) {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const idx = ALPHABET.indexOf(ch);
    if (idx < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** HOTP value for a key and counter (RFC 4226). */
function hotp(key, counter, digits = 6) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = crypto.createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/** The code for a base32 secret at time step `step` (Unix seconds / 30). */
function codeAtStep(secretB32, step) {
  return hotp(base32Decode(secretB32), step);
}

/** The current time step. */
function currentStep(now = Date.now()) {
  return Math.floor(now / 1000 / 30);
}

module.exports = { base32Decode, hotp, codeAtStep, currentStep };
