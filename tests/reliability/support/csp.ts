/** Parses a CSP header into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The CSP rules every Copydesk page must meet; returns the problems found. */
export function strictCspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  if (!scriptSrc) problems.push('no script-src or default-src');
  for (const source of scriptSrc ?? []) {
    if (/^'unsafe-(inline|eval|hashes)'$|^'wasm-unsafe-eval'$|^\*$|^(data|blob|https?|filesystem):?$/i.test(source)) problems.push(`script-src allows ${source}`);
  }
  if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  const base = csp.get('base-uri')?.join(' ');
  if (base !== "'none'" && base !== "'self'") problems.push('base-uri not restricted');
  if (!csp.has('default-src')) problems.push('no default-src');
  if (csp.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("frame-ancestors is not 'none'");
  return problems;
}
