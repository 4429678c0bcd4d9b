import { resolve } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { CliError, type CliCommand } from '../command';
import type { DocumentAnalysis } from '../../../shared/types';

interface AnalyzeResult {
  file: string;
  error: string | null;
  app: string | null;
  operator: string[];
  language: string | null;
  dates: DocumentAnalysis['dates'];
  sections: (Pick<DocumentAnalysis['sections'][number], 'id' | 'parent' | 'level' | 'number' | 'heading' | 'start' | 'end' | 'topics'>
    & { synthetic: 'preamble' | 'paragraph' | null })[];
  facts: Pick<DocumentAnalysis['facts'][number], 'kind' | 'value' | 'start' | 'end' | 'section'>[];
}

async function analyzeFile(file: string): Promise<AnalyzeResult> {
  const empty = { app: null, operator: [], language: null, dates: { published: null, effective: null, updated: null }, sections: [], facts: [] };
  try {
    const info = await stat(resolve(file)).catch(() => null);
    if (!info) return { file, error: `file not found: ${file}`, ...empty };
    if (!info.isFile()) return { file, error: `not a regular file: ${file}`, ...empty };
    const { defaultPipeline } = await import('../../index-job/defaultPipeline');
    const a = defaultPipeline.analyze(await defaultPipeline.ingest(resolve(file), await readFile(resolve(file))));
    return {
      file, error: null, app: a.app, operator: a.operator, language: a.language, dates: a.dates,
      sections: a.sections.map(({ id, parent, level, number, heading, start, end, topics, synthetic }) =>
        ({ id, parent, level, number, heading, start, end, topics, synthetic: synthetic ?? null })),
      facts: a.facts.map(({ kind, value, start, end, section }) => ({ kind, value, start, end, section })),
    };
  } catch (error) {
    return { file, error: (error instanceof Error ? error.message : String(error)).split('\n')[0], ...empty };
  }
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  usage: 'analyze <file>... [--json]   sections, topics and facts of files (not stored)',
  async run(args, io) {
    if (args.positional.length === 0) throw new CliError('analyze: missing <file>');
    const results: AnalyzeResult[] = [];
    for (const file of args.positional) results.push(await analyzeFile(file));
    if (args.flags.json) io.stdout(JSON.stringify(results));
    else {
      for (const r of results) {
        if (r.error) {
          io.stdout(`${r.file}: error: ${r.error}`);
          continue;
        }
        io.stdout(`${r.file}: ${r.app ?? '(unknown app)'} [${r.language}] ${r.sections.length} sections, ${r.facts.length} facts`);
        for (const s of r.sections) {
          const heading = s.synthetic === 'paragraph' ? '¶' : s.heading;
          io.stdout(`${'  '.repeat(s.level)}${s.number ?? ''} ${heading}  {${s.topics.join(', ')}}`);
        }
        for (const f of r.facts) io.stdout(`  ${f.kind}: ${typeof f.value === 'string' ? f.value : JSON.stringify(f.value)}`);
      }
    }
    // Like `index`: the run itself succeeded; per-file problems are in each entry's `error`.
    return 0;
  },
};
