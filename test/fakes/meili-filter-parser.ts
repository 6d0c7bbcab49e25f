/**
 * A parser for the subset of Meilisearch's filter grammar the fake server accepts:
 * `attr = v`, `!=`, `>`, `>=`, `<`, `<=`, `attr a TO b`, `attr [NOT] IN [..]`, `attr [NOT] EXISTS`,
 * `attr IS [NOT] NULL|EMPTY`, `NOT`, `AND`, `OR`, parentheses; values bare or quoted with `"`/`'`,
 * where `\` escapes the next character (Meilisearch ≥ 1.4).
 */
export type FilterNode =
  | { type: 'and' | 'or'; items: FilterNode[] }
  | { type: 'not'; item: FilterNode }
  | { type: 'cmp'; attribute: string; op: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string }
  | { type: 'to'; attribute: string; from: string; to: string }
  | { type: 'in'; attribute: string; values: string[]; negated: boolean }
  | { type: 'exists'; attribute: string; negated: boolean }
  | { type: 'is'; attribute: string; what: 'NULL' | 'EMPTY'; negated: boolean };

export class FilterSyntaxError extends Error {}

type Token = { kind: 'word' | 'string' | 'punct' | 'op'; text: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if ('()[],'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else if (c === '!' || c === '>' || c === '<' || c === '=') {
      const two = input.slice(i, i + 2);
      if (two === '!=' || two === '>=' || two === '<=') {
        tokens.push({ kind: 'op', text: two });
        i += 2;
      } else if (c === '!') {
        throw new FilterSyntaxError(`unexpected "!" at ${i}`);
      } else {
        tokens.push({ kind: 'op', text: c });
        i++;
      }
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (; j < input.length && input[j] !== c; j++) {
        if (input[j] === '\\') {
          j++;
          if (j >= input.length) break;
        }
        value += input[j];
      }
      if (j >= input.length) throw new FilterSyntaxError(`unterminated string at ${i}`);
      tokens.push({ kind: 'string', text: value });
      i = j + 1;
    } else {
      let j = i;
      while (j < input.length && !/[\s()[\],!<>="']/.test(input[j])) j++;
      tokens.push({ kind: 'word', text: input.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = () => tokens[pos];
  const isKeyword = (t: Token | undefined, k: string) => t?.kind === 'word' && t.text.toUpperCase() === k;
  const fail = (what: string): never => {
    throw new FilterSyntaxError(`${what} at token ${pos} in ${JSON.stringify(input)}`);
  };
  const value = (): string => {
    const t = tokens[pos++];
    if (!t || (t.kind !== 'word' && t.kind !== 'string')) fail('expected a value');
    return t!.text;
  };

  const orExpr = (): FilterNode => {
    const items = [andExpr()];
    while (isKeyword(peek(), 'OR')) {
      pos++;
      items.push(andExpr());
    }
    return items.length === 1 ? items[0] : { type: 'or', items };
  };
  const andExpr = (): FilterNode => {
    const items = [notExpr()];
    while (isKeyword(peek(), 'AND')) {
      pos++;
      items.push(notExpr());
    }
    return items.length === 1 ? items[0] : { type: 'and', items };
  };
  const notExpr = (): FilterNode => {
    if (isKeyword(peek(), 'NOT')) {
      pos++;
      return { type: 'not', item: notExpr() };
    }
    return primary();
  };
  const primary = (): FilterNode => {
    const t = peek();
    if (t?.kind === 'punct' && t.text === '(') {
      pos++;
      const inner = orExpr();
      const close = tokens[pos++];
      if (close?.kind !== 'punct' || close.text !== ')') fail('expected ")"');
      return inner;
    }
    if (!t || (t.kind !== 'word' && t.kind !== 'string')) fail('expected an attribute');
    const attribute = tokens[pos++].text;
    const next = peek();
    if (next?.kind === 'op') {
      pos++;
      return { type: 'cmp', attribute, op: next.text as '=', value: value() };
    }
    let negated = false;
    if (isKeyword(next, 'NOT')) {
      negated = true;
      pos++;
    }
    if (isKeyword(peek(), 'IN')) {
      pos++;
      if (tokens[pos++]?.text !== '[') fail('expected "["');
      const values = [value()];
      while (peek()?.text === ',') {
        pos++;
        values.push(value());
      }
      if (tokens[pos++]?.text !== ']') fail('expected "]"');
      return { type: 'in', attribute, values, negated };
    }
    if (isKeyword(peek(), 'EXISTS')) {
      pos++;
      return { type: 'exists', attribute, negated };
    }
    if (!negated && isKeyword(peek(), 'IS')) {
      pos++;
      let isNegated = false;
      if (isKeyword(peek(), 'NOT')) {
        isNegated = true;
        pos++;
      }
      const what = tokens[pos++]?.text.toUpperCase();
      if (what !== 'NULL' && what !== 'EMPTY') fail('expected NULL or EMPTY');
      return { type: 'is', attribute, what: what as 'NULL', negated: isNegated };
    }
    if (!negated) {
      const from = value();
      if (!isKeyword(peek(), 'TO')) fail('expected an operator');
      pos++;
      return { type: 'to', attribute, from, to: value() };
    }
    return fail('expected IN or EXISTS after NOT');
  };

  if (tokens.length === 0) fail('empty filter');
  const node = orExpr();
  if (pos !== tokens.length) fail('unexpected trailing input');
  return node;
}

export function attributesOf(node: FilterNode): string[] {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.items.flatMap(attributesOf);
    case 'not':
      return attributesOf(node.item);
    default:
      return [node.attribute];
  }
}

type Doc = Record<string, unknown>;

const norm = (v: unknown) => String(v).toLowerCase();

export function evaluateFilter(node: FilterNode, doc: Doc): boolean {
  const valuesOf = (attribute: string): unknown[] => {
    const v = doc[attribute];
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
  };
  switch (node.type) {
    case 'and':
      return node.items.every((n) => evaluateFilter(n, doc));
    case 'or':
      return node.items.some((n) => evaluateFilter(n, doc));
    case 'not':
      return !evaluateFilter(node.item, doc);
    case 'cmp': {
      const values = valuesOf(node.attribute);
      if (node.op === '=') return values.some((v) => norm(v) === norm(node.value));
      if (node.op === '!=') return !values.some((v) => norm(v) === norm(node.value));
      const target = Number(node.value);
      if (Number.isNaN(target)) return false;
      return values.some((v) => {
        const n = Number(v);
        if (typeof v !== 'number' || Number.isNaN(n)) return false;
        return node.op === '>' ? n > target : node.op === '>=' ? n >= target : node.op === '<' ? n < target : n <= target;
      });
    }
    case 'to': {
      const [from, to] = [Number(node.from), Number(node.to)];
      return valuesOf(node.attribute).some((v) => typeof v === 'number' && v >= from && v <= to);
    }
    case 'in': {
      const hit = valuesOf(node.attribute).some((v) => node.values.some((w) => norm(v) === norm(w)));
      return node.negated ? !hit : hit;
    }
    case 'exists': {
      const present = node.attribute in doc;
      return node.negated ? !present : present;
    }
    case 'is': {
      const v = doc[node.attribute];
      const hit =
        node.what === 'NULL'
          ? v === null
          : Array.isArray(v)
            ? v.length === 0
            : v === '' || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
      return node.negated ? !hit : hit;
    }
  }
}
