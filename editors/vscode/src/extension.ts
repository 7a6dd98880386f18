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
import { registerHtmlProviders } from './htmlProviders';
import { resolveServerCommand, type ServerCommand } from './serverCommand';
import { SnapshotCache } from './snapshotCache';
import { TemplateHtml } from './templateHtml';

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
    ...registerHtmlProviders(selector, html, snapshots),
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
