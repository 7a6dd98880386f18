// The .page grammar used outside VS Code: Shiki (as a docs site or a blog would) highlights a page with it,
// with both of Shiki's regex engines (Oniguruma WASM, and the JavaScript one used where WASM is unwelcome).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { createHighlighter } from 'shiki';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

const grammar = JSON.parse(readFileSync(new URL('../../syntaxes/page.tmLanguage.json', import.meta.url), 'utf8'));
/** How a site registers the grammar with Shiki: the file as it is, an id, and the languages it embeds. */
const pageLanguage = { ...grammar, name: 'page', aliases: ['pages'], embeddedLangs: ['csharp', 'html', 'javascript', 'css'] };

const page = `---
using Shop.Data;
var product = await Products.FindAsync(Params["id"]);
---
<Layout Title={product.Name}>
  <h1 class="title">{product.Price:C}</h1>
  @foreach (var tag in product.Tags) {
    <a href={$"/tags/{tag}"}>{tag}</a>
  }
  {/* not written */}
  <script>const x = { a: 1 };</script>
</Layout>`;

const engines = {
  oniguruma: () => createOnigurumaEngine(import('shiki/wasm')),
  javascript: () => createJavaScriptRegexEngine(),
};

for (const [engineName, engine] of Object.entries(engines)) {
  describe(`Shiki (${engineName} engine)`, async () => {
    const highlighter = await createHighlighter({ themes: ['github-dark', 'github-light'], langs: ['csharp', 'html', 'javascript', 'css', pageLanguage], engine: engine() });
    // No time limit: on a busy machine the first line that embeds a language (compiling its regexes) can take
    // longer than Shiki's default 500 ms, which would leave the rest of that line as one uncoloured token.
    const tokenizeTimeLimit = 0;
    const lines = highlighter.codeToTokens(page, { lang: 'page', theme: 'github-dark', includeExplanation: true, tokenizeTimeLimit }).tokens;

    /** The scopes (outermost first) of the token holding `text` on `line` (its `occurrence`-th match). */
    function scopesOf(line, text, occurrence = 0) {
      let seen = 0;
      for (const token of lines[line]) {
        for (const part of token.explanation ?? []) {
          if (part.content.trim() === text && seen++ === occurrence) {
            return part.scopes.map((s) => s.scopeName);
          }
        }
      }
      assert.fail(`no token "${text}" on line ${line}: ${lines[line].map((t) => JSON.stringify(t.content)).join(' ')}`);
    }

    function colorOf(line, text) {
      const token = lines[line].find((t) => t.content.trim() === text);
      assert.ok(token, `no token "${text}" on line ${line}`);
      return token.color;
    }

    test('frontmatter is C# inside source.page', () => {
      const using = scopesOf(1, 'using');
      assert.equal(using[0], 'source.page');
      assert.ok(using.includes('meta.frontmatter.page'), using.join(' '));
      assert.ok(using.includes('keyword.other.directive.using.cs'), using.join(' '));
      assert.ok(scopesOf(2, 'await').includes('keyword.operator.expression.await.cs'));
    });

    test('holes are C# expressions, with a format specifier', () => {
      assert.ok(scopesOf(4, 'product').includes('meta.embedded.expression.page'));
      const format = scopesOf(5, 'C');
      assert.ok(format.includes('constant.other.format-specifier.page'), format.join(' '));
    });

    test('components are coloured apart from HTML tags', () => {
      assert.ok(scopesOf(4, 'Layout').includes('support.class.component.page'));
      assert.ok(scopesOf(5, 'h1').includes('entity.name.tag.html'));
      assert.notEqual(colorOf(4, 'Layout'), colorOf(5, 'h1'));
    });

    test('@foreach header is C#, its body markup', () => {
      assert.ok(scopesOf(6, '@').includes('keyword.control.directive.page'));
      assert.ok(scopesOf(6, 'in').includes('keyword.control.loop.in.cs'));
      assert.ok(scopesOf(7, 'a').includes('meta.block.page'));
      assert.ok(scopesOf(7, 'tag', 0).includes('meta.embedded.interpolation.cs'));
    });

    test('template comments and script bodies', () => {
      assert.ok(scopesOf(9, 'not written').includes('comment.block.template.page'));
      const brace = scopesOf(10, '{');
      assert.ok(brace.includes('source.js'), brace.join(' '));
      assert.ok(!brace.includes('meta.embedded.expression.page'), brace.join(' '));
    });

    test('codeToHtml renders the page with both themes', () => {
      const html = highlighter.codeToHtml(page, { lang: 'page', themes: { light: 'github-light', dark: 'github-dark' }, tokenizeTimeLimit });
      assert.match(html, /^<pre class="shiki shiki-themes github-light github-dark"/);
      assert.ok(html.includes('Layout'));
      assert.equal((html.match(/<span class="line">/g) ?? []).length, page.split('\n').length);
    });
  });
}
