import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { resolveServerCommand } from '../../src/serverCommand';

const extension = path.join(path.sep, 'ext');
const bundled = path.join(extension, 'server', 'Pages.LanguageServer.dll');
const defaults = { path: '', dotnetPath: 'dotnet' };

describe('resolveServerCommand', () => {
  test('a configured .dll runs under the configured dotnet with --stdio', () => {
    const command = resolveServerCommand({ path: '/opt/pages/Pages.LanguageServer.dll', dotnetPath: '/usr/bin/dotnet' }, extension, () => true);
    assert.deepEqual(command, { command: '/usr/bin/dotnet', args: ['/opt/pages/Pages.LanguageServer.dll', '--stdio'], source: 'setting' });
  });

  test('a configured executable runs itself with --stdio', () => {
    const command = resolveServerCommand({ ...defaults, path: '/home/me/.dotnet/tools/pages-language-server' }, extension, () => true);
    assert.deepEqual(command.args, ['--stdio']);
    assert.equal(command.command, '/home/me/.dotnet/tools/pages-language-server');
  });

  test('without a setting, the bundled server when the .vsix carries one', () => {
    const command = resolveServerCommand(defaults, extension, (file) => file === bundled);
    assert.deepEqual(command, { command: 'dotnet', args: [bundled, '--stdio'], source: 'bundled' });
  });

  test('else the pages-language-server tool on PATH', () => {
    const command = resolveServerCommand({ path: ' ', dotnetPath: '' }, extension, () => false);
    assert.deepEqual(command, { command: 'pages-language-server', args: ['--stdio'], source: 'tool' });
  });
});
