import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const rendererRoot = join(__dirname, '..', '..', 'src', 'renderer', 'src');

/** Props and object keys whose string is read by a person, so it must come from a catalog. */
const textProps = new Set([
  'label',
  'title',
  'placeholder',
  'description',
  'aria-label',
  'alt',
  'message',
  'confirm',
  'cancel',
  'emptyText',
  'noun',
]);
/** A word: what a string that only holds a code, a version or a placeholder number does not have. */
const word = /[A-Za-z]*[a-z]{3,}/;
/** Text written the same in every language: the product's name, format examples. */
const sameInEveryLanguage = new Set(['Airledger', 'English', 'Français']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

function isReadable(text: string): boolean {
  const trimmed = text.trim();
  return word.test(trimmed) && !sameInEveryLanguage.has(trimmed);
}

/** Every piece of literal English a screen would show: JSX text, text props, notification fields. */
function hardCodedText(path: string, text = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(rendererRoot, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isReadable(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (
      ts.isJsxAttribute(node) &&
      textProps.has(node.name.getText(source)) &&
      node.initializer !== undefined
    ) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer
        : ts.isJsxExpression(node.initializer) && node.initializer.expression !== undefined
          ? node.initializer.expression
          : undefined;
      if (
        value !== undefined &&
        (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) &&
        isReadable(value.text)
      ) {
        found.push(`${where(node)} ${node.name.getText(source)}="${value.text}"`);
      }
    }
    if (
      ts.isPropertyAssignment(node) &&
      textProps.has(node.name.getText(source)) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer)) &&
      isReadable(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText(source)}: "${node.initializer.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression !== undefined &&
      ts.isStringLiteral(node.expression) &&
      ts.isJsxElement(node.parent) &&
      isReadable(node.expression.text)
    ) {
      found.push(`${where(node)} text {"${node.expression.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('screens take their text from the catalogs', () => {
  it('has no literal English in JSX text, text props or notifications', () => {
    const found = sourceFiles(rendererRoot).flatMap((path) => hardCodedText(path));
    expect(found).toEqual([]);
  });

  it('catches literal text when it is there', () => {
    const sample = `export const Sample = () => (
  <Card title="Retailers">
    <Text>{t('fine')}</Text>
    <Text>Save retailer</Text>
    <TextInput label={'Phone number'} placeholder="+225 07 00 00 00 01" />
    <Badge>{"Active"}</Badge>
    {notify({ title: 'Saved', message: \`Retailer saved\` })}
    <Title>Airledger</Title>
  </Card>
);`;
    expect(hardCodedText(join(rendererRoot, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:2 title="Retailers"',
      'sample.tsx:4 text "Save retailer"',
      'sample.tsx:5 label="Phone number"',
      'sample.tsx:6 text {"Active"}',
      'sample.tsx:7 title: "Saved"',
      'sample.tsx:7 message: "Retailer saved"',
    ]);
  });
});
