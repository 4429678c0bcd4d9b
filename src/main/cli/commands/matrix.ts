import type { CliCommand } from '../command';
import { renderMatrixTable } from '../matrix-table';
import { printJson, withLibrary } from './compare-support';

export const matrixCommand: CliCommand = {
  name: 'matrix',
  usage: 'matrix [--db FILE] [--json]   topics × apps: which topics each policy covers, then its key facts',
  async run(args, io) {
    const { buildMatrix } = await import('../../compare');
    return withLibrary(args, (reader) => {
      const m = buildMatrix(reader, {});
      if (args.flags.json) {
        printJson(io, {
          topics: m.topics,
          apps: m.apps.map((r) => ({
            app: r.app, document: r.document, version: r.version,
            cells: Object.fromEntries(Object.entries(r.cells).map(([t, c]) => [t, {
              status: c.status,
              sections: c.sections.map((s) => ({ section: s.section, heading: s.heading, start: s.start, end: s.end })),
              facts: c.facts.map((f) => ({ kind: f.kind, value: f.value, start: f.start, end: f.end })),
              excerpt: c.excerpt,
            }])),
          })),
        });
        return 0;
      }
      if (m.apps.length === 0) {
        io.stdout('the library is empty: run `index <folder>` first');
        return 0;
      }
      for (const line of renderMatrixTable(m)) io.stdout(line);
      return 0;
    });
  },
};
