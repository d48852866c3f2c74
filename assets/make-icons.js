#!/usr/bin/env node
/**
 * Draws the add-in's icons (a ledger sheet with a check badge) as PNG files at the sizes Office
 * asks for: 16/32/80 for the ribbon button, 64/128 for the add-in icon (IconUrl /
 * HighResolutionIconUrl). No image library: shapes are sampled 4×4 per pixel for anti-aliasing
 * and written with zlib. Run `node assets/make-icons.js` after changing the drawing.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [15, 108, 92];
const LIGHT = [160, 205, 195];
const WHITE = [255, 255, 255];
const GOLD = [242, 183, 5];

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour at normalized (x, y), or null for transparent. Later shapes paint over earlier ones. */
function shade(x, y) {
  let c = null;
  if (inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18)) c = TEAL;
  if (inRoundRect(x, y, 0.18, 0.14, 0.7, 0.84, 0.05)) c = WHITE;
  for (const ly of [0.28, 0.42, 0.56]) if (inRoundRect(x, y, 0.26, ly, 0.62, ly + 0.07, 0.02)) c = LIGHT;
  if ((x - 0.71) ** 2 + (y - 0.71) ** 2 <= 0.235 ** 2) c = GOLD;
  const check = [[0.6, 0.71], [0.68, 0.8], [0.83, 0.62]];
  if (Math.min(distToSegment(x, y, check[0], check[1]), distToSegment(x, y, check[1], check[2])) <= 0.035) c = WHITE;
  return c;
}

function render(size) {
  const S = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
      const o = 1 + px * 4;
      if (a > 0) { row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a); }
      row[o + 3] = Math.round((255 * a) / (S * S));
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(w, h, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, render(size));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
