/** Search results cut titles near 70 characters (html-validate's long-title rule), so cut at a word first. */
const MAX_TITLE_LENGTH = 70;

export function pageTitleOf(headline: string): string {
  const title = headline.trim() === '' ? 'Untitled article' : headline.trim().replace(/\s+/g, ' ');
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
