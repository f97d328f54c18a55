import type { XssPayload } from './xss-corpus';

function text(value: string, style = ''): Record<string, unknown> {
  return { type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style };
}

function paragraph(...children: Array<Record<string, unknown>>): Record<string, unknown> {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
}

const HOSTILE_URLS = [
  "javascript:alert('XSS-URL-1')",
  "JaVaScRiPt:alert('XSS-URL-2')",
  " \tjavascript:alert('XSS-URL-3')",
  "java\nscript:alert('XSS-URL-4')",
  "vbscript:msgbox('XSS-URL-5')",
  "data:text/html,<script>alert('XSS-URL-6')</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTLVVSTC03Jyk8L3NjcmlwdD4=",
  'file:///etc/passwd',
  "\u0000javascript:alert('XSS-URL-9')",
  "https://ok.example/\"><script>alert('XSS-URL-10')</script>",
  "https://ok.example/' onmouseover='alert(\"XSS-URL-11\")",
];

const HOSTILE_STYLES = [
  "background:url(javascript:alert('XSS-CSS-1'))",
  "width:expression(alert('XSS-CSS-2'))",
  'background-image:url(https://xss.invalid/XSS-CSS-3.png)',
  "color:red;}</style><script>alert('XSS-CSS-4')</script>",
  'behavior:url(https://xss.invalid/XSS-CSS-5.htc)',
];

/**
 * A draft as someone could hand-edit it: valid against the schema, with every
 * payload as text, every hostile URL in a link node, hostile inline styles on
 * text, and payloads in the metadata and the sources.
 */
export function hostileDraft(id: string, corpus: XssPayload[]): Record<string, unknown> {
  const children: Array<Record<string, unknown>> = [
    { type: 'heading', tag: 'h2', version: 1, direction: null, format: '', indent: 0, children: [text(corpus[0]!.html)] },
  ];
  for (const payload of corpus) children.push(paragraph(text(`${payload.id} `), text(payload.html)));
  for (const [index, url] of HOSTILE_URLS.entries()) {
    children.push(
      paragraph(
        text('A link: '),
        { type: 'link', version: 1, url, rel: null, target: '_blank', title: `XSS-URL-${index + 1}" onmouseover="alert(1)`, direction: null, format: '', indent: 0, children: [text(`hostile link ${index + 1}`)] },
      ),
    );
  }
  for (const style of HOSTILE_STYLES) children.push(paragraph(text(`styled ${style.slice(0, 10)}`, style)));
  const meta = {
    headline: `<script>alert('XSS-META-1')</script><img src=x onerror=alert('XSS-META-2')>`,
    standfirst: `</title><script>alert('XSS-META-3')</script>`,
    byline: `"><svg onload=alert('XSS-META-4')>`,
    section: `<iframe src=javascript:alert('XSS-META-5')>`,
    tags: [`<img src=x onerror=alert('XSS-META-6')>`],
    slug: 'hostile',
    dateline: `</script><script>alert('XSS-META-7')</script>`,
    credit: `<a href="javascript:alert('XSS-META-8')">Capital</a>`,
    basedOnOtherOutlet: true,
  };
  const sources = [
    {
      id: 'src-hostile',
      name: `<script>alert('XSS-SRC-1')</script>`,
      kind: 'person',
      role: `"><img src=x onerror=alert('XSS-SRC-2')>`,
      url: `https://ok.example/a?q="><script>alert('XSS-SRC-3')</script>`,
      notes: `</script><!--<script>alert('XSS-SRC-4')</script>`,
      ownText: `<svg onload=alert('XSS-SRC-5')>`,
    },
  ];
  return {
    schemaVersion: 1,
    id,
    revision: 1,
    meta,
    sources,
    content: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } },
    status: 'draft',
    checkOverrides: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:30:00.000Z',
  };
}
