import type { Draft } from '../model/draft';
import { attributes, escapeText } from './html-escape';
import { checkUrl } from './safe-url';
import { creditedOutletName, creditedSource } from './syndication-credit';

/** "Source: Capital", linked to the original story when the draft's sources hold its URL. */
export function renderCreditLine(draft: Draft, siteHost: string | null): string {
  const outlet = creditedOutletName(draft.meta.credit);
  if (outlet === '') return '';
  const source = creditedSource(draft.meta.credit, draft.sources);
  const checked = source && source.url !== '' ? checkUrl(source.url, 'source', siteHost) : undefined;
  const name = checked?.ok
    ? `<a${attributes([['href', checked.href], ['rel', checked.external ? 'noopener noreferrer' : undefined]])}>${escapeText(outlet)}</a>`
    : escapeText(outlet);
  return `<p class="credit">Source: ${name}</p>`;
}
