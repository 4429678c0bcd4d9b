import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type CliCommand } from '../command';
import { openLibrary } from '../database';

export const indexCommand: CliCommand = {
  name: 'index',
  usage: 'index <folder> [--db FILE] [--json] [--rebuild]   index a folder of policies (incremental)',
  async run(args, io) {
    const [folder] = args.positional;
    if (!folder) throw new CliError('index: missing <folder>');
    const root = resolve(folder);
    if (!existsSync(root)) throw new CliError(`folder not found: ${root}`);
    if (!statSync(root).isDirectory()) throw new CliError(`not a folder: ${root}`);
    const [{ FolderError, indexFolder }, { defaultPipeline }] = await Promise.all([
      import('../../index-job/indexFolder'), import('../../index-job/defaultPipeline')]);
    const store = openLibrary(args);
    try {
      const summary = await indexFolder(store, root, { pipeline: defaultPipeline });
      if (args.flags.json) io.stdout(JSON.stringify(summary));
      else {
        io.stdout(`${summary.documents} documents in ${root}: ${summary.indexed} indexed, ${summary.skipped} unchanged, `
          + `${summary.removed} removed, ${summary.failed.length} failed (${summary.ms} ms)`);
        for (const f of summary.failed) io.stdout(`  failed: ${f.path}: ${f.error}`);
      }
      return 0;
    } catch (error) {
      if (error instanceof FolderError) throw new CliError(error.message);
      throw error;
    } finally {
      store.close();
    }
  },
};
