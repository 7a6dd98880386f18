// HTML in the template, answered in the extension by vscode-html-languageservice on the virtual HTML document
// (templateHtml.ts), converted to VS Code's types here.

import * as vscode from 'vscode';
import type { CompletionList } from 'vscode-html-languageservice';
import type { SnapshotCache } from './snapshotCache';
import type { TemplateHtml } from './templateHtml';

/**
 * Registers HTML completion, hover and end-tag insertion in the template, and folding of the whole page, for
 * documents matching `selector`. They answer only where HTML owns the position; C# is the server's.
 */
export function registerHtmlProviders(selector: vscode.DocumentSelector, html: TemplateHtml, snapshots: SnapshotCache): vscode.Disposable[] {
  const completion: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      if (!vscode.workspace.getConfiguration('pages.html', document).get<boolean>('completion', true)) {
        return undefined;
      }
      const list = html.complete(snapshots.get(document), position);
      return list && list.items.length > 0 ? asCompletionList(list) : undefined;
    },
  };
  const hover: vscode.HoverProvider = {
    provideHover(document, position) {
      const answer = html.hover(snapshots.get(document), position);
      if (!answer) {
        return undefined;
      }
      const contents = typeof answer.contents === 'string' ? answer.contents : 'value' in answer.contents ? answer.contents.value : '';
      return new vscode.Hover(new vscode.MarkdownString(contents), answer.range && asRange(answer.range));
    },
  };
  const folding: vscode.FoldingRangeProvider = {
    provideFoldingRanges(document) {
      return html
        .foldingRanges(snapshots.get(document))
        .map((r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined));
    },
  };
  return [
    // The trigger characters of VS Code's own HTML support.
    vscode.languages.registerCompletionItemProvider(selector, completion, '.', ':', '<', '"', '=', '/'),
    vscode.languages.registerHoverProvider(selector, hover),
    vscode.languages.registerFoldingRangeProvider(selector, folding),
    vscode.workspace.onDidChangeTextDocument((e) => closeTagAfterTyping(e, html, snapshots)),
  ];
}

// As VS Code's HTML support does: typing the `>` of a start tag inserts its end tag after the cursor.
function closeTagAfterTyping(e: vscode.TextDocumentChangeEvent, html: TemplateHtml, snapshots: SnapshotCache): void {
  const editor = vscode.window.activeTextEditor;
  const change = e.contentChanges[e.contentChanges.length - 1];
  if (
    e.document.languageId !== 'page' ||
    !editor ||
    editor.document !== e.document ||
    e.contentChanges.length !== 1 ||
    (change.text !== '>' && change.text !== '/') ||
    !vscode.workspace.getConfiguration('pages.html', e.document).get<boolean>('autoClosingTags', true)
  ) {
    return;
  }
  const position = change.range.start.translate(0, 1);
  const version = e.document.version;
  const closing = html.closeTag(snapshots.get(e.document), position);
  if (closing && editor.document.version === version) {
    void editor.insertSnippet(new vscode.SnippetString(closing), position);
  }
}

function asRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function asCompletionList(list: CompletionList): vscode.CompletionList {
  const items = list.items.map((item) => {
    const result = new vscode.CompletionItem(item.label, item.kind !== undefined ? item.kind - 1 : undefined);
    result.detail = item.detail;
    result.sortText = item.sortText;
    result.filterText = item.filterText;
    if (item.documentation) {
      result.documentation = typeof item.documentation === 'string' ? item.documentation : new vscode.MarkdownString(item.documentation.value);
    }
    const edit = item.textEdit;
    const text = edit ? edit.newText : item.insertText ?? item.label;
    result.insertText = item.insertTextFormat === 2 ? new vscode.SnippetString(text) : text;
    if (edit && 'range' in edit) {
      result.range = asRange(edit.range);
    }
    if (item.command) {
      result.command = { title: item.command.title, command: item.command.command, arguments: item.command.arguments };
    }
    return result;
  });
  return new vscode.CompletionList(items, list.isIncomplete);
}
