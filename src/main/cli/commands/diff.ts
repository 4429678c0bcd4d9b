import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DiffSide } from '../../compare';
import type { VersionDiff } from '../../../shared/types';
import { CliError, type CliCommand } from '../command';
import { clip, printJson, withLibrary } from './compare-support';

async function fileSide(path: string): Promise<DiffSide> {
  const abs = resolve(path);
  if (!existsSync(abs)) throw new CliError(`file not found: ${path}`);
  if (!statSync(abs).isFile()) throw new CliError(`not a regular file: ${path}`);
  const { defaultPipeline } = await import('../../index-job/defaultPipeline');
  const doc = await defaultPipeline.ingest(abs, readFileSync(abs));
  const a = defaultPipeline.analyze(doc);
  return {
    id: null, path: abs, app: a.app, date: a.dates.effective ?? a.dates.updated ?? a.dates.published,
    text: doc.text, sections: a.sections, facts: a.facts, dates: a.dates,
  };
}

function toJson(d: VersionDiff): unknown {
  return {
    old: d.old, new: d.new,
    changes: d.changes.map((c) => ({
      kind: c.kind, significance: c.significance, topics: c.topics, oldSection: c.oldSection, newSection: c.newSection,
      old: c.old, new: c.new, ops: c.ops, summary: c.summary,
    })),
    factChanges: d.factChanges,
    summary: d.summary,
  };
}

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: 'diff <old> <new> [--db FILE] [--json]   section-aligned diff of two files or two document ids',
  async run(args, io) {
    const [a, b] = args.positional;
    if (!a || !b || args.positional.length > 2) throw new CliError('diff: give exactly two files or two document ids');
    const { diffDocuments, diffStoredVersions } = await import('../../compare');
    const ids = /^\d+$/.test(a) && /^\d+$/.test(b) && !existsSync(a) && !existsSync(b);
    const diff = ids
      ? await withLibrary(args, (reader) => diffStoredVersions(reader, Number(a), Number(b)))
      : diffDocuments(await fileSide(a), await fileSide(b));
    if (args.flags.json) {
      printJson(io, toJson(diff));
      return 0;
    }
    io.stdout(`${diff.old.path} → ${diff.new.path}: ${diff.changes.length} change(s), ${diff.factChanges.length} fact change(s)`);
    for (const line of diff.summary) io.stdout(`  ${clip(line, 160)}`);
    return 0;
  },
};
