import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PageSnapshot } from '../../src/pageSnapshot';
import { TemplateHtml } from '../../src/templateHtml';

const html = new TemplateHtml();

/** A snapshot of `marked` with the `|` removed, and the LSP position of the bar. */
function at(marked: string): { page: PageSnapshot; position: { line: number; character: number } } {
  const offset = marked.indexOf('|');
  const page = new PageSnapshot('file:///site/Pages/index.page', 1, marked.slice(0, offset) + marked.slice(offset + 1));
  return { page, position: page.html.positionAt(offset) };
}

function labels(marked: string): string[] {
  const { page, position } = at(marked);
  return html.complete(page, position)?.items.map((i) => i.label) ?? [];
}

describe('HTML completion in the template', () => {
  test('offers tags after < below a frontmatter whose C# would confuse an HTML parser', () => {
    const items = labels('---\nvar list = items.Where(i => i < 3 && i > 0).ToList();\n---\n<ul>\n  <|');
    assert.ok(items.includes('li'), items.slice(0, 20).join(' '));
    assert.ok(items.includes('div'));
  });

  test('offers attributes of the element, after an attribute that holds a hole', () => {
    const items = labels('<a href={$"/tags/{tag}"} |></a>');
    assert.ok(items.includes('target'), items.slice(0, 20).join(' '));
    assert.ok(items.includes('download'));
  });

  test('closes the open element, across construct blocks', () => {
    const items = labels('<section>\n@if (a > b) {\n  <p>{a}</p>\n}\n</|');
    assert.ok(items.includes('/section') || items.includes('section'), items.join(' '));
  });

  test('offers attribute values', () => {
    const items = labels('<input type="|">');
    assert.ok(items.includes('checkbox'), items.join(' '));
  });

  test('says nothing inside C#: frontmatter, holes, construct headers', () => {
    assert.equal(html.complete(at('---\nvar x = <|\n---\n').page, at('---\nvar x = <|\n---\n').position), null);
    const hole = at('<p>{product.|}</p>');
    assert.equal(html.complete(hole.page, hole.position), null);
    const header = at('@if (a < |) {\n}');
    assert.equal(html.complete(header.page, header.position), null);
  });

  test('says nothing inside a template comment', () => {
    const { page, position } = at('{/* <| */}');
    assert.equal(html.complete(page, position), null);
  });
});

describe('HTML hover, close tags and folding', () => {
  test('hover on a tag name describes the element', () => {
    const { page, position } = at('<p>{x}</p><butt|on>go</button>');
    const hover = html.hover(page, position);
    assert.ok(hover, 'no hover');
    const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : String(hover.contents);
    assert.match(value, /button/i);
  });

  test('typing > of a start tag gives its end tag', () => {
    const { page, position } = at('@if (x) {\n  <div class={c}>|\n}');
    assert.equal(html.closeTag(page, position), '$0</div>');
  });

  test('folds the frontmatter, construct blocks and elements', () => {
    const page = new PageSnapshot('file:///a.page', 1, '---\nvar a = 1;\nvar b = 2;\n---\n<ul>\n@foreach (var x in xs) {\n  <li>{x}</li>\n  <li>again</li>\n}\n</ul>');
    const ranges = html.foldingRanges(page).map((r) => `${r.startLine}-${r.endLine}`);
    assert.ok(ranges.includes('0-3'), `frontmatter: ${ranges.join(' ')}`);
    assert.ok(ranges.includes('5-7'), `@foreach block: ${ranges.join(' ')}`);
    assert.ok(ranges.includes('4-8'), `<ul>: ${ranges.join(' ')}`);
  });
});
