// Skips C# text the way the compiler reads it, enough to find where a hole, a condition or a label ends:
// nested brackets, strings of every kind (regular, verbatim, interpolated with their own holes, raw) and comments.

/**
 * The offset of the `closer` that ends a C# span starting at `from`, skipping nested brackets, strings (regular,
 * verbatim, interpolated, raw), character literals and comments; the text's length when it never closes.
 */
export function skipCSharp(text: string, from: number, closer: string): number {
  const stack: string[] = [];
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (stack.length === 0 && c === closer && !(closer === ':' && text[i + 1] === ':') && !(closer === ':' && text[i - 1] === ':')) {
      return i;
    }
    if (c === '(' || c === '[' || c === '{') {
      stack.push(c === '(' ? ')' : c === '[' ? ']' : '}');
      i++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.length > 0 && stack[stack.length - 1] === c) {
        stack.pop();
      } else if (stack.length === 0) {
        // An unbalanced closer that is not ours ends the span: the generator reports it, we stop here.
        return i;
      }
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const lineBreak = text.slice(i).search(/[\r\n]/);
      i = lineBreak < 0 ? text.length : i + lineBreak;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === "'") {
      i = skipQuoted(text, i + 1, "'");
    } else if (c === '"' || c === '$' || c === '@') {
      i = skipStringLiteral(text, i);
    } else {
      i++;
    }
  }
  return text.length;
}

// A string literal at `at` (any prefix of $ and @, or raw """); returns the offset after it.
function skipStringLiteral(text: string, at: number): number {
  const prefix = /^(\$*)(@?)(\$*)("+)/.exec(text.slice(at, at + 16));
  if (!prefix) {
    return at + 1;
  }
  const dollars = prefix[1].length + prefix[3].length;
  const verbatim = prefix[2] === '@';
  const quotes = prefix[4].length;
  let i = at + prefix[0].length;
  if (quotes >= 3) {
    const close = text.indexOf('"'.repeat(quotes), i);
    return close < 0 ? text.length : close + quotes;
  }
  if (quotes === 2) {
    return i; // "" or @"" is an empty string
  }
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && !verbatim) {
      i += 2;
    } else if (c === '"') {
      if (verbatim && text[i + 1] === '"') {
        i += 2;
      } else {
        return i + 1;
      }
    } else if (c === '{' && dollars > 0) {
      if (text[i + 1] === '{') {
        i += 2;
      } else {
        i = skipCSharp(text, i + 1, '}') + 1;
      }
    } else if ((c === '\n' || c === '\r') && !verbatim) {
      return i; // an unterminated regular string ends at the line
    } else {
      i++;
    }
  }
  return text.length;
}

function skipQuoted(text: string, from: number, quote: string): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
    } else if (c === quote) {
      return i + 1;
    } else if (c === '\n' || c === '\r') {
      return i;
    } else {
      i++;
    }
  }
  return text.length;
}
