import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

/**
 * Draws the Teams app icons (a shield with a keyhole) and writes them as PNGs with
 * nothing but node:zlib, so they can be regenerated anywhere: `npx tsx scripts/make-icons.ts`.
 * color.png: 192×192, white shield on the accent colour. outline.png: 32×32, white
 * shield outline on a transparent background, as Teams requires.
 */

type Rgba = readonly [number, number, number, number];
/** Which paint covers the point (u, v) of the unit square, or undefined for the background. */
type Painter = (u: number, v: number) => Rgba | undefined;

const ACCENT: Rgba = [0x0f, 0x6c, 0xbd, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];
const SUPERSAMPLES = 4;

/** Half-width of the shield at height v: straight sides, then an elliptic curve to the tip. */
function shieldHalfWidth(v: number, top: number, shoulder: number, tip: number, halfWidth: number): number {
  if (v < top || v > tip) return 0;
  if (v <= shoulder) return halfWidth;
  const t = (v - shoulder) / (tip - shoulder);
  return halfWidth * Math.sqrt(1 - t * t);
}

function insideShield(u: number, v: number, inset = 0): boolean {
  const halfWidth = shieldHalfWidth(v, 0.12 + inset, 0.5, 0.92 - inset * 1.6, 0.33 - inset);
  return Math.abs(u - 0.5) < halfWidth;
}

function insideKeyhole(u: number, v: number): boolean {
  const dx = u - 0.5;
  const dy = v - 0.42;
  if (dx * dx + dy * dy < 0.085 * 0.085) return true;
  if (v < 0.42 || v > 0.7) return false;
  const halfWidth = 0.035 + ((v - 0.42) / 0.28) * 0.035;
  return Math.abs(dx) < halfWidth;
}

const colorIcon: Painter = (u, v) => {
  if (insideShield(u, v) && !insideKeyhole(u, v)) return WHITE;
  return ACCENT;
};

const outlineIcon: Painter = (u, v) => {
  const ring = insideShield(u, v) && !insideShield(u, v, 0.08);
  return ring || insideKeyhole(u, v) ? WHITE : undefined;
};

/** Renders with supersampling so edges are anti-aliased (coverage becomes alpha). */
function render(size: number, paint: Painter): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLES; sy++) {
        for (let sx = 0; sx < SUPERSAMPLES; sx++) {
          const colour = paint((x + (sx + 0.5) / SUPERSAMPLES) / size, (y + (sy + 0.5) / SUPERSAMPLES) / size) ?? TRANSPARENT;
          for (let c = 0; c < 3; c++) sum[c] += colour[c] * colour[3];
          sum[3] += colour[3];
        }
      }
      const offset = (y * size + x) * 4;
      const alpha = sum[3] / (SUPERSAMPLES * SUPERSAMPLES);
      for (let c = 0; c < 3; c++) pixels[offset + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), every scanline unfiltered. */
function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const stride = size * 4;
  const scanlines = Buffer.alloc(size * (stride + 1));
  for (let y = 0; y < size; y++) rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const appPackage = resolve(__dirname, '..', 'appPackage');
writeFileSync(join(appPackage, 'color.png'), encodePng(192, render(192, colorIcon)));
writeFileSync(join(appPackage, 'outline.png'), encodePng(32, render(32, outlineIcon)));
process.stdout.write(`wrote ${appPackage}/color.png and outline.png\n`);
