#!/usr/bin/env node
// A minimal LSP server for the activation test: answers `initialize` with completion and hover, replies to
// `textDocument/completion` with one item, and writes every method it receives (one per line) to the file
// named by PAGES_FAKE_SERVER_LOG, with its argv on the first line.
import { appendFileSync, writeFileSync } from 'node:fs';

const log = process.env.PAGES_FAKE_SERVER_LOG;
writeFileSync(log, `argv ${process.argv.slice(2).join(' ')}\n`);

let buffer = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
    buffer = buffer.subarray(headerEnd + 4 + length);
    handle(message);
  }
});

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

function handle(message) {
  if (message.method) appendFileSync(log, `${message.method}\n`);
  switch (message.method) {
    case 'initialize':
      send({ id: message.id, result: { capabilities: { textDocumentSync: 1, completionProvider: { triggerCharacters: ['.'] }, hoverProvider: true } } });
      break;
    case 'textDocument/completion':
      send({ id: message.id, result: [{ label: 'FromServer', kind: 5 }] });
      break;
    case 'shutdown':
      send({ id: message.id, result: null });
      break;
    case 'exit':
      process.exit(0);
      break;
    default:
      if (message.id !== undefined && message.method) send({ id: message.id, result: null });
  }
}
