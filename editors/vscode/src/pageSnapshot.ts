// One version of a .page text, scanned once: its regions and its virtual HTML document.

import type { Position } from 'vscode-html-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionKind, scanRegions, toVirtualHtml, type PositionKind, type Region } from './pageDocument';

/** One version of a .page text with its regions and HTML view, computed once and reused by every request. */
export class PageSnapshot {
  readonly regions: readonly Region[];
  readonly html: TextDocument;

  constructor(readonly uri: string, readonly version: number, readonly text: string) {
    this.regions = scanRegions(text);
    this.html = TextDocument.create(uri, 'html', version, toVirtualHtml(text, this.regions));
  }

  /** Who answers at a line/column (LSP position: 0-based, UTF-16 columns). */
  kindAt(position: Position): PositionKind {
    return positionKind(this.regions, this.html.offsetAt(position));
  }
}
