// HTML answers for the template of a .page file, from vscode-html-languageservice run on the virtual HTML
// document (pageDocument.toVirtualHtml): the request is forwarded to HTML only where HTML owns the position,
// as VS Code's "Embedded Programming Languages" guide does. Pure LSP types in and out (no vscode import).

import {
  type CompletionList,
  FoldingRange,
  type Hover,
  getLanguageService,
  type LanguageService,
  type Position,
} from 'vscode-html-languageservice';
import { findFrontmatter } from './pageDocument';
import type { PageSnapshot } from './pageSnapshot';

/** Answers completion, hover and folding for the HTML of .page templates. */
export class TemplateHtml {
  private readonly service: LanguageService = getLanguageService();

  /** HTML completion (tags, attributes, values, entities, closing tags) where HTML owns the position; else null. */
  complete(page: PageSnapshot, position: Position): CompletionList | null {
    if (page.kindAt(position) !== 'html') {
      return null;
    }
    return this.service.doComplete(page.html, position, this.service.parseHTMLDocument(page.html));
  }

  /** Hover on an HTML tag or attribute name where HTML owns the position; else null. */
  hover(page: PageSnapshot, position: Position): Hover | null {
    if (page.kindAt(position) !== 'html') {
      return null;
    }
    return this.service.doHover(page.html, position, this.service.parseHTMLDocument(page.html));
  }

  /** The `</tag>` to insert after typing `>` of a start tag (or `/` of `</`), as VS Code's HTML does; else null. */
  closeTag(page: PageSnapshot, position: Position): string | null {
    if (page.kindAt(position) !== 'html') {
      return null;
    }
    return this.service.doTagComplete(page.html, position, this.service.parseHTMLDocument(page.html));
  }

  /** Folding: the frontmatter, construct blocks spanning lines, and HTML's own ranges (elements, comments). */
  foldingRanges(page: PageSnapshot): FoldingRange[] {
    const ranges: FoldingRange[] = [];
    const frontmatter = findFrontmatter(page.text);
    if (frontmatter) {
      const startLine = page.html.positionAt(frontmatter.start).line;
      const endLine = page.html.positionAt(frontmatter.contentEnd).line;
      if (endLine > startLine) {
        ranges.push(FoldingRange.create(startLine, endLine));
      }
    }
    ranges.push(...constructBlockRanges(page));
    ranges.push(...this.service.getFoldingRanges(page.html));
    return ranges;
  }
}

// A construct's `{` at the end of a line to the line before its closing `}`.
function constructBlockRanges(page: PageSnapshot): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const open: number[] = [];
  for (const region of page.regions) {
    if (region.block === 'open') {
      open.push(page.html.positionAt(region.end).line);
    } else if (region.block === 'close' && open.length > 0) {
      const startLine = open.pop()!;
      const closeLine = page.html.positionAt(region.start).line;
      if (closeLine - 1 > startLine) {
        ranges.push(FoldingRange.create(startLine, closeLine - 1));
      }
    }
  }
  return ranges;
}

