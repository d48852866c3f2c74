/**
 * The CLI's contact with the file system, with a Chinese reason for everything that can go wrong:
 * inputs are regular files under a size cap (never /dev/zero or a named pipe that reads forever),
 * outputs are never an input and never overwrite a file without --force, and operating-system
 * errors (EACCES, EISDIR, ENOENT …) are said in Chinese instead of 「内部错误」 with an English code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sizeText } from '../sources/xlsx-limits';

/** An input the user gave that cannot be used: exit code 2 with this message. */
export class InputError extends Error {}

/** Size caps of the files the CLI reads (docs/json-contract.md, 「输入文件的限制」). */
export const SIZE_CAPS = {
  /** A whole 部门预算 package is 30–300 KB; 50 MB is far above any real one. */
  workbook: 50 * 1024 * 1024,
  /** A published PDF package is 0.3–5 MB; scanned ones reach tens of MB. */
  pdf: 100 * 1024 * 1024,
  /** A 说明 as text is 10–30 KB; 2 MB is about a hundred times that. */
  narrativeText: 2 * 1024 * 1024,
  /** A Word 说明 carries styles and perhaps pictures. */
  narrativeDocx: 20 * 1024 * 1024,
  /** Rules, corrections and templates are a few KB written by hand. */
  small: 1024 * 1024,
} as const;


/** A Chinese sentence for an operating-system error, or null when `e` is not one. */
export function osErrorText(e: unknown, file?: string): string | null {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code)) return null;
  const where = `「${file ?? err.path ?? ''}」`;
  switch (err.code) {
    case 'ENOENT':
      return `找不到${where}`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限读写${where}`;
    case 'EISDIR':
      return `${where}是一个文件夹，不是文件`;
    case 'ENOTDIR':
      return `${where}的路径中有一部分不是文件夹`;
    case 'EEXIST':
      return `${where}已存在`;
    case 'ENOSPC':
      return `磁盘空间不足，无法写入${where}`;
    case 'EROFS':
      return `${where}位于只读的磁盘上，无法写入`;
    case 'ENAMETOOLONG':
      return `路径${where}过长`;
    case 'ELOOP':
      return `${where}的符号链接形成了循环`;
    case 'EMFILE':
    case 'ENFILE':
      return `同时打开的文件过多，无法读取${where}`;
    case 'EBUSY':
      return `${where}正被其他程序占用`;
    default:
      return `无法读写${where}（系统错误 ${err.code}）`;
  }
}

/** stat() with the reason in Chinese. */
function statOf(file: string, what: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`找不到${what}「${file}」`);
    throw new InputError(osErrorText(e, file) ?? String(e));
  }
}

/**
 * The bytes of an input file: it must be a regular file (not a folder, a device or a pipe) no
 * larger than `cap` bytes.
 */
export function readInputFile(file: string, what: string, cap: number): Buffer {
  const st = statOf(file, what);
  if (st.isDirectory()) throw new InputError(`${what}「${file}」是一个文件夹，不是文件`);
  if (!st.isFile()) throw new InputError(`${what}「${file}」不是普通文件（可能是设备或管道），无法读取`);
  if (st.size > cap) throw new InputError(`${what}「${path.basename(file)}」过大（${sizeText(st.size)}，上限 ${sizeText(cap)}），请确认选对了文件`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(osErrorText(e, file) ?? String(e));
  }
}

/** Identity of a file on disk (device + inode), to tell when two paths are the same file. */
function sameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/**
 * Checks an output path before anything is computed: never one of the inputs (not even through
 * another spelling or a link), an existing file only with --force, never a folder, and its folder
 * must exist.
 */
export function checkOutputPath(out: string, option: string, inputs: string[], force: boolean): void {
  for (const input of inputs) {
    if (sameFile(out, input)) throw new InputError(`${option} 的输出文件「${out}」就是输入文件，不会覆盖它；请换一个文件名`);
  }
  const dir = path.dirname(path.resolve(out));
  let dirStat: fs.Stats | null = null;
  try {
    dirStat = fs.statSync(dir);
  } catch {
    dirStat = null;
  }
  if (!dirStat) throw new InputError(`${option} 的输出文件夹「${path.dirname(out)}」不存在，请先建立它或换一个位置`);
  if (!dirStat.isDirectory()) throw new InputError(`${option} 的输出位置「${path.dirname(out)}」不是文件夹`);
  let existing: fs.Stats | null = null;
  try {
    existing = fs.statSync(out);
  } catch {
    existing = null;
  }
  if (existing?.isDirectory()) throw new InputError(`${option} 的输出「${out}」是一个文件夹，请给出文件名`);
  if (existing && !existing.isFile()) throw new InputError(`${option} 的输出「${out}」不是普通文件，不会写入`);
  if (existing && !force) throw new InputError(`${option} 的输出文件「${out}」已存在；如要覆盖请加 --force`);
}

/** Writes an output checked by checkOutputPath; without --force a file that appeared meanwhile is kept. */
export function writeOutputFile(out: string, data: string | Uint8Array, force: boolean): void {
  try {
    fs.writeFileSync(out, data, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new InputError(`输出文件「${out}」已存在；如要覆盖请加 --force`);
    throw new InputError(`无法写入输出文件：${osErrorText(e, out) ?? String(e)}`);
  }
}
