import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../../shared/export/safe-url';

describe('the export URL allow-list', () => {
  const refused = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\r\nscript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    '//evil.example/',
    '/relative',
    '',
    'https://trusted.example@evil.example/',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(checkUrl(url, 'link', null).ok).toBe(false);
    });
  }

  it('accepts web and mail links, normalized the way a browser reads them', () => {
    expect(checkUrl(' HTTPS://Example.COM/a b?q="x"', 'link', null)).toEqual({ ok: true, href: 'https://example.com/a%20b?q=%22x%22', external: true });
    expect(checkUrl('mailto:desk@example.com', 'link', null)).toEqual({ ok: true, href: 'mailto:desk@example.com', external: false });
  });

  it('does not accept mail links as source URLs', () => {
    expect(checkUrl('mailto:desk@example.com', 'source', null).ok).toBe(false);
  });

  it('treats links to the site itself as internal', () => {
    expect(checkUrl('https://nordicdaily.example.com/x', 'link', 'nordicdaily.example.com')).toMatchObject({ ok: true, external: false });
    expect(checkUrl('https://other.example.com/x', 'link', 'nordicdaily.example.com')).toMatchObject({ ok: true, external: true });
  });
});
