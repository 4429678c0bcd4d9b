// A markdown file's YAML front matter (`---` › `title: …` › `date: …` › `---`), as site generators and wikis write it:
// metadata, not policy text, though its `title` names the page as an HTML `<title>` does.
const FRONT_MATTER = /^---[ \t]*\r?\n((?:[^\n]*\n){0,80}?)---[ \t]*(?:\r?\n|$)/;
const YAML_LINE = /^(?:[\w.-]+[ \t]*:|[ \t]|-[ \t]|#|\r?$)/;
const TITLE_FIELD = /^title[ \t]*:[ \t]*["']?(.*?)["']?[ \t]*\r?$/m;

export interface FrontMatter {
  /** Characters from the start of the text through the closing `---` line. */
  length: number;
  title?: string;
}

export function readFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  if (!m || !m[1].split('\n').every((line) => YAML_LINE.test(line))) return null;
  const title = TITLE_FIELD.exec(m[1])?.[1].trim();
  return { length: m[0].length, ...(title ? { title } : {}) };
}
