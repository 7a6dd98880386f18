// The bundled extension (built as it ships in the .vsix) activated under node with a fake `vscode`
// module: the real vscode-languageclient starts a real server process (fakeServer.mjs) over stdio, and requests
// go to the server or to the HTML service by the region they fall in.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const { after, before, describe, test } = require('node:test');

const vscode = require('./fakeVscode.cjs');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const root = path.join(__dirname, '..', '..');
const serverLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pages-vscode-')), 'server.log');
const page = '---\nvar product = Load();\n---\n<ul>\n  <li>{product.Name}</li>\n  <\n</ul>\n<script>let a = 1;</script>\n';

/** A text document as VS Code would hand it to a provider. */
const document = {
  uri: vscode.Uri.file(path.join(root, 'index.page')),
  fileName: path.join(root, 'index.page'),
  languageId: 'page',
  version: 1,
  isClosed: false,
  getText: () => page,
};

function positionOf(marker, delta = 0) {
  const offset = page.indexOf(marker) + delta;
  const before = page.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function serverMethods() {
  return fs.readFileSync(serverLog, 'utf8').trim().split('\n');
}

async function waitFor(condition, what) {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
const completionContext = { triggerKind: 0 };
let extension;

describe('the bundled extension', () => {
  before(async () => {
    process.env.PAGES_FAKE_SERVER_LOG = serverLog;
    vscode.settings.set('pages.languageServer.path', path.join(__dirname, 'fakeServer.mjs'));
    // Bundled by `npm run test:bundle` with the same options as out/extension.js (scripts/bundle.mjs).
    extension = require(path.join(root, 'out-test', 'bundle', 'extension.js'));
    await extension.activate({ subscriptions: [], extensionPath: root });
  });

  after(async () => {
    await extension.deactivate();
  });

  test('starts the configured server with --stdio and completes the LSP handshake', async () => {
    await waitFor(() => fs.existsSync(serverLog) && serverMethods().includes('initialized'), 'initialized');
    const methods = serverMethods();
    assert.equal(methods[0], 'argv --stdio');
    assert.deepEqual(methods.slice(1, 3), ['initialize', 'initialized']);
    assert.ok(vscode.registered.output.some((line) => line.includes('(setting)') && line.includes('fakeServer.mjs --stdio')));
  });

  test('registers HTML completion, hover and folding for page documents, and the restart command', () => {
    const ours = vscode.registered.completion[0];
    assert.deepEqual(ours.selector, [{ scheme: 'file', language: 'page' }, { scheme: 'untitled', language: 'page' }]);
    assert.ok(ours.triggers.includes('<'));
    assert.equal(vscode.registered.hover.length >= 1, true);
    assert.equal(vscode.registered.folding.length, 1);
    assert.deepEqual(vscode.registered.commands, ['pages.restartLanguageServer']);
  });

  test('answers HTML completion in the template from the virtual HTML document', async () => {
    const html = vscode.registered.completion[0].provider;
    const list = await html.provideCompletionItems(document, positionOf('<\n</ul>', 1));
    const labels = list.args[0].map((item) => item.args[0]);
    assert.ok(labels.includes('li'), labels.slice(0, 10).join(' '));
    assert.equal(await html.provideCompletionItems(document, positionOf('product.Name', 8)), undefined);
  });

  test('sends completion in a C# hole to the server and keeps script positions from it', async () => {
    const server = vscode.registered.completion[1].provider;
    await server.provideCompletionItems(document, positionOf('product.Name', 8), token, completionContext);
    await waitFor(() => serverMethods().includes('textDocument/completion'), 'textDocument/completion');
    const asked = serverMethods().filter((m) => m === 'textDocument/completion').length;

    const inScript = await server.provideCompletionItems(document, positionOf('let a', 4), token, completionContext);
    assert.equal(inScript, undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(serverMethods().filter((m) => m === 'textDocument/completion').length, asked);
  });

  test('folds the frontmatter', () => {
    const ranges = vscode.registered.folding[0].provider.provideFoldingRanges(document);
    assert.ok(ranges.some((r) => r.args[0] === 0 && r.args[1] === 2), JSON.stringify(ranges.map((r) => r.args)));
  });

  test('stops the server on deactivate', async () => {
    await extension.deactivate();
    await waitFor(() => serverMethods().includes('exit'), 'exit');
    assert.ok(serverMethods().includes('shutdown'));
  });
});
