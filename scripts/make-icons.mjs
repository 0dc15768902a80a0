#!/usr/bin/env node
/**
 * Draws the toolbar and store icons (`icons/16.png` … `icons/128.png`): a rounded
 * speech bubble with an exclamation mark, the "argument" someone is about to make.
 *
 * No image library: shapes are tested per sub-sample (8×8 per pixel, so edges are
 * anti-aliased by coverage) and written with a minimal PNG encoder over Node's zlib
 * (PNG spec: https://www.w3.org/TR/png-3/ — signature, IHDR, one IDAT, IEND; colour
 * type 6 = 8-bit RGBA, filter type 0 on every scanline). Deterministic: the same
 * script always writes byte-identical files.
 *
 * Usage: node scripts/make-icons.mjs [outDir]   (default: icons/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** Icon sizes in px required by the manifest (`icons`, `action.default_icon`). */
export const SIZES = [16, 32, 48, 128];

/** Bubble colour (a calm blue, WCAG contrast with the white mark 6.1:1) and mark colour, as RGB 0..255. */
const BUBBLE = [29, 95, 191];
const MARK = [255, 255, 255];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as used by PNG chunks (ISO 3309 polynomial, reflected). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes straight (non-premultiplied) RGBA pixels as a PNG.
 * @param width, height  size in px
 * @param rgba  width*height*4 bytes, row by row from the top
 * @throws Error when `rgba` has the wrong length
 */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression 0, filter method 0, interlace 0: bytes 10..12 stay 0
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1 across the icon, y downwards).
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const s1 = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  const s2 = (cx - bx) * (y - by) - (cy - by) * (x - bx);
  const s3 = (ax - cx) * (y - cy) - (ay - cy) * (x - cx);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function inBubble(x, y) {
  return inRoundedRect(x, y, 0.04, 0.06, 0.96, 0.76, 0.2) || inTriangle(x, y, [0.2, 0.7], [0.46, 0.7], [0.16, 0.96]);
}

function inMark(x, y) {
  // Exclamation mark: a rounded bar and a dot, wide enough to survive at 16 px.
  const bar = inRoundedRect(x, y, 0.43, 0.15, 0.57, 0.5, 0.07);
  const dot = (x - 0.5) ** 2 + (y - 0.62) ** 2 <= 0.075 ** 2;
  return bar || dot;
}

/** Renders the icon at `size` px as straight RGBA bytes. */
export function renderIcon(size, samples = 8) {
  const rgba = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bubble = 0;
      let mark = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (inBubble(x, y)) {
            bubble++;
            if (inMark(x, y)) mark++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (bubble === 0) continue;
      const m = mark / bubble; // share of the covered area that is mark
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BUBBLE[c] * (1 - m) + MARK[c] * m);
      rgba[i + 3] = Math.round((255 * bubble) / n);
    }
  }
  return rgba;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, process.argv[2] ?? 'icons');
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
