import { isTopicId, TOPIC_IDS } from '../../../shared/taxonomy';
import { CliError, type CliCommand } from '../command';
import { stringFlag } from '../args';
import { clip, findApp, listFlag, printJson, withLibrary } from './compare-support';

export const compareCommand: CliCommand = {
  name: 'compare',
  usage: 'compare --topic ID --apps A,B[,C,D] [--db FILE] [--json]   one topic side by side, clause by clause',
  async run(args, io) {
    const { compareTopic } = await import('../../compare');
    const topic = stringFlag(args, 'topic');
    if (!topic) throw new CliError(`compare: --topic is required (one of ${TOPIC_IDS.join(', ')})`);
    if (!isTopicId(topic)) throw new CliError(`compare: unknown topic "${topic}" (one of ${TOPIC_IDS.join(', ')})`);
    const refs = listFlag(args, 'apps');
    if (refs.length < 2 || refs.length > 4) throw new CliError('compare: --apps needs 2 to 4 apps, comma-separated');
    return withLibrary(args, (reader) => {
      const apps = refs.map((r) => findApp(reader, r));
      const c = compareTopic(reader, topic, apps.map((a) => a.latest));
      if (args.flags.json) {
        printJson(io, c);
        return 0;
      }
      io.stdout(`${topic}: ${c.documents.map((d) => d.app).join(' | ')}`);
      for (const row of c.rows) {
        const cells = row.cells.map((cell) => (cell ? `${clip(cell.text, 40)} [${Math.round(cell.frequency * 100)}%]` : '—'));
        io.stdout(`${row.similarity.toFixed(2)}  ${cells.join('  |  ')}`);
      }
      return 0;
    });
  },
};
