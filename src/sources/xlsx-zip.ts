/**
 * Reading a zip's entries with a cap: the sizes its central directory declares (read before
 * anything is inflated), and inflating that stops as soon as an entry passes its cap (a zip bomb
 * can lie about its sizes). Entries found by lower-case name.
 */
import type JSZip from 'jszip';

/** The size the central directory declares for an entry (jszip keeps it on the entry). */
export function declaredSize(f: JSZip.JSZipObject): number {
  const d = (f as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof d?.uncompressedSize === 'number' && d.uncompressedSize >= 0 ? d.uncompressedSize : 0;
}

export class TooBig extends Error {}

/** How many <name …> or <name> start tags the XML holds (one indexOf pass). */
export function countStartTags(xml: string, name: string): number {
  let n = 0;
  const open = `<${name}`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + open.length)) {
    const next = xml.charCodeAt(i + open.length);
    if (next === 62 || next === 32 || next === 47 || next === 9 || next === 10 || next === 13) n++;
  }
  return n;
}

/** Inflate one entry, stopping as soon as it passes `cap` bytes (whatever the directory claims). */
export function inflateCapped(f: JSZip.JSZipObject, cap: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const helper = (f as unknown as { internalStream(t: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
    helper
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        total += chunk.length;
        if (total > cap) {
          done = true;
          helper.pause();
          reject(new TooBig(String(total)));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e: Error) => {
        if (!done) {
          done = true;
          reject(e);
        }
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/** Zip entries by lower-case name (some writers vary the case of part names). */
export function entryFinder(zip: JSZip): (path: string) => JSZip.JSZipObject | null {
  const byLower = new Map<string, JSZip.JSZipObject>();
  zip.forEach((p, f) => {
    if (!f.dir) byLower.set(p.replace(/^\//, '').toLowerCase(), f);
  });
  return (p) => byLower.get(p.toLowerCase()) ?? null;
}

