/**
 * A strict reader for the one YAML shape electron-builder writes as an update feed (`latest.yml`): top-level
 * `key: scalar` pairs, block scalars (`|`, `|-`, `>`, `>-`) for release notes, and one level of lists of
 * `key: scalar` mappings (`files:`). Anything else is refused with its line number rather than guessed at;
 * the core cannot rely on a YAML library (js-yaml is only a transitive dependency of electron-updater).
 */

export type FeedScalar = string | number | boolean | null;
export type FeedValue = FeedScalar | Record<string, FeedScalar>[];

export class FeedSyntaxError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'FeedSyntaxError';
    this.line = line;
  }
}

/** A feed is a few hundred bytes; more lines than this is not a feed. */
export const feedLinesMax = 2_000;

const keyValuePattern = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*))?$/;
const listItemPattern = /^( *)- (.*)$/;

interface Line {
  number: number;
  indent: number;
  text: string;
}

export function parseFeedYaml(source: string): Record<string, FeedValue> {
  const rawLines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (rawLines.length > feedLinesMax) throw new FeedSyntaxError(feedLinesMax, 'the feed has too many lines');
  const lines: Line[] = rawLines.map((raw, index) => {
    if (raw.includes('\t') && /^\s*\t/.test(raw))
      throw new FeedSyntaxError(index + 1, 'tabs cannot indent YAML');
    const text = raw.trimEnd();
    return { number: index + 1, indent: text.length - text.trimStart().length, text: text.trimStart() };
  });
  const result: Record<string, FeedValue> = {};
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as Line;
    if (isSkippable(line)) {
      index += 1;
      continue;
    }
    if (line.text === '---' && Object.keys(result).length === 0) {
      index += 1;
      continue;
    }
    if (line.indent !== 0) throw new FeedSyntaxError(line.number, 'unexpected indentation');
    const { key, rest } = keyValue(line);
    if (Object.hasOwn(result, key)) throw new FeedSyntaxError(line.number, `"${key}" appears twice`);
    if (rest === '') {
      const list = readList(lines, index + 1);
      result[key] = list.items;
      index = list.next;
    } else if (/^[|>]-?$/.test(rest)) {
      const block = readBlockScalar(lines, index + 1, rest);
      result[key] = block.value;
      index = block.next;
    } else {
      result[key] = scalar(rest, line.number);
      index += 1;
    }
  }
  return result;
}

function isSkippable(line: Line): boolean {
  return line.text === '' || line.text.startsWith('#');
}

function keyValue(line: Line): { key: string; rest: string } {
  const match = keyValuePattern.exec(line.text);
  if (match === null) throw new FeedSyntaxError(line.number, 'expected "key: value"');
  return { key: match[1] as string, rest: stripComment(match[2] ?? '') };
}

/** A list of flat mappings: `- key: value` then `  key: value` lines aligned with the first key. */
function readList(lines: Line[], start: number): { items: Record<string, FeedScalar>[]; next: number } {
  const items: Record<string, FeedScalar>[] = [];
  let current: Record<string, FeedScalar> | null = null;
  let keyIndent = -1;
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    if (isSkippable(line)) continue;
    const item = listItemPattern.exec(' '.repeat(line.indent) + line.text);
    if (item !== null) {
      const dashIndent = (item[1] as string).length;
      if (items.length > 0 && dashIndent + 2 !== keyIndent) {
        throw new FeedSyntaxError(line.number, 'list items are not aligned');
      }
      current = {};
      items.push(current);
      keyIndent = dashIndent + 2;
      addPair(current, { number: line.number, indent: keyIndent, text: item[2] as string });
      continue;
    }
    if (line.indent === 0) break;
    if (current === null || line.indent !== keyIndent) {
      throw new FeedSyntaxError(
        line.number,
        'expected a list item ("- key: value") or a key of the item above',
      );
    }
    addPair(current, line);
  }
  if (items.length === 0) {
    throw new FeedSyntaxError((lines[start - 1] as Line).number, 'expected a list under this key');
  }
  return { items, next: index };
}

function addPair(target: Record<string, FeedScalar>, line: Line): void {
  const { key, rest } = keyValue(line);
  if (Object.hasOwn(target, key))
    throw new FeedSyntaxError(line.number, `"${key}" appears twice in this item`);
  if (rest === '' || /^[|>]-?$/.test(rest)) {
    throw new FeedSyntaxError(line.number, `"${key}" needs a value on the same line`);
  }
  target[key] = scalar(rest, line.number);
}

/** `|` keeps line breaks, `>` folds lines into spaces; `-` strips the final line break. */
function readBlockScalar(lines: Line[], start: number, header: string): { value: string; next: number } {
  const body: Line[] = [];
  let index = start;
  for (; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    if (line.text !== '' && line.indent === 0) break;
    body.push(line);
  }
  while (body.length > 0 && (body[body.length - 1] as Line).text === '') body.pop();
  const firstIndent = body.find((line) => line.text !== '')?.indent ?? 0;
  const texts = body.map((line) => {
    if (line.text === '') return '';
    if (line.indent < firstIndent)
      throw new FeedSyntaxError(line.number, 'block text is less indented than its start');
    if (header.startsWith('>') && line.indent > firstIndent) {
      throw new FeedSyntaxError(line.number, 'more-indented lines in folded text are not supported');
    }
    return ' '.repeat(line.indent - firstIndent) + line.text;
  });
  const joined = header.startsWith('|') ? texts.join('\n') : fold(texts);
  const keepFinalBreak = !header.endsWith('-') && texts.length > 0;
  return { value: keepFinalBreak ? `${joined}\n` : joined, next: index };
}

function fold(texts: string[]): string {
  let folded = '';
  texts.forEach((text, position) => {
    if (position === 0) folded = text;
    else if (text === '') folded += '\n';
    else folded += folded.endsWith('\n') || folded === '' ? text : ` ${text}`;
  });
  return folded;
}

function stripComment(rest: string): string {
  if (rest.startsWith("'") || rest.startsWith('"')) return rest;
  const comment = rest.search(/\s#/);
  return (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
}

function scalar(text: string, lineNumber: number): FeedScalar {
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(text);
    if (match === null) throw new FeedSyntaxError(lineNumber, 'unterminated single-quoted text');
    return (match[1] as string).replaceAll("''", "'");
  }
  if (text.startsWith('"')) {
    const match = /^("(?:[^"\\]|\\.)*")\s*(?:#.*)?$/.exec(text);
    if (match === null) throw new FeedSyntaxError(lineNumber, 'unterminated double-quoted text');
    try {
      return JSON.parse(match[1] as string) as string;
    } catch {
      throw new FeedSyntaxError(lineNumber, 'an escape in double-quoted text is not supported');
    }
  }
  if (/^[[\]{}&*!|>%@`,]/.test(text) || /:(\s|$)/.test(text)) {
    throw new FeedSyntaxError(lineNumber, `"${text}" is not a plain value (quote it)`);
  }
  if (text === '~' || text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
