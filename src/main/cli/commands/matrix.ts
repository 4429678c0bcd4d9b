import { buildMatrix } from '../../compare';
import type { CliCommand } from '../command';
import { printJson, withLibrary } from './compare-support';

const MARK = { present: '●', mentioned: '○', absent: '·' } as const;

export const matrixCommand: CliCommand = {
  name: 'matrix',
  usage: 'matrix [--db FILE] [--json]   topics × apps: which topics each policy covers',
  async run(args, io) {
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
      io.stdout(`${'app'.padEnd(24)} ${m.topics.map((t) => t.id.slice(0, 3)).join(' ')}`);
      for (const r of m.apps) {
        io.stdout(`${r.app.slice(0, 24).padEnd(24)} ${m.topics.map((t) => ` ${MARK[r.cells[t.id].status]} `).join(' ')}`);
      }
      io.stdout(`● section  ○ mentioned  · absent — ${m.apps.length} apps`);
      return 0;
    });
  },
};
