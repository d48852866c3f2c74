/**
 * Drawing the charts into an RGB buffer: a pie (构成) and grouped bars (本年 vs 上年). No text in
 * the image — names and figures go in the caption, so the Word file stays editable and the numbers
 * are the printed ones. Colours are named so the caption can say which slice is which.
 */
export const PALETTE: { name: string; rgb: [number, number, number] }[] = [
  { name: '蓝', rgb: [46, 99, 178] }, { name: '橙', rgb: [230, 126, 34] }, { name: '绿', rgb: [39, 154, 92] },
  { name: '红', rgb: [200, 55, 55] }, { name: '紫', rgb: [130, 80, 170] }, { name: '青', rgb: [23, 162, 184] },
  { name: '棕', rgb: [140, 90, 50] }, { name: '灰', rgb: [120, 120, 120] },
];

export class Raster {
  readonly rgb: Uint8Array;
  constructor(readonly width: number, readonly height: number) {
    this.rgb = new Uint8Array(width * height * 3).fill(255);
  }
  set(x: number, y: number, c: [number, number, number]): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.rgb[i] = c[0];
    this.rgb[i + 1] = c[1];
    this.rgb[i + 2] = c[2];
  }
  rect(x0: number, y0: number, w: number, h: number, c: [number, number, number]): void {
    for (let y = Math.round(y0); y < Math.round(y0 + h); y++) for (let x = Math.round(x0); x < Math.round(x0 + w); x++) this.set(x, y, c);
  }
}

/** A pie of the shares (fractions summing to 1), slices clockwise from 12 o'clock, with a legend of colour squares. */
export function pie(fractions: number[], width = 480, height = 300): Raster {
  const r = new Raster(width, height);
  const cx = Math.round(height / 2);
  const cy = Math.round(height / 2);
  const radius = Math.round(height / 2) - 12;
  const ends: number[] = [];
  let acc = 0;
  for (const f of fractions) ends.push((acc += f));
  for (let y = cy - radius; y <= cy + radius; y++) {
    for (let x = cx - radius; x <= cx + radius; x++) {
      const dx = x - cx;
      const dy = y - cy;
      if (dx * dx + dy * dy > radius * radius) continue;
      const turn = ((Math.atan2(dx, -dy) / (2 * Math.PI)) + 1) % 1;
      const k = ends.findIndex((e) => turn < e);
      r.set(x, y, PALETTE[(k < 0 ? fractions.length - 1 : k) % PALETTE.length].rgb);
    }
  }
  fractions.forEach((_, i) => r.rect(height + 20, 24 + i * 30, 18, 18, PALETTE[i % PALETTE.length].rgb));
  return r;
}

/** Grouped bars: for each item two bars (本年 colour 0, 上年 colour 7), heights to the largest value. */
export function bars(pairs: [number, number][], width = 480, height = 300): Raster {
  const r = new Raster(width, height);
  const max = Math.max(1e-9, ...pairs.flat());
  const base = height - 20;
  const slot = (width - 40) / Math.max(1, pairs.length);
  const bar = Math.min(40, slot / 3);
  r.rect(20, base, width - 40, 2, [60, 60, 60]);
  pairs.forEach(([cur, prev], i) => {
    const x = 20 + i * slot + slot / 2 - bar;
    const h1 = ((base - 20) * cur) / max;
    const h0 = ((base - 20) * prev) / max;
    r.rect(x, base - h1, bar, h1, PALETTE[0].rgb);
    r.rect(x + bar, base - h0, bar, h0, PALETTE[7].rgb);
  });
  return r;
}
