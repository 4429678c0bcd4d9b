// One OPP-115 policy as the classifier sees it in the bench: plain text with one paragraph per
// segment; each paragraph is a level-1 section whose heading is its first line when that line is
// short (segments often open with their heading). Shared by score-opp.mjs and score-tune.mjs.
export function oppAsSections(d) {
  let text = '';
  const sections = [];
  const segments = [];
  d.segments.forEach((s, i) => {
    const nstart = text.length;
    text += s.text + '\n\n';
    const firstLine = s.text.split('\n')[0];
    const isHeading = firstLine.length <= 80 && !/[.:;]$/.test(firstLine) && s.text.includes('\n');
    sections.push({
      id: i, parent: null, level: 1, number: null, heading: isHeading ? firstLine : '',
      start: nstart, end: text.length, nstart, nend: text.length,
      nbody: isHeading ? nstart + firstLine.length + 1 : nstart, topics: [],
    });
    if (s.labelled) segments.push({ start: nstart, end: nstart + s.text.length, classes: s.classes });
  });
  return { text, sections, segments };
}
