import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { skipCSharp } from '../../src/csharpText';
import { findFrontmatter, positionKind, scanRegions, toVirtualHtml, type Region } from '../../src/pageDocument';

/** The source text of each region of `kind`, in order. */
function texts(text: string, kind: Region['kind']): string[] {
  return scanRegions(text)
    .filter((r) => r.kind === kind)
    .map((r) => text.slice(r.start, r.end));
}

/** The kind at the `|` in `marked` (the bar is removed first). */
function kindAtBar(marked: string): string {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return positionKind(scanRegions(text), offset);
}

describe('findFrontmatter', () => {
  test('is between the first two --- lines', () => {
    const text = '---\nvar x = 1;\n---\n<p>{x}</p>';
    const fm = findFrontmatter(text)!;
    assert.equal(text.slice(fm.contentStart, fm.contentEnd), 'var x = 1;\n');
    assert.equal(text.slice(fm.bodyStart), '<p>{x}</p>');
  });

  test('allows a BOM, CRLF and trailing spaces on the delimiters', () => {
    const text = '\uFEFF--- \r\nvar x = 1;\r\n---\t\r\n<p/>';
    const fm = findFrontmatter(text)!;
    assert.equal(fm.start, 1);
    assert.equal(text.slice(fm.contentStart, fm.contentEnd), 'var x = 1;\r\n');
    assert.equal(text.slice(fm.bodyStart), '<p/>');
  });

  test('is absent unless the first line is ---', () => {
    assert.equal(findFrontmatter('<p>hi</p>\n---\nx\n---\n'), undefined);
    assert.equal(findFrontmatter('----\nx\n---\n'), undefined);
    assert.equal(findFrontmatter(' ---\nx\n---\n'), undefined);
  });

  test('without a closing --- runs to the end of the text', () => {
    const text = '---\nvar x = 1;\n<p/>';
    const fm = findFrontmatter(text)!;
    assert.equal(fm.contentEnd, text.length);
    assert.equal(fm.bodyStart, text.length);
  });

  test('a --- line inside a C# string does not matter: the first --- line closes', () => {
    const text = '---\nvar s = """\n---\n""";\n';
    assert.equal(text.slice(findFrontmatter(text)!.bodyStart), '""";\n');
  });
});

describe('scanRegions', () => {
  test('holes are C#, their braces Pages syntax', () => {
    const text = '<h1>{product.Name}</h1><p>{product.Price:C}</p>';
    assert.deepEqual(texts(text, 'csharp'), ['product.Name', 'product.Price:C']);
    assert.deepEqual(texts(text, 'construct'), ['{', '}', '{', '}']);
  });

  test('nested braces, strings and interpolations stay inside the hole', () => {
    const text = '<a href={$"/tags/{tag}"}>{new { A = "}" }.A}</a>{\'}\'}';
    assert.deepEqual(texts(text, 'csharp'), ['$"/tags/{tag}"', 'new { A = "}" }.A', "'}'"]);
  });

  test('verbatim, raw and escaped strings and comments in a hole', () => {
    const text = '{@"a""}"}{"""x } y"""}{"\\"}"}{a /* } */ + b}';
    assert.deepEqual(texts(text, 'csharp'), ['@"a""}"', '"""x } y"""', '"\\"}"', 'a /* } */ + b']);
  });

  test('a spread keeps its ... with the braces', () => {
    assert.deepEqual(texts('<input {...attrs}>', 'construct'), ['{...', '}']);
    assert.deepEqual(texts('<input {...attrs}>', 'csharp'), ['attrs']);
  });

  test('quoted attribute values are literal: no hole inside', () => {
    const text = '<p title="a {b} c" data-x=\'{d}\' class={e}>{f}</p>';
    assert.deepEqual(texts(text, 'csharp'), ['e', 'f']);
  });

  test('construct headers are C# in their parentheses; the block braces are Pages syntax', () => {
    const text = '@if (a > (b + 1)) {\n<p/>\n} else if (c) {\n<q/>\n} else {\n<r/>\n}';
    assert.deepEqual(texts(text, 'csharp'), ['a > (b + 1)', 'c']);
    assert.deepEqual(texts(text, 'construct'), ['@if (', ') {', '}', ' else if (', ') {', '}', ' else {', '}']);
  });

  test('else may follow the } on the next line; prose else stays text', () => {
    const text = '@if (a) {\n<p/>\n}\n  else if (b) {\n<q/>\n}\nelse {\n<r/>\n}\nor else we stop';
    assert.deepEqual(texts(text, 'csharp'), ['a', 'b']);
    assert.deepEqual(texts(text, 'construct'), ['@if (', ') {', '}', '\n  else if (', ') {', '}', '\nelse {', '}']);
  });

  test('foreach, for, while and inline constructs', () => {
    const text = '<table>@foreach (var f in fortunes) {<tr><td>{f.Id}</td></tr>}</table>@for (var i = 0; i < n; i++) {x}@while (go()) {y}';
    assert.deepEqual(texts(text, 'csharp'), ['var f in fortunes', 'f.Id', 'var i = 0; i < n; i++', 'go()']);
  });

  test('@ that is not a construct is text', () => {
    const text = 'mail a@b.org, see https://host/@user or @forech (x) {y}';
    assert.deepEqual(texts(text, 'construct'), ['{', '}']);
    assert.deepEqual(texts(text, 'csharp'), ['y']);
  });

  test('case and default labels are C# only inside a @switch body, at a line start', () => {
    const text = '@switch (s) {\n  case Status.Paid when total > 100:\n  <p>in case: {x}</p>\n  default:\n  <p/>\n}\ncase 1: text';
    assert.deepEqual(texts(text, 'csharp'), ['s', 'case Status.Paid when total > 100:', 'x', 'default:']);
  });

  test('template comments hold no hole; HTML comments keep braces literal', () => {
    const text = '{/* a {b} */}<!-- {c} --><p>{d}</p>';
    assert.deepEqual(texts(text, 'comment'), ['{/* a {b} */}']);
    assert.deepEqual(texts(text, 'csharp'), ['d']);
  });

  test('script and style bodies are raw, their attributes may hold holes', () => {
    const text = '<script data-id={id}>const a = { b: 1 };</script><STYLE>p { color: red }</STYLE><p>{z}</p>';
    assert.deepEqual(texts(text, 'script'), ['const a = { b: 1 };']);
    assert.deepEqual(texts(text, 'style'), ['p { color: red }']);
    assert.deepEqual(texts(text, 'csharp'), ['id', 'z']);
  });

  test('an unclosed hole runs to the end without throwing', () => {
    const text = '<p>{product.Name</p>\n<p>more';
    assert.deepEqual(texts(text, 'csharp'), ['product.Name</p>\n<p>more']);
  });

  test('the frontmatter is one region from the opening --- to the template', () => {
    const text = '---\nvar x = "{";\n---\n<p>{x}</p>';
    assert.deepEqual(texts(text, 'frontmatter'), ['---\nvar x = "{";\n---\n']);
    assert.deepEqual(texts(text, 'csharp'), ['x']);
  });
});

describe('positionKind', () => {
  test('answers who owns each position', () => {
    assert.equal(kindAtBar('---\nvar x = Response.|;\n---\n<p/>'), 'frontmatter');
    assert.equal(kindAtBar('<p>{product.|}</p>'), 'csharp');
    assert.equal(kindAtBar('<p>{|}</p>'), 'csharp');
    assert.equal(kindAtBar('<p clas|s="x">{a}</p>'), 'html');
    assert.equal(kindAtBar('<|'), 'html');
    assert.equal(kindAtBar('@if (product.|) {\n}'), 'csharp');
    assert.equal(kindAtBar('{/* no| */}'), 'comment');
    assert.equal(kindAtBar('<script>doc|</script>'), 'script');
    assert.equal(kindAtBar('<style>p {| }</style>'), 'style');
  });
});

describe('toVirtualHtml', () => {
  test('blanks everything but HTML, keeping offsets and line breaks', () => {
    const text = '---\nvar x = 1;\n---\n<p class={x}>@if (x > 0) {\n<b>{x:C}</b>\n}</p>{/* c */}';
    const html = toVirtualHtml(text);
    assert.equal(html.length, text.length);
    assert.equal(html, '   \n          \n   \n<p class=" ">             \n<b>     </b>\n </p>         ');
  });

  test('an attribute value hole reads as a quoted value; a spread as spaces', () => {
    assert.equal(toVirtualHtml('<a href={url} {...rest} title={$"{a}"}>'), '<a href="   "           title="      ">');
  });

  test('keeps script and style bodies for the HTML service', () => {
    const text = '<script>let a = {b};</script>';
    assert.equal(toVirtualHtml(text), text);
  });

  test('keeps CRLF line breaks', () => {
    assert.equal(toVirtualHtml('---\r\nx\r\n---\r\n<p>{a}</p>'), '   \r\n \r\n   \r\n<p>   </p>');
  });
});

describe('skipCSharp', () => {
  test('finds the closer at depth zero', () => {
    assert.equal(skipCSharp('a(b)c)', 0, ')'), 5);
    assert.equal(skipCSharp('x ? (a) : b', 0, ':'), 8);
    assert.equal(skipCSharp('global::X :', 0, ':'), 10);
    assert.equal(skipCSharp('never closed', 0, '}'), 12);
  });
});
