import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './ingest';

export interface WalkedFile {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface WalkProblem {
  path: string;
  error: string;
}

export interface WalkResult {
  files: WalkedFile[];
  problems: WalkProblem[];
}

const SEP = Buffer.from(sep);
const STAT_BATCH = 128;

function fsMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'not found';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read (${code ?? (err as Error).message})`;
  }
}

function hasSupportedExtension(name: Buffer): boolean {
  const lower = name.toString('latin1').toLowerCase();
  return SUPPORTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Names are read as bytes: a name that is not valid UTF-8 cannot be opened again through a JS string path. */
function utf8Path(bytes: Buffer): string | null {
  const s = bytes.toString('utf8');
  return Buffer.from(s, 'utf8').equals(bytes) ? s : null;
}

/**
 * Lists the supported documents under `root`, recursively, sorted by path. Read-only.
 * Hidden entries (leading `.`) are skipped; folder symlinks are never followed (no loops);
 * a file symlink inside the folder is skipped (its target is listed anyway), one leading
 * outside is reported, like unreadable folders and non-UTF-8 names.
 */
export async function walkFolder(root: string): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const rootAbs = resolve(root);
  let rootReal: string;
  try {
    const st = await stat(rootAbs);
    if (!st.isDirectory()) return { files, problems: [{ path: rootAbs, error: 'not a folder' }] };
    rootReal = await realpath(rootAbs);
  } catch (err) {
    return { files, problems: [{ path: rootAbs, error: fsMessage(err) }] };
  }

  const queue: Buffer[] = [Buffer.from(rootAbs)];
  while (queue.length) {
    const dir = queue.pop()!;
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      problems.push({ path: dir.toString('utf8'), error: fsMessage(err) });
      continue;
    }
    const candidates: { bytes: Buffer; link: boolean }[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (name[0] === 0x2e) continue;
      const full = Buffer.concat([dir, SEP, name]);
      if (entry.isDirectory()) queue.push(full);
      else if ((entry.isFile() || entry.isSymbolicLink()) && hasSupportedExtension(name)) {
        candidates.push({ bytes: full, link: entry.isSymbolicLink() });
      }
    }
    for (let i = 0; i < candidates.length; i += STAT_BATCH) {
      await Promise.all(candidates.slice(i, i + STAT_BATCH).map((c) => visitFile(c.bytes, c.link, rootReal, files, problems)));
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

async function visitFile(bytes: Buffer, link: boolean, rootReal: string, files: WalkedFile[], problems: WalkProblem[]): Promise<void> {
  const path = utf8Path(bytes);
  if (path === null) {
    problems.push({ path: bytes.toString('utf8'), error: 'file name is not valid UTF-8 (rename the file to index it)' });
    return;
  }
  try {
    if (link) {
      let target: string;
      try {
        target = await realpath(path);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        problems.push({ path, error: code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link' });
        return;
      }
      const inside = target === rootReal || target.startsWith(rootReal + sep);
      if (!inside) {
        problems.push({ path, error: 'symbolic link points outside the folder' });
        return;
      }
      // Inside the folder: the target itself is walked (or is a folder, which is never followed).
      return;
    }
    const st = await lstat(path);
    if (!st.isFile()) return;
    files.push({ path, size: st.size, mtimeMs: st.mtimeMs });
  } catch (err) {
    problems.push({ path, error: fsMessage(err) });
  }
}
