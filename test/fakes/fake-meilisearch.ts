import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { attributesOf, evaluateFilter, FilterSyntaxError, parseFilter } from './meili-filter-parser';

/**
 * A local stand-in for Meilisearch's HTTP API, as much of it as the official client uses here:
 * health, indexes, settings, document additions and batch deletions, tasks (enqueued →
 * succeeded/failed, processed in order) and search. It validates request shapes the way the real
 * server does (unknown settings or search keys, malformed filters, attributes that are not
 * filterable/sortable are 400s), so the adapter is exercised through the real client.
 * Matching is simplified: accent- and case-insensitive words, prefix on the last word, no typos.
 */

type Doc = Record<string, unknown>;

interface Settings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  displayedAttributes: string[];
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, 'alpha' | 'count'> };
  pagination: { maxTotalHits: number };
  typoTolerance: Record<string, unknown>;
  [key: string]: unknown;
}

interface IndexState {
  uid: string;
  primaryKey: string | null;
  settings: Settings;
  docs: Map<string, Doc>;
  createdAt: string;
}

interface Task {
  uid: number;
  batchUid: number | null;
  indexUid: string | null;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  type: string;
  details: Record<string, unknown>;
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  duration: string | null;
  canceledBy: null;
  apply: () => void;
}

const SETTINGS_KEYS = new Set([
  'displayedAttributes',
  'searchableAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'rankingRules',
  'stopWords',
  'nonSeparatorTokens',
  'separatorTokens',
  'dictionary',
  'synonyms',
  'distinctAttribute',
  'proximityPrecision',
  'typoTolerance',
  'faceting',
  'pagination',
  'searchCutoffMs',
  'localizedAttributes',
  'facetSearch',
  'prefixSearch',
]);
const SEARCH_KEYS = new Set([
  'q',
  'offset',
  'limit',
  'page',
  'hitsPerPage',
  'attributesToRetrieve',
  'attributesToCrop',
  'cropLength',
  'cropMarker',
  'attributesToHighlight',
  'highlightPreTag',
  'highlightPostTag',
  'showMatchesPosition',
  'filter',
  'sort',
  'facets',
  'matchingStrategy',
  'showRankingScore',
  'showRankingScoreDetails',
  'attributesToSearchOn',
  'rankingScoreThreshold',
  'locales',
  'distinct',
]);
const DEFAULT_RANKING = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type = 'invalid_request',
  ) {
    super(message);
  }
}

export function normalizeText(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export class FakeMeilisearch {
  private server: Server;
  private readonly indexes = new Map<string, IndexState>();
  private readonly tasks: Task[] = [];
  private processing = false;
  private failNext = 0;
  /** Requests received, for assertions. */
  readonly requests: Array<{ method: string; path: string; body: unknown }> = [];
  /** Called before a request is handled; may delay it (return a promise) to simulate a slow server. */
  beforeRequest?: (req: { method: string; path: string }) => Promise<void> | void;
  url = '';

  /** The master key requests must carry (`Authorization: Bearer …`), as a real server with one set. */
  constructor(readonly masterKey = 'fake-meili-master-key') {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `n` document tasks fail (as an internal error would), after being enqueued. */
  failNextTasks(n: number): void {
    this.failNext = n;
  }

  documents(indexUid: string): Map<string, Doc> {
    return this.indexes.get(indexUid)?.docs ?? new Map();
  }

  taskList(): Array<Omit<Task, 'apply'>> {
    return this.tasks.map(({ apply: _apply, ...t }) => t);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    try {
      const authorization = req.headers.authorization;
      // /health is public on a real server too; everything else needs the key.
      if (url.pathname !== '/health') {
        if (!authorization) throw new ApiError(401, 'missing_authorization_header', 'The Authorization header is missing.');
        if (authorization !== `Bearer ${this.masterKey}`) throw new ApiError(403, 'invalid_api_key', 'The provided API key is invalid.');
      }
      const method = req.method ?? 'GET';
      const path = url.pathname.replace(/\/+$/, '');
      let body: unknown = undefined;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new ApiError(400, 'malformed_payload', 'The json payload provided is malformed.');
        }
      }
      this.requests.push({ method, path, body });
      await this.beforeRequest?.({ method, path });
      const [status, payload] = this.route(method, path, url.searchParams, body);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(500, 'internal', String(error), 'internal');
      if (res.destroyed) return;
      res.writeHead(e.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: e.message, code: e.code, type: e.type, link: `https://docs.meilisearch.com/errors#${e.code}` }));
    }
  }

  private route(method: string, path: string, params: URLSearchParams, body: unknown): [number, unknown] {
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/health') return [200, { status: 'available' }];
    if (method === 'GET' && (m = /^\/tasks\/(\d+)$/.exec(path))) {
      const task = this.tasks[Number(m[1])];
      if (!task) throw new ApiError(404, 'task_not_found', `Task \`${m[1]}\` not found.`);
      const { apply: _apply, ...visible } = task;
      return [200, visible];
    }
    if (method === 'POST' && path === '/indexes') {
      const b = this.object(body);
      if (typeof b.uid !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(b.uid)) throw new ApiError(400, 'invalid_index_uid', 'invalid uid');
      this.unknownKeys(b, new Set(['uid', 'primaryKey']), 'bad_request');
      const uid = b.uid;
      return [
        202,
        this.enqueue(uid, 'indexCreation', { primaryKey: b.primaryKey ?? null }, () => {
          if (this.indexes.has(uid)) throw new ApiError(400, 'index_already_exists', `Index \`${uid}\` already exists.`);
          this.createIndex(uid, (b.primaryKey as string) ?? null);
        }),
      ];
    }
    if ((m = /^\/indexes\/([^/]+)$/.exec(path)) && method === 'GET') {
      const index = this.indexes.get(m[1]);
      if (!index) throw new ApiError(404, 'index_not_found', `Index \`${m[1]}\` not found.`);
      return [200, { uid: index.uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: index.createdAt }];
    }
    if ((m = /^\/indexes\/([^/]+)\/settings$/.exec(path))) {
      const uid = m[1];
      if (method === 'GET') {
        const index = this.indexes.get(uid);
        if (!index) throw new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
        return [200, index.settings];
      }
      if (method === 'PATCH') {
        const b = this.object(body);
        this.validateSettings(b);
        return [
          202,
          this.enqueue(uid, 'settingsUpdate', b, () => {
            const index = this.indexes.get(uid) ?? this.createIndex(uid, null);
            for (const [k, v] of Object.entries(b)) {
              index.settings[k] = k === 'faceting' || k === 'pagination' ? { ...(index.settings[k] as object), ...(v as object) } : v;
            }
          }),
        ];
      }
    }
    if ((m = /^\/indexes\/([^/]+)\/documents$/.exec(path)) && (method === 'POST' || method === 'PUT')) {
      const uid = m[1];
      if (!Array.isArray(body) || body.some((d) => typeof d !== 'object' || d === null || Array.isArray(d))) {
        throw new ApiError(400, 'malformed_payload', 'The documents must be an array of objects.');
      }
      const primaryKey = params.get('primaryKey');
      const docs = body as Doc[];
      return [
        202,
        this.enqueue(
          uid,
          'documentAdditionOrUpdate',
          { receivedDocuments: docs.length },
          () => {
            const index = this.indexes.get(uid) ?? this.createIndex(uid, primaryKey);
            index.primaryKey ??= primaryKey ?? 'id';
            const key = index.primaryKey;
            for (const d of docs) {
              const id = d[key];
              if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,511}$/.test(id)) {
                throw new ApiError(400, 'invalid_document_id', `Document identifier \`${JSON.stringify(id)}\` is invalid.`);
              }
            }
            for (const d of docs) {
              const id = d[key] as string;
              index.docs.set(id, method === 'PUT' ? { ...(index.docs.get(id) ?? {}), ...d } : { ...d });
            }
          },
          true,
        ),
      ];
    }
    if ((m = /^\/indexes\/([^/]+)\/documents\/delete-batch$/.exec(path)) && method === 'POST') {
      const uid = m[1];
      if (!Array.isArray(body) || body.some((id) => typeof id !== 'string' && typeof id !== 'number')) {
        throw new ApiError(400, 'invalid_document_ids', 'The ids must be an array of strings or numbers.');
      }
      const ids = (body as Array<string | number>).map(String);
      return [
        202,
        this.enqueue(
          uid,
          'documentDeletion',
          { providedIds: ids.length },
          () => {
            const index = this.indexes.get(uid);
            if (!index) throw new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
            for (const id of ids) index.docs.delete(id);
          },
          true,
        ),
      ];
    }
    if ((m = /^\/indexes\/([^/]+)\/search$/.exec(path)) && method === 'POST') {
      return [200, this.search(m[1], this.object(body))];
    }
    if (method === 'POST' && path === '/multi-search') {
      const b = this.object(body);
      this.unknownKeys(b, new Set(['queries', 'federation']), 'bad_request');
      if (!Array.isArray(b.queries)) throw new ApiError(400, 'bad_request', '`queries` must be an array');
      return [
        200,
        {
          results: b.queries.map((q: unknown) => {
            const { indexUid, ...rest } = this.object(q);
            if (typeof indexUid !== 'string') throw new ApiError(400, 'missing_index_uid', '`indexUid` is required');
            return { indexUid, ...this.search(indexUid, rest) };
          }),
        },
      ];
    }
    throw new ApiError(404, 'not_found', `${method} ${path} is not served by the fake`);
  }

  private createIndex(uid: string, primaryKey: string | null): IndexState {
    const index: IndexState = {
      uid,
      primaryKey,
      docs: new Map(),
      createdAt: new Date().toISOString(),
      settings: {
        searchableAttributes: ['*'],
        filterableAttributes: [],
        sortableAttributes: [],
        rankingRules: DEFAULT_RANKING,
        displayedAttributes: ['*'],
        faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
        pagination: { maxTotalHits: 1000 },
        typoTolerance: { enabled: true },
      },
    };
    this.indexes.set(uid, index);
    return index;
  }

  private object(body: unknown): Record<string, unknown> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'bad_request', 'expected a JSON object');
    return body as Record<string, unknown>;
  }

  private unknownKeys(b: Record<string, unknown>, allowed: Set<string>, code: string): void {
    for (const k of Object.keys(b)) {
      if (!allowed.has(k)) throw new ApiError(400, code, `Unknown field \`${k}\`: expected one of ${[...allowed].join(', ')}`);
    }
  }

  private validateSettings(b: Record<string, unknown>): void {
    this.unknownKeys(b, SETTINGS_KEYS, 'bad_request');
    for (const k of ['searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'rankingRules', 'displayedAttributes']) {
      if (k in b && (!Array.isArray(b[k]) || (b[k] as unknown[]).some((v) => typeof v !== 'string'))) {
        throw new ApiError(
          400,
          `invalid_settings_${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
          `\`${k}\` must be an array of strings`,
        );
      }
    }
    if (b.rankingRules) {
      for (const rule of b.rankingRules as string[]) {
        if (!DEFAULT_RANKING.includes(rule) && !/^[A-Za-z0-9_.]+:(asc|desc)$/.test(rule)) {
          throw new ApiError(400, 'invalid_settings_ranking_rules', `unknown ranking rule ${rule}`);
        }
      }
    }
    if (b.faceting !== undefined) {
      const f = this.object(b.faceting);
      this.unknownKeys(f, new Set(['maxValuesPerFacet', 'sortFacetValuesBy']), 'invalid_settings_faceting');
      if (f.maxValuesPerFacet !== undefined && (!Number.isInteger(f.maxValuesPerFacet) || (f.maxValuesPerFacet as number) < 0)) {
        throw new ApiError(400, 'invalid_settings_faceting', 'maxValuesPerFacet must be a positive integer');
      }
      if (f.sortFacetValuesBy !== undefined) {
        for (const v of Object.values(this.object(f.sortFacetValuesBy))) {
          if (v !== 'alpha' && v !== 'count')
            throw new ApiError(400, 'invalid_settings_faceting', 'sortFacetValuesBy must be alpha or count');
        }
      }
    }
    if (b.pagination !== undefined) {
      const p = this.object(b.pagination);
      this.unknownKeys(p, new Set(['maxTotalHits']), 'invalid_settings_pagination');
      if (!Number.isInteger(p.maxTotalHits) || (p.maxTotalHits as number) < 1)
        throw new ApiError(400, 'invalid_settings_pagination', 'maxTotalHits must be a positive integer');
    }
    if (b.typoTolerance !== undefined) this.object(b.typoTolerance);
  }

  private enqueue(indexUid: string, type: string, details: Record<string, unknown>, apply: () => void, failable = false) {
    const now = new Date().toISOString();
    const task: Task = {
      uid: this.tasks.length,
      batchUid: null,
      indexUid,
      status: 'enqueued',
      type,
      details,
      error: null,
      enqueuedAt: now,
      startedAt: null,
      finishedAt: null,
      duration: null,
      canceledBy: null,
      apply:
        failable && this.failNext > 0
          ? (this.failNext--,
            () => {
              throw new ApiError(500, 'internal', 'injected failure', 'internal');
            })
          : apply,
    };
    this.tasks.push(task);
    setTimeout(() => this.processQueue(), 5);
    return { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: now };
  }

  /** Tasks run one at a time in enqueue order, as in Meilisearch. */
  private processQueue(): void {
    if (this.processing) return;
    this.processing = true;
    try {
      for (const task of this.tasks) {
        if (task.status !== 'enqueued') continue;
        task.status = 'processing';
        task.startedAt = new Date().toISOString();
        try {
          task.apply();
          task.status = 'succeeded';
        } catch (error) {
          const e = error instanceof ApiError ? error : new ApiError(500, 'internal', String(error), 'internal');
          task.status = 'failed';
          task.error = { message: e.message, code: e.code, type: e.type, link: `https://docs.meilisearch.com/errors#${e.code}` };
        }
        task.finishedAt = new Date().toISOString();
        task.duration = 'PT0.001S';
      }
    } finally {
      this.processing = false;
    }
  }

  private search(uid: string, b: Record<string, unknown>) {
    const index = this.indexes.get(uid);
    if (!index) throw new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`);
    this.unknownKeys(b, SEARCH_KEYS, 'bad_request');
    const s = index.settings;
    const offset = b.offset ?? 0;
    const limit = b.limit ?? 20;
    if (!Number.isInteger(offset) || (offset as number) < 0)
      throw new ApiError(400, 'invalid_search_offset', 'offset must be a positive integer');
    if (!Number.isInteger(limit) || (limit as number) < 0)
      throw new ApiError(400, 'invalid_search_limit', 'limit must be a positive integer');
    if (b.matchingStrategy !== undefined && !['last', 'all', 'frequency'].includes(b.matchingStrategy as string)) {
      throw new ApiError(400, 'invalid_search_matching_strategy', 'unknown matching strategy');
    }
    if (b.q !== undefined && b.q !== null && typeof b.q !== 'string') throw new ApiError(400, 'invalid_search_q', 'q must be a string');

    const filters = this.parseFilters(b.filter, s.filterableAttributes);
    const sort = this.parseSort(b.sort, s.sortableAttributes);
    const facets = b.facets;
    if (
      facets !== undefined &&
      (!Array.isArray(facets) || facets.some((f) => typeof f !== 'string' || !s.filterableAttributes.includes(f)))
    ) {
      throw new ApiError(400, 'invalid_search_facets', 'Invalid facet: attributes must be filterable');
    }

    const query = this.parseQuery(typeof b.q === 'string' ? b.q : '');
    const searchable = s.searchableAttributes.includes('*') ? null : s.searchableAttributes;
    const matches: Array<{ doc: Doc; score: number; order: number }> = [];
    let order = 0;
    for (const doc of index.docs.values()) {
      order++;
      if (!filters.every((f) => evaluateFilter(f, doc))) continue;
      const score = this.score(query, doc, searchable);
      if (score === null) continue;
      matches.push({ doc, score, order });
    }
    matches.sort((x, y) => {
      for (const [field, dir] of sort) {
        const a = x.doc[field] as number | string | undefined;
        const c = y.doc[field] as number | string | undefined;
        if (a !== c) {
          if (a === undefined || a === null) return 1;
          if (c === undefined || c === null) return -1;
          return (a < c ? -1 : 1) * (dir === 'asc' ? 1 : -1);
        }
      }
      return y.score - x.score || x.order - y.order;
    });
    const max = s.pagination.maxTotalHits;
    const reachable = matches.slice(0, max);
    const page = reachable.slice(offset as number, Math.min((offset as number) + (limit as number), max));
    const retrieve = Array.isArray(b.attributesToRetrieve) ? (b.attributesToRetrieve as string[]) : null;
    const hits = page.map(({ doc, score }) => {
      const shown: Doc =
        retrieve && !retrieve.includes('*') ? Object.fromEntries(retrieve.filter((k) => k in doc).map((k) => [k, doc[k]])) : { ...doc };
      if (b.showRankingScore) shown._rankingScore = score;
      return shown;
    });
    const result: Record<string, unknown> = {
      hits,
      query: b.q ?? '',
      processingTimeMs: 0,
      limit,
      offset,
      estimatedTotalHits: Math.min(matches.length, max),
    };
    if (Array.isArray(facets)) {
      const distribution: Record<string, Record<string, number>> = {};
      for (const field of facets as string[]) {
        const counts = new Map<string, number>();
        for (const { doc } of matches) {
          const v = doc[field];
          const values = v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
          for (const value of new Set(values.map(String))) counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        const by = s.faceting.sortFacetValuesBy[field] ?? s.faceting.sortFacetValuesBy['*'] ?? 'alpha';
        const sorted = [...counts].sort((x, y) => (by === 'count' ? y[1] - x[1] || (x[0] < y[0] ? -1 : 1) : x[0] < y[0] ? -1 : 1));
        distribution[field] = Object.fromEntries(sorted.slice(0, s.faceting.maxValuesPerFacet));
      }
      result.facetDistribution = distribution;
    }
    return result;
  }

  private parseFilters(filter: unknown, filterable: string[]) {
    if (filter === undefined || filter === null) return [];
    const check = (expression: unknown) => {
      if (typeof expression !== 'string') throw new ApiError(400, 'invalid_search_filter', 'filter expressions must be strings');
      try {
        const node = parseFilter(expression);
        for (const attribute of attributesOf(node)) {
          if (!filterable.includes(attribute)) {
            throw new ApiError(400, 'invalid_search_filter', `Attribute \`${attribute}\` is not filterable.`);
          }
        }
        return node;
      } catch (error) {
        if (error instanceof FilterSyntaxError) throw new ApiError(400, 'invalid_search_filter', error.message);
        throw error;
      }
    };
    if (typeof filter === 'string') return [check(filter)];
    if (!Array.isArray(filter)) throw new ApiError(400, 'invalid_search_filter', 'filter must be a string or an array');
    return filter.map((part) => {
      if (Array.isArray(part)) {
        if (part.some((p) => Array.isArray(p))) throw new ApiError(400, 'invalid_search_filter', 'filter arrays nest at most two levels');
        const items = part.map(check);
        return { type: 'or' as const, items };
      }
      return check(part);
    });
  }

  private parseSort(sort: unknown, sortable: string[]): Array<[string, 'asc' | 'desc']> {
    if (sort === undefined || sort === null) return [];
    if (!Array.isArray(sort)) throw new ApiError(400, 'invalid_search_sort', 'sort must be an array');
    return sort.map((s) => {
      const m = typeof s === 'string' ? /^([A-Za-z0-9_.]+):(asc|desc)$/.exec(s) : null;
      if (!m) throw new ApiError(400, 'invalid_search_sort', `Invalid sort ${JSON.stringify(s)}`);
      if (!sortable.includes(m[1])) throw new ApiError(400, 'invalid_search_sort', `Attribute \`${m[1]}\` is not sortable.`);
      return [m[1], m[2] as 'asc' | 'desc'];
    });
  }

  /** Words (at most 10), "phrases" and -negations; the last plain word also matches as a prefix. */
  private parseQuery(q: string) {
    const parts: Array<{ words: string[]; negated: boolean; phrase: boolean }> = [];
    const re = /(-?)"([^"]*)"?|(\S+)/g;
    let count = 0;
    for (let m = re.exec(q); m && count < 10; m = re.exec(q)) {
      if (m[3] !== undefined) {
        const negated = m[3].startsWith('-') && m[3].length > 1;
        const words = normalizeText(negated ? m[3].slice(1) : m[3]);
        if (words.length === 0) continue;
        parts.push({ words, negated, phrase: words.length > 1 });
        count += words.length;
      } else {
        const words = normalizeText(m[2]);
        if (words.length === 0) continue;
        parts.push({ words, negated: m[1] === '-', phrase: true });
        count += words.length;
      }
    }
    const last = parts[parts.length - 1];
    const prefixLast = last !== undefined && !last.phrase && !last.negated && !/\s$/.test(q);
    return { parts, prefixLast };
  }

  private score(query: ReturnType<FakeMeilisearch['parseQuery']>, doc: Doc, searchable: string[] | null): number | null {
    if (query.parts.length === 0) return 1;
    const fields = (searchable ?? Object.keys(doc)).map((k) => doc[k]).filter((v) => v !== undefined && v !== null);
    const tokens = fields.map((v) => normalizeText(Array.isArray(v) ? v.join(' ') : String(v)));
    let score = 0;
    let positive = 0;
    query.parts.forEach((part, i) => {
      const isLast = i === query.parts.length - 1;
      const found = tokens.some((field) => {
        for (let start = 0; start + part.words.length <= field.length; start++) {
          if (
            part.words.every((w, k) => field[start + k] === w || (query.prefixLast && isLast && k === 0 && field[start + k].startsWith(w)))
          )
            return true;
        }
        return false;
      });
      if (part.negated) {
        if (found) score = Number.NEGATIVE_INFINITY;
      } else {
        positive++;
        if (found) score += 1;
        else score = Number.NEGATIVE_INFINITY;
      }
    });
    if (!Number.isFinite(score)) return null;
    return positive === 0 ? 1 : score / positive;
  }
}
