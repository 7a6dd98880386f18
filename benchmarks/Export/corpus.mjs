// The export benchmark's corpus: N Markdown posts with YAML frontmatter (title, date, tags) and bodies like a
// technical blog's (headings, paragraphs with emphasis, inline code and links, lists, a code block, a table).
// Deterministic: a fixed seed and our own PRNG, so every machine and every Node version writes the same bytes.
//
//   node benchmarks/Export/corpus.mjs <N> <folder> [<folder> ...]
//
// Writes <folder>/post-0001.md ... post-N.md into each folder (created; existing post-*.md removed first).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [count, ...folders] = process.argv.slice(2);
const n = Number.parseInt(count, 10);
if (!Number.isInteger(n) || n < 1 || folders.length === 0) {
  console.error('usage: node corpus.mjs <N> <folder> [<folder> ...]');
  process.exit(2);
}

// mulberry32: small, fast and the same everywhere.
let state = 0x5eed2026;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];

const words = `the a of to and in is it that for on with as this by from at are be or an can which when each
page route build site static export render request response server client cache memory file folder content
collection markdown template layout component slot props params frontmatter header footer table list code
block heading link image style script module package library runtime compiler generator parser token tree
node value type record field method class interface pipeline middleware endpoint service option setting
default error warning message test benchmark measure time fast slow small large simple clear careful
every first last next previous other same different new old real honest quick steady early late often
write read load save parse emit compile serve stream flush wait start stop run check change keep move make
user reader writer team project release version branch commit review merge deploy host domain path query
number string date array map set queue stack buffer span pool thread task async await yield return`.split(/\s+/);
const tags = ['dotnet', 'csharp', 'aspnet', 'astro', 'hugo', 'markdown', 'performance', 'web', 'static-sites',
  'tutorial', 'release', 'testing', 'tooling', 'design', 'css', 'javascript', 'accessibility', 'security',
  'databases', 'deployment', 'caching', 'http', 'components', 'content', 'routing', 'build', 'ci', 'linux',
  'notes', 'opinion'];
const languages = ['csharp', 'js', 'bash', 'json', 'yaml', 'html'];
const codeSamples = {
  csharp: () => `public static class ${cap(pick(words))}Extensions\n{\n    public static int Count${cap(pick(words))}(this IEnumerable<string> items)\n    {\n        var total = 0;\n        foreach (var item in items)\n        {\n            if (item.Length > ${int(1, 20)}) total++;\n        }\n\n        return total;\n    }\n}`,
  js: () => `export async function ${pick(words)}${cap(pick(words))}(items) {\n  const result = [];\n  for (const item of items) {\n    if (item.size > ${int(1, 99)}) result.push(item.name);\n  }\n  return result.sort();\n}`,
  bash: () => `set -euo pipefail\nfor file in content/*.md; do\n  grep -c "${pick(words)}" "$file" || true\ndone\necho "checked ${int(2, 500)} files"`,
  json: () => `{\n  "name": "${pick(words)}-${pick(words)}",\n  "version": "${int(0, 9)}.${int(0, 20)}.${int(0, 40)}",\n  "private": true,\n  "tags": ["${pick(tags)}", "${pick(tags)}"]\n}`,
  yaml: () => `site: https://example.com\nbuild:\n  format: directory\n  out: dist\nposts:\n  per_page: ${int(5, 50)}\n  draft: false`,
  html: () => `<article class="post">\n  <h2>${cap(pick(words))} ${pick(words)}</h2>\n  <p>${sentence()}</p>\n  <a href="/posts/">All posts</a>\n</article>`,
};

function cap(word) { return word[0].toUpperCase() + word.slice(1); }
function phrase(min, max) { return Array.from({ length: int(min, max) }, () => pick(words)).join(' '); }
function sentence() {
  const parts = [];
  const length = int(8, 20);
  for (let i = 0; i < length; i++) {
    const word = pick(words);
    const roll = random();
    if (roll < 0.04) parts.push(`**${word}**`);
    else if (roll < 0.08) parts.push(`*${word}*`);
    else if (roll < 0.11) parts.push(`\`${word}()\``);
    else if (roll < 0.13) parts.push(`[${word} ${pick(words)}](https://example.com/${pick(words)}/${pick(words)})`);
    else if (roll < 0.14) parts.push(`[${word}](/posts/post-${String(int(1, n)).padStart(4, '0')}/)`);
    else parts.push(word);
  }
  const text = parts.join(' ');
  return cap(text) + pick(['.', '.', '.', '?', '!']);
}
function paragraph() { return Array.from({ length: int(2, 6) }, sentence).join(' '); }
function list(ordered) {
  return Array.from({ length: int(3, 7) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${cap(phrase(3, 12))}`).join('\n');
}
function table() {
  const columns = int(3, 5);
  const header = Array.from({ length: columns }, () => cap(pick(words)));
  const rows = Array.from({ length: int(3, 8) }, () =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `\`${pick(words)}\`` : c % 2 ? String(int(1, 9999)) : pick(words))));
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
function code() {
  const language = pick(languages);
  return '```' + language + '\n' + codeSamples[language]() + '\n```';
}

function post(index) {
  const title = cap(phrase(3, 8));
  const day = new Date(Date.UTC(2019, 0, 1) + int(0, 6 * 365) * 86400000).toISOString().slice(0, 10);
  const postTags = [...new Set(Array.from({ length: int(1, 4) }, () => pick(tags)))];
  const blocks = [paragraph(), paragraph()];
  const sections = int(3, 5);
  const codeAt = int(0, sections - 1);
  const tableAt = int(0, sections - 1);
  for (let s = 0; s < sections; s++) {
    blocks.push(`## ${cap(phrase(2, 6))}`, paragraph());
    if (random() < 0.5) blocks.push(list(random() < 0.3));
    if (s === codeAt) blocks.push(paragraph(), code());
    if (s === tableAt) blocks.push(table());
    if (random() < 0.4) blocks.push(`### ${cap(phrase(2, 5))}`, paragraph());
    blocks.push(paragraph());
  }
  blocks.push(`> ${sentence()}`, paragraph());
  return `---\ntitle: ${title}\ndate: ${day}\ntags: [${postTags.join(', ')}]\n---\n\n${blocks.join('\n\n')}\n`;
}

const posts = Array.from({ length: n }, (_, i) => post(i + 1));
for (const folder of folders) {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) {
    if (/^post-\d+\.md$/.test(name)) rmSync(join(folder, name));
  }
  posts.forEach((text, i) => writeFileSync(join(folder, `post-${String(i + 1).padStart(4, '0')}.md`), text));
}
console.log(`corpus: ${n} posts, ${posts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)} bytes, into ${folders.join(', ')}`);
