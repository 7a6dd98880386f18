// Splits a .page text into the regions each language owns, following SPEC.md §2: C# frontmatter between the
// first two `---` lines, then an HTML template whose `{...}` holes, construct headers (`@if (...)`) and
// `case X:` labels are C#, whose `{/* */}` comments write nothing, and whose <script>/<style> bodies are raw.
// Pure (no vscode import) so it is unit-tested under node and shared by completion, hover and folding.

import { skipCSharp } from './csharpText';

/** Which language owns a span of a .page file. */
export type RegionKind =
  /** C# between the `---` lines. */
  | 'frontmatter'
  /** A C# expression: a hole's content, a construct's condition, a switch label. */
  | 'csharp'
  /** Syntax of Pages itself that is neither HTML nor C#: `{`, `}`, `@if`, `} else {`, `{...`. */
  | 'construct'
  /** A `{/* ... *\/}` template comment. */
  | 'comment'
  /** Raw text inside <script> or <style>. */
  | 'script'
  | 'style';

/** A span `[start, end)` of the text in UTF-16 code units, owned by one language. Unlisted spans are HTML. */
export interface Region {
  readonly kind: RegionKind;
  readonly start: number;
  readonly end: number;
  /** On a construct region: it opens (`) {`, `else {`) or closes (`}`) a construct's block. */
  readonly block?: 'open' | 'close';
  /** On the braces of an attribute value hole (`name={x}`): the HTML view writes `"` there, so it reads `name="  "`. */
  readonly quote?: true;
}

/** What an offset is in: HTML where no region covers it. */
export type PositionKind = RegionKind | 'html';

/** The frontmatter's span: `start` is the opening `---`, `bodyStart` the first character of the template. */
export interface Frontmatter {
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly bodyStart: number;
}

const constructKeywords = new Set(['if', 'foreach', 'for', 'while', 'switch']);

/**
 * The frontmatter, when the first line (after a BOM) is `---` with only spaces or tabs after it, as the generator
 * reads it. Without a closing `---` everything after the first line is frontmatter (the generator reports it).
 */
export function findFrontmatter(text: string): Frontmatter | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstLineEnd = lineEnd(text, start);
  if (!isDelimiter(text, start, firstLineEnd)) {
    return undefined;
  }
  const contentStart = afterLineBreak(text, firstLineEnd);
  let lineStart = contentStart;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    if (isDelimiter(text, lineStart, end)) {
      return { start, contentStart, contentEnd: lineStart, bodyStart: afterLineBreak(text, end) };
    }
    lineStart = afterLineBreak(text, end);
  }
  return { start, contentStart, contentEnd: text.length, bodyStart: text.length };
}

/** Every non-HTML region of a .page text, in order, not overlapping. */
export function scanRegions(text: string): Region[] {
  const regions: Region[] = [];
  const frontmatter = findFrontmatter(text);
  let bodyStart = 0;
  if (frontmatter) {
    regions.push({ kind: 'frontmatter', start: frontmatter.start, end: frontmatter.bodyStart });
    bodyStart = frontmatter.bodyStart;
  }
  new TemplateScanner(text, regions).scan(bodyStart);
  return regions;
}

/** What the character at `offset` belongs to (the language that should answer a request there). */
export function positionKind(regions: readonly Region[], offset: number): PositionKind {
  for (const region of regions) {
    // The end of C#, script or style text is still inside it for completion: `{product.|}` asks C# at the `}`.
    const touchesEnd = region.kind === 'csharp' || region.kind === 'script' || region.kind === 'style';
    const inside = offset >= region.start && (touchesEnd ? offset <= region.end : offset < region.end);
    if (inside) {
      return region.kind;
    }
    if (region.start > offset) {
      break;
    }
  }
  return 'html';
}

/**
 * The HTML view of a .page text for an HTML language service: every non-HTML region is replaced by spaces, line
 * breaks kept, so offsets, lines and columns are the same as in the .page file. <script>/<style> bodies stay.
 */
export function toVirtualHtml(text: string, regions: readonly Region[] = scanRegions(text)): string {
  let html = '';
  let at = 0;
  for (const region of regions) {
    if (region.kind === 'script' || region.kind === 'style') {
      continue;
    }
    html += text.slice(at, region.start) + (region.quote ? '"' : blank(text.slice(region.start, region.end)));
    at = region.end;
  }
  return html + text.slice(at);
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function isDelimiter(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.slice(start, start + 3) !== '---') {
    return false;
  }
  for (let i = start + 3; i < end; i++) {
    if (text[i] !== ' ' && text[i] !== '\t') {
      return false;
    }
  }
  return true;
}

function lineEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') {
    i++;
  }
  return i;
}

function afterLineBreak(text: string, end: number): number {
  if (end >= text.length) {
    return text.length;
  }
  return text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
}

/** An open construct block: `{` after a construct header, closed by `}`. */
interface Block {
  readonly isSwitch: boolean;
}

/** Reads the template once, left to right, pushing the regions it meets. */
class TemplateScanner {
  private readonly blocks: Block[] = [];

  constructor(private readonly text: string, private readonly regions: Region[]) {}

  scan(from: number): void {
    const text = this.text;
    let i = from;
    let lineStart = true;
    while (i < text.length) {
      const c = text[i];
      if (lineStart && this.top()?.isSwitch) {
        const label = this.switchLabel(i);
        if (label > i) {
          i = label;
          lineStart = false;
          continue;
        }
      }
      if (c === '\n' || c === '\r') {
        lineStart = true;
        i++;
        continue;
      }
      if (c !== ' ' && c !== '\t') {
        lineStart = false;
      }
      if (c === '<') {
        i = this.markup(i);
      } else if (c === '{') {
        i = this.hole(i);
      } else if (c === '@') {
        i = this.construct(i);
      } else if (c === '}' && this.blocks.length > 0) {
        i = this.blockEnd(i);
      } else {
        i++;
      }
    }
  }

  private top(): Block | undefined {
    return this.blocks[this.blocks.length - 1];
  }

  private push(kind: RegionKind, start: number, end: number, block?: 'open' | 'close'): void {
    // An empty hole `{}` still has a C# position (completion right after `{`).
    if (end > start || (kind === 'csharp' && end === start)) {
      this.regions.push(block ? { kind, start, end, block } : { kind, start, end });
    }
  }

  // One brace of an attribute value hole: a quote in the HTML view, so HTML sees a value, not a bare `name=`.
  private pushQuote(at: number): void {
    this.regions.push({ kind: 'construct', start: at, end: at + 1, quote: true });
  }

  // `<!-- -->` is HTML (kept literally, braces too); a tag's quoted attribute values are literal text; its holes
  // and spreads are C#; <script>/<style> bodies are raw up to their end tag.
  private markup(at: number): number {
    const text = this.text;
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      return close < 0 ? text.length : close + 3;
    }
    const name = /^<([A-Za-z][A-Za-z0-9_\-.:]*)/.exec(text.slice(at, at + 64));
    if (!name) {
      return at + 1;
    }
    let i = at + name[0].length;
    while (i < text.length && text[i] !== '>') {
      const c = text[i];
      if (c === '"' || c === "'") {
        const close = text.indexOf(c, i + 1);
        i = close < 0 ? text.length : close + 1;
      } else if (c === '{') {
        i = this.hole(i);
      } else {
        i++;
      }
    }
    i = Math.min(i + 1, text.length);
    const raw = name[1].toLowerCase();
    if ((raw === 'script' || raw === 'style') && text[i - 2] !== '/') {
      const close = text.toLowerCase().indexOf(`</${raw}`, i);
      const end = close < 0 ? text.length : close;
      this.push(raw, i, end);
      return end;
    }
    return i;
  }

  // `{/* */}` is a comment; `{...x}` a spread; `{x}` / `{x:format}` a hole: the braces are Pages' own, the rest C#.
  private hole(at: number): number {
    const text = this.text;
    const comment = /^\{\s*\/\*/.exec(text.slice(at, at + 64));
    if (comment) {
      const close = text.indexOf('*/', at + comment[0].length);
      let end = close < 0 ? text.length : close + 2;
      const brace = /^\s*\}/.exec(text.slice(end, end + 64));
      end = brace ? end + brace[0].length : end;
      this.push('comment', at, end);
      return end;
    }
    const spread = /^\{\s*\.\.\./.exec(text.slice(at, at + 64));
    const open = spread ? spread[0].length : 1;
    const attributeValue = !spread && text[at - 1] === '=';
    if (attributeValue) {
      this.pushQuote(at);
    } else {
      this.push('construct', at, at + open);
    }
    const close = skipCSharp(text, at + open, '}');
    this.push('csharp', at + open, close);
    if (close >= text.length) {
      return text.length;
    }
    if (attributeValue) {
      this.pushQuote(close);
    } else {
      this.push('construct', close, close + 1);
    }
    return close + 1;
  }

  // `@word (`: a construct header (C# inside the parentheses) and its block; any other `@` is text.
  private construct(at: number): number {
    const text = this.text;
    const header = /^@([A-Za-z_]\w*)\s*\(/.exec(text.slice(at, at + 64));
    if (!header || !constructKeywords.has(header[1])) {
      return at + 1;
    }
    return this.header(at, at + header[0].length, header[1] === 'switch');
  }

  // From the construct's first character to its `(`: Pages syntax; then the C# condition; then `{` opens a block.
  private header(at: number, conditionStart: number, isSwitch: boolean): number {
    const text = this.text;
    this.push('construct', at, conditionStart);
    const close = skipCSharp(text, conditionStart, ')');
    this.push('csharp', conditionStart, close);
    const brace = /^\)\s*\{/.exec(text.slice(close, close + 256));
    if (!brace) {
      this.push('construct', close, Math.min(close + 1, text.length));
      return Math.min(close + 1, text.length);
    }
    this.push('construct', close, close + brace[0].length, 'open');
    this.blocks.push({ isSwitch });
    return close + brace[0].length;
  }

  // `}` closes a block; `} else {` and `} else if (c) {` go on to the next one.
  private blockEnd(at: number): number {
    const text = this.text;
    this.blocks.pop();
    this.push('construct', at, at + 1, 'close');
    const rest = text.slice(at, at + 256);
    const elseIf = /^\}\s*else\s+if\s*\(/.exec(rest);
    if (elseIf) {
      return this.header(at + 1, at + elseIf[0].length, false);
    }
    const elseBlock = /^\}\s*else\s*\{/.exec(rest);
    if (elseBlock) {
      this.push('construct', at + 1, at + elseBlock[0].length, 'open');
      this.blocks.push({ isSwitch: false });
      return at + elseBlock[0].length;
    }
    return at + 1;
  }

  // At a line start inside a @switch body: `case X:` / `case X when c:` / `default:` is C# up to its `:`.
  private switchLabel(at: number): number {
    const text = this.text;
    const label = /^[ \t]*(case\b|default\s*:)/.exec(text.slice(at, at + 64));
    if (!label) {
      return at;
    }
    const labelStart = at + label[0].length - label[1].length;
    const colon = label[1] === 'case' ? skipCSharp(text, labelStart + 4, ':') : at + label[0].length - 1;
    const end = Math.min(colon + 1, text.length);
    this.push('csharp', labelStart, end);
    return end;
  }
}
