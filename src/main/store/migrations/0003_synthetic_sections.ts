// Schema version 3: sections the analyzer made up (a preamble before the first heading, the
// paragraphs of a long heading-less body) are marked, so views and exports can tell them from
// the policy's own headings. Older rows are real headings (NULL).
export const up = `ALTER TABLE sections ADD COLUMN synthetic TEXT;`;
