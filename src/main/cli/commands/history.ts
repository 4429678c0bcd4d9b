import { CliError, type CliCommand } from '../command';
import { findApp, printJson, withLibrary } from './compare-support';

export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'history <app> [--db FILE] [--json]   versions of one app with what changed between them',
  async run(args, io) {
    const { buildHistory } = await import('../../compare');
    const ref = args.positional.join(' ').trim();
    if (!ref) throw new CliError('history: missing <app> (name or id)');
    return withLibrary(args, (reader) => {
      const h = buildHistory(reader, findApp(reader, ref).id);
      if (args.flags.json) {
        printJson(io, h);
        return 0;
      }
      io.stdout(`${h.app}: ${h.versions.length} version(s)`);
      for (const v of h.versions) {
        const counts = v.changeCount === null ? 'first version' : `${v.changeCount} change(s), ${v.substantiveCount} substantive`;
        io.stdout(`  v${v.version} ${v.date ?? '(no date)'}  ${counts}  ${v.path}`);
        for (const f of v.factChanges) io.stdout(`      ${f.kind}: ${f.old ?? '—'} → ${f.new ?? '—'}`);
      }
      return 0;
    });
  },
};
