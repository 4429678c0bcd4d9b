import { resolve } from 'node:path';
import { CliError, type CliCommand } from '../command';
import { stringFlag } from '../args';
import { findApp, listFlag, printJson, withLibrary } from './compare-support';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export --out FILE.xlsx|DIR [--apps A,B] [--db FILE] [--json]   workbook (or one CSV per sheet into DIR)',
  async run(args, io) {
    const { exportComparison } = await import('../../compare');
    const out = stringFlag(args, 'out');
    if (!out) throw new CliError('export: --out FILE.xlsx or --out DIR is required');
    const target = resolve(out);
    const format = target.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
    const refs = listFlag(args, 'apps');
    return withLibrary(args, async (reader) => {
      const apps = refs.map((r) => findApp(reader, r).id);
      let result;
      try {
        result = await exportComparison(reader, { out: target, format, apps, sheets: [] });
      } catch (error) {
        throw new CliError(`export: ${(error as Error).message}`);
      }
      if (args.flags.json) printJson(io, result);
      else io.stdout(`wrote ${result.rows} rows to ${result.files.join(', ')} in ${result.ms} ms`);
      return 0;
    });
  },
};
