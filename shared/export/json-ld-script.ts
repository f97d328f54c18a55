/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser ends
 * the script at the first "</script" and treats "<!--" specially, whatever the
 * JSON means; escaping every <, > and & as \u003c etc. keeps the JSON value
 * identical while no markup can appear. U+2028/U+2029 are escaped too, for
 * consumers that still evaluate JSON as JavaScript.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function jsonLdScriptElement(value: unknown): string {
  return `<script type="application/ld+json">\n${serializeJsonForScript(value)}\n</script>`;
}
