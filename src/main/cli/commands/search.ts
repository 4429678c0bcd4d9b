import { CliError, type CliCommand } from '../command';
import { stringFlag } from '../args';
import { openLibrary } from '../database';

export const searchCommand: CliCommand = {
  name: 'search',
  usage: 'search <query> [--db FILE] [--json] [--limit N]   full-text search of the indexed policies',
  async run(args, io) {
    const query = args.positional.join(' ');
    if (!query) throw new CliError('search: missing <query>');
    const limitFlag = stringFlag(args, 'limit');
    const limit = limitFlag === undefined ? 20 : Number(limitFlag);
    if (!Number.isInteger(limit) || limit < 1) throw new CliError(`search: --limit must be a positive whole number, not ${limitFlag}`);
    const store = openLibrary(args);
    try {
      const hits = store.search(query, limit);
      if (args.flags.json) {
        io.stdout(JSON.stringify(hits.map((h) => ({
          path: h.path, app: h.app, section: h.section, snippet: h.snippet, start: h.start, end: h.end, hits: h.hits,
          documentId: h.documentId, markStart: h.markStart, markEnd: h.markEnd,
        }))));
      } else if (hits.length === 0) io.stdout('no matches');
      else {
        for (const h of hits) {
          const marked = `${h.snippet.slice(0, h.markStart)}【${h.snippet.slice(h.markStart, h.markEnd)}】${h.snippet.slice(h.markEnd)}`;
          io.stdout(`${h.path}${h.app ? ` (${h.app})` : ''} — ${h.hits} hit${h.hits === 1 ? '' : 's'}${h.section ? ` in ${h.section}` : ''}`);
          io.stdout(`    ${marked}`);
        }
      }
      return 0;
    } finally {
      store.close();
    }
  },
};
