// Which process to start as the Pages language server. Pure (no vscode import) so the choice is unit-tested.

import * as path from 'node:path';

/** The `pages.languageServer.*` settings that choose the server. */
export interface ServerSettings {
  /** A `.dll` (run with dotnet) or an executable; empty for the default. */
  readonly path: string;
  /** The `dotnet` command that runs a `.dll`. */
  readonly dotnetPath: string;
}

/** A process to start: it speaks LSP on its stdin/stdout. */
export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
  /** Where the command came from, for the output channel. */
  readonly source: 'setting' | 'bundled' | 'tool';
}

/** The .NET tool command of the Pages language server (`dotnet tool install -g Pages.LanguageServer`). */
export const toolCommand = 'pages-language-server';

/** The server built into the .vsix by scripts/package.sh, relative to the extension's folder. */
export const bundledServer = path.join('server', 'Pages.LanguageServer.dll');

/**
 * The configured path when set; else the server bundled in the extension when it is there; else the
 * `pages-language-server` tool, found on PATH by the operating system. A `.dll` runs under dotnet.
 */
export function resolveServerCommand(
  settings: ServerSettings,
  extensionPath: string,
  fileExists: (file: string) => boolean,
): ServerCommand {
  const dotnet = settings.dotnetPath.trim() || 'dotnet';
  const configured = settings.path.trim();
  if (configured) {
    return configured.toLowerCase().endsWith('.dll')
      ? { command: dotnet, args: [configured, '--stdio'], source: 'setting' }
      : { command: configured, args: ['--stdio'], source: 'setting' };
  }
  const bundled = path.join(extensionPath, bundledServer);
  if (fileExists(bundled)) {
    return { command: dotnet, args: [bundled, '--stdio'], source: 'bundled' };
  }
  return { command: toolCommand, args: ['--stdio'], source: 'tool' };
}
