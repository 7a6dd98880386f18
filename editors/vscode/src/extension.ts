// The Pages extension: starts the Pages language server for C# (frontmatter, holes, construct headers, component
// tags) and answers HTML in the template itself with vscode-html-languageservice on a virtual HTML document.
// Each request goes to the language that owns the position (pageDocument.positionKind).

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type Middleware,
  RevealOutputChannelOn,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { resolveServerCommand, type ServerCommand } from './serverCommand';
import { PageSnapshot, TemplateHtml } from './templateHtml';

const languageId = 'page';
const selector: vscode.DocumentSelector = [
  { scheme: 'file', language: languageId },
  { scheme: 'untitled', language: languageId },
];

let client: LanguageClient | undefined;

/** Called by VS Code when a .page file is opened. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Pages', { log: true });
  context.subscriptions.push(output);
  const html = new TemplateHtml();
  const snapshots = new SnapshotCache();

  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(selector, new HtmlCompletion(html, snapshots), '.', ':', '<', '"', '=', '/'),
    vscode.languages.registerHoverProvider(selector, new HtmlHover(html, snapshots)),
    vscode.languages.registerFoldingRangeProvider(selector, new PageFolding(html, snapshots)),
    vscode.workspace.onDidChangeTextDocument((e) => closeTagAfterTyping(e, html, snapshots)),
    vscode.workspace.onDidCloseTextDocument((d) => snapshots.forget(d)),
    vscode.commands.registerCommand('pages.restartLanguageServer', () => restart(context, output, snapshots)),
  );

  await startClient(context, output, snapshots);
}

/** Called by VS Code on shutdown: stops the server process. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, snapshots: SnapshotCache): Promise<void> {
  await deactivate();
  await startClient(context, output, snapshots);
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, snapshots: SnapshotCache): Promise<void> {
  const settings = vscode.workspace.getConfiguration('pages.languageServer');
  if (!settings.get<boolean>('enabled', true)) {
    output.appendLine('Pages language server disabled (pages.languageServer.enabled); colouring and HTML completion still work.');
    return;
  }
  const server = resolveServerCommand(
    { path: settings.get<string>('path', ''), dotnetPath: settings.get<string>('dotnetPath', 'dotnet') },
    context.extensionPath,
    (file) => fs.existsSync(file),
  );
  output.appendLine(`Starting the Pages language server (${server.source}): ${server.command} ${server.args.join(' ')}`);

  const serverOptions: ServerOptions = { command: server.command, args: server.args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector as LanguageClientOptions['documentSelector'],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{page,cs,csproj,props,targets}'),
    },
    middleware: forwardByRegion(snapshots),
  };
  client = new LanguageClient('pages', 'Pages Language Server', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    reportStartFailure(server, error, output);
  }
}

function reportStartFailure(server: ServerCommand, error: unknown, output: vscode.LogOutputChannel): void {
  const reason = error instanceof Error ? error.message : String(error);
  output.appendLine(`The Pages language server did not start: ${reason}`);
  const hint =
    server.source === 'tool'
      ? 'Install the pages-language-server .NET tool, or set pages.languageServer.path to the server.'
      : 'Check pages.languageServer.path and that `dotnet` is on PATH.';
  void vscode.window.showWarningMessage(`Pages: the language server did not start (${server.command}). ${hint}`);
}

// Only C# and component tags are the server's: requests inside template comments, <script> and <style> are not
// sent (HTML, JavaScript and CSS there are answered by this extension or by nobody).
function forwardByRegion(snapshots: SnapshotCache): Middleware {
  const serverOwns = (document: vscode.TextDocument, position: vscode.Position): boolean => {
    const kind = snapshots.get(document).kindAt(position);
    return kind !== 'comment' && kind !== 'script' && kind !== 'style';
  };
  return {
    provideCompletionItem: (document, position, context, token, next) =>
      serverOwns(document, position) ? next(document, position, context, token) : undefined,
    provideHover: (document, position, token, next) => (serverOwns(document, position) ? next(document, position, token) : undefined),
    provideDefinition: (document, position, token, next) => (serverOwns(document, position) ? next(document, position, token) : undefined),
    provideSignatureHelp: (document, position, context, token, next) =>
      serverOwns(document, position) ? next(document, position, context, token) : undefined,
  };
}

/** One PageSnapshot per open document, recomputed when its version changes. */
class SnapshotCache {
  private readonly byUri = new Map<string, PageSnapshot>();

  get(document: vscode.TextDocument): PageSnapshot {
    const uri = document.uri.toString();
    const cached = this.byUri.get(uri);
    if (cached && cached.version === document.version) {
      return cached;
    }
    const snapshot = new PageSnapshot(uri, document.version, document.getText());
    this.byUri.set(uri, snapshot);
    return snapshot;
  }

  forget(document: vscode.TextDocument): void {
    this.byUri.delete(document.uri.toString());
  }
}

class HtmlCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly html: TemplateHtml, private readonly snapshots: SnapshotCache) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    if (!vscode.workspace.getConfiguration('pages.html', document).get<boolean>('completion', true)) {
      return undefined;
    }
    const list = this.html.complete(this.snapshots.get(document), position);
    if (!list || list.items.length === 0) {
      return undefined;
    }
    return asCompletionList(list);
  }
}

class HtmlHover implements vscode.HoverProvider {
  constructor(private readonly html: TemplateHtml, private readonly snapshots: SnapshotCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hover = this.html.hover(this.snapshots.get(document), position);
    if (!hover) {
      return undefined;
    }
    const contents = typeof hover.contents === 'string' ? hover.contents : 'value' in hover.contents ? hover.contents.value : '';
    return new vscode.Hover(new vscode.MarkdownString(contents), hover.range && asRange(hover.range));
  }
}

class PageFolding implements vscode.FoldingRangeProvider {
  constructor(private readonly html: TemplateHtml, private readonly snapshots: SnapshotCache) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    return this.html
      .foldingRanges(this.snapshots.get(document))
      .map((r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined));
  }
}

// As VS Code's HTML support does: typing the `>` of a start tag inserts its end tag after the cursor.
function closeTagAfterTyping(e: vscode.TextDocumentChangeEvent, html: TemplateHtml, snapshots: SnapshotCache): void {
  const editor = vscode.window.activeTextEditor;
  const change = e.contentChanges[e.contentChanges.length - 1];
  if (
    e.document.languageId !== languageId ||
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

function asCompletionList(list: import('vscode-html-languageservice').CompletionList): vscode.CompletionList {
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
