import type { CliCommand } from '../command';
import { clip, printJson, withLibrary } from './compare-support';

const MARK = { pass: '✓', fail: '✗', unclear: '?' } as const;

export const checklistCommand: CliCommand = {
  name: 'checklist',
  usage: 'checklist [--db FILE] [--json]   disclosure checklist per app (latest version)',
  async run(args, io) {
    const { buildChecklists } = await import('../../compare');
    return withLibrary(args, (reader) => {
      const lists = buildChecklists(reader);
      if (args.flags.json) {
        printJson(io, lists);
        return 0;
      }
      if (lists.length === 0) io.stdout('the library is empty: run `index <folder>` first');
      for (const l of lists) {
        const passed = l.items.filter((i) => i.status === 'pass').length;
        io.stdout(`${l.app} (document ${l.document}): ${passed}/${l.items.length} pass`);
        for (const i of l.items) io.stdout(`  ${MARK[i.status]} ${i.id.padEnd(17)} ${clip(i.note, 60)}`);
      }
      return 0;
    });
  },
};
