// Every CLI command. The compare commands live beside these files; each module may export its
// command under any name, so the registry picks whatever CliCommand objects a module exports.
import type { CliCommand } from '../command';
import * as analyze from './analyze';
import * as checklist from './checklist';
import * as compare from './compare';
import * as diff from './diff';
import * as exportCmd from './export';
import * as history from './history';
import * as indexFolder from './index-folder';
import * as matrix from './matrix';
import * as search from './search';

const isCommand = (v: unknown): v is CliCommand =>
  typeof v === 'object' && v !== null && typeof (v as CliCommand).name === 'string' && typeof (v as CliCommand).run === 'function';

const modules: Record<string, unknown>[] = [indexFolder, search, analyze, matrix, compare, diff, history, checklist, exportCmd];

export const COMMANDS: readonly CliCommand[] = modules.flatMap((m) => Object.values(m).filter(isCommand));

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
