/** A URL slug from a headline: lowercase ASCII letters, digits and single dashes, at most 80 characters. */
export function slugify(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** What an editor typed into the slug field, reduced to the characters a slug may hold. */
export function cleanSlugInput(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 200);
}

/**
 * The slug follows the headline until the editor sets one by hand: while it
 * is empty or still the one generated from the previous headline.
 */
export function nextSlug(previousHeadline: string, nextHeadline: string, currentSlug: string): string {
  if (currentSlug === '' || currentSlug === slugify(previousHeadline)) return slugify(nextHeadline);
  return currentSlug;
}
