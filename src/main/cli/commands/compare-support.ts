// Helpers shared by the compare-stage commands (matrix, compare, diff, history, checklist, export).
import type { AppSummary } from '../../../shared/types';
import type { LibraryReader } from '../../store/reader';
import { CliError, type CliIo, type ParsedArgs } from '../command';
import { openLibrary } from '../database';

/** Runs `fn` with the library open, always closing it. */
export async function withLibrary<T>(args: ParsedArgs, fn: (reader: LibraryReader) => Promise<T> | T): Promise<T> {
  const store = openLibrary(args);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** An app by numeric id or by name (case-insensitive, exact first, then unique substring). */
export function findApp(reader: LibraryReader, ref: string): AppSummary {
  const apps = reader.listApps();
  if (/^\d+$/.test(ref)) {
    const byId = apps.find((a) => a.id === Number(ref));
    if (byId) return byId;
  }
  const lower = ref.toLowerCase();
  const exact = apps.filter((a) => a.name.toLowerCase() === lower);
  if (exact.length === 1) return exact[0];
  const partial = apps.filter((a) => a.name.toLowerCase().includes(lower));
  if (partial.length === 1) return partial[0];
  if (partial.length > 1) throw new CliError(`"${ref}" matches several apps: ${partial.slice(0, 5).map((a) => `${a.name} (#${a.id})`).join(', ')}`);
  throw new CliError(`no app "${ref}" in the library (${apps.length} apps; see \`matrix\`)`);
}

export function listFlag(args: ParsedArgs, name: string): string[] {
  const v = args.flags[name];
  if (v === true) throw new CliError(`--${name} needs a value`);
  return typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2));
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
