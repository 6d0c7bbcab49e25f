import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CsvError, parse } from 'csv-parse';
import { hash as digest } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { addressableAssociationId } from '../auth/ownership';
import { Principal } from '../auth/principal';
import { FieldError } from '../common/domain-error';
import { AlumniError } from './alumni.errors';
import { AlumniRepository, ImportedConsentChange } from './alumni.repository';
import { ImportFailureDto, ImportResultDto } from './dto/alumnus-response.dto';
import { coerceField, parseBool, PROFILE_FIELDS, REQUIRED_IMPORT_KEYS } from './profile-fields';
import { SearchProjection } from '../search/search-projection.service';
import { invalidTextReason } from '../common/request-input';
import { EventsService } from '../events/events.service';
import { StreamedJsonBody } from '../common/json-array-spool';

export const MAX_IMPORT_ROWS = 50_000;
/** CSV bodies are streamed and counted here; JSON bodies are limited by the route (see the controller). */
export const MAX_CSV_IMPORT_BYTES = 100 * 1_048_576;
const BATCH_SIZE = 1000;
/**
 * Batch transactions written at once, each on its own connection, while the next batch is
 * parsed: PostgreSQL (the search projection's generated tsvector above all) is most of an
 * import's work, and one connection uses one core.
 */
export const IMPORT_WRITERS = 2;
const ERASED_MESSAGE = 'belongs to an alumnus who erased their data; it is not imported again';

const CONSENT_KEYS = [
  'consentSearchable',
  'consentUnlockable',
  'consentContactable',
  'consentCollectedAt',
  'consentTermsVersion',
  'consentProofReference',
  'consentTextHash',
] as const;
export const IMPORT_COLUMNS: readonly string[] = ['externalId', ...PROFILE_FIELDS.map((f) => f.key), ...CONSENT_KEYS];
const KNOWN_COLUMNS = new Set(IMPORT_COLUMNS);

interface ImportConsent {
  searchable: boolean;
  unlockable: boolean;
  contactable: boolean;
  givenAt: string;
  termsVersion: string;
  proofReference: string;
  textHash: string | null;
}

interface ImportRow {
  row: number;
  externalId: string;
  /** Column name → value, ready for jsonb_to_recordset. */
  values: Record<string, unknown>;
  consent: ImportConsent | null;
  hash: string;
}

interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  failed: ImportFailureDto[];
}

/**
 * Upserts alumni by `externalId`, in transactions of 1000 rows (one INSERT … ON CONFLICT each),
 * so a failure mid-import leaves whole batches, never half a row. Each row's normalised content is
 * hashed into `import_hash`; an upsert whose hash did not change writes nothing and counts as
 * unchanged. A batch the database refuses is retried row by row, so a bad row never blocks the
 * good ones. Up to IMPORT_WRITERS batches are written concurrently; an externalId seen twice is
 * refused while parsing (before batching), so the batches of one import never share a row and
 * the result does not depend on which batch commits first.
 */
@Injectable()
export class AlumniImportService {
  private readonly logger = new Logger(AlumniImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alumni: AlumniRepository,
    private readonly search: SearchProjection,
    private readonly events: EventsService,
  ) {}

  /** The route's entry point: text/csv arrives as the raw stream, JSON as a StreamedJsonBody. */
  import(principal: Principal, id: string, body: unknown, contentType: string | undefined): Promise<ImportResultDto> {
    const associationId = addressableAssociationId(principal, id);
    if (/^text\/csv\b/i.test(contentType ?? '')) return this.importCsv(associationId, body as Readable);
    return body instanceof StreamedJsonBody ? this.importJsonStream(associationId, body) : this.importJson(associationId, body);
  }

  /**
   * A JSON body as the route hands it over: the whole body is checked first (syntax, UTF-8,
   * depth, size, invalid text, row count), so a refused body writes nothing, as a parsed one;
   * then its rows are parsed one at a time while they are imported, never all held at once.
   */
  importJsonStream(associationId: string, body: StreamedJsonBody): Promise<ImportResultDto> {
    return body.read(MAX_IMPORT_ROWS, async (read) => {
      if (read.kind === 'value') return this.importJson(associationId, read.value);
      if (read.length > MAX_IMPORT_ROWS) {
        throw new AlumniError('payload_too_large', `An import holds at most ${MAX_IMPORT_ROWS} rows (got ${read.length})`);
      }
      return this.completed(associationId, await this.importRecords(associationId, numbered(read.elements()), false));
    });
  }

  async importJson(associationId: string, body: unknown): Promise<ImportResultDto> {
    if (!Array.isArray(body)) {
      throw new AlumniError('validation_failed', 'The body must be a JSON array of alumni (or text/csv)', {
        errors: [{ field: 'body', message: 'must be an array' }],
      });
    }
    if (body.length > MAX_IMPORT_ROWS) {
      throw new AlumniError('payload_too_large', `An import holds at most ${MAX_IMPORT_ROWS} rows (got ${body.length})`);
    }
    return this.completed(associationId, await this.importRecords(associationId, arrayRecords(body), false));
  }

  async importCsv(associationId: string, stream: Readable): Promise<ImportResultDto> {
    let bytes = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        if (bytes > MAX_CSV_IMPORT_BYTES)
          callback(new AlumniError('payload_too_large', `A CSV import is at most ${MAX_CSV_IMPORT_BYTES} bytes`));
        else callback(null, chunk);
      },
    });
    // Records come as arrays (faster than csv-parse's objects); values are trimmed by the row validation.
    const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true });
    const records = pipeline(stream, limiter, parser, () => undefined);
    return this.completed(associationId, await this.importRecords(associationId, csvRecords(records), true));
  }

  /**
   * import.completed for the association. An import is many batch transactions; the event
   * reports that all of them ended, so it has its own transaction after the last one.
   */
  private async completed(associationId: string, result: ImportResultDto): Promise<ImportResultDto> {
    await this.dataSource.transaction((manager) =>
      this.events.record(manager, [
        {
          type: 'import.completed',
          to: { associationId },
          data: { created: result.created, updated: result.updated, unchanged: result.unchanged, failed: result.failed.length },
        },
      ]),
    );
    return result;
  }

  private async importRecords(
    associationId: string,
    records: AsyncIterable<{ row: number; record: unknown; columnCountError?: boolean }>,
    fromText: boolean,
  ): Promise<ImportResultDto> {
    const result: ImportResultDto = { created: 0, updated: 0, unchanged: 0, failed: [] };
    const seen = new Set<string>();
    let lastRow = 0;
    let batch: ImportRow[] = [];
    // Up to IMPORT_WRITERS batches are written while the next one is parsed and validated.
    const writing = new Set<Promise<void>>();
    const freeLanes = Array.from({ length: IMPORT_WRITERS }, (_, i) => i);
    const flush = async () => {
      if (batch.length === 0) return;
      while (writing.size >= IMPORT_WRITERS) await Promise.race(writing);
      const current = batch;
      batch = [];
      const lane = freeLanes.pop()!;
      const write: Promise<void> = this.writeBatch(associationId, current, lane)
        .then((outcome) => {
          result.created += outcome.created;
          result.updated += outcome.updated;
          result.unchanged += outcome.unchanged;
          result.failed.push(...outcome.failed);
        })
        .finally(() => {
          writing.delete(write);
          freeLanes.push(lane);
        });
      writing.add(write);
      // Keeps a failed write from becoming an unhandled rejection before it is awaited.
      write.catch(() => undefined);
    };
    const drain = async () => {
      await flush();
      await Promise.all(writing);
    };
    try {
      for await (const { row, record, columnCountError } of records) {
        lastRow = row;
        if (row > MAX_IMPORT_ROWS) {
          result.failed.push({
            row,
            externalId: null,
            errors: [{ field: 'row', message: `an import holds at most ${MAX_IMPORT_ROWS} rows; the rest was not read` }],
          });
          break;
        }
        const errors: FieldError[] = [];
        if (columnCountError) errors.push({ field: 'row', message: 'wrong number of columns' });
        const parsed = normaliseRow(record, fromText, errors);
        const externalId = parsed?.externalId ?? externalIdOf(record);
        if (parsed && seen.has(parsed.externalId)) errors.push({ field: 'externalId', message: 'appears twice in this import' });
        if (!parsed || errors.length > 0) {
          result.failed.push({ row, externalId, errors });
          continue;
        }
        seen.add(parsed.externalId);
        batch.push({ ...parsed, row });
        if (batch.length >= BATCH_SIZE) await flush();
      }
    } catch (error) {
      if (error instanceof AlumniError && error.code !== 'payload_too_large') throw error;
      if (!isCsvError(error) && !(error instanceof AlumniError)) throw error;
      // A syntax error stops the CSV parser: what was read before it is kept, and the caller is told where it stopped.
      await drain();
      result.failed.sort((a, b) => a.row - b.row);
      result.failed.push({
        row: lastRow + 1,
        externalId: null,
        errors: [{ field: 'row', message: `${(error as Error).message}; the rest of the file was not read` }],
      });
      return result;
    }
    await drain();
    result.failed.sort((a, b) => a.row - b.row);
    return result;
  }

  /**
   * Integration events of the consent changes an import batch made, in the batch's transaction
   * (a batch that rolls back, or is split and written again, records them with the rows that
   * commit): the association hears of each alumnus whose consent changed, and when full-profile
   * consent ends every org that unlocked the person is told to delete the data, as for a
   * self-service change. An alumnus created by the import has no earlier consent to change.
   */
  private async recordConsentChanges(manager: EntityManager, associationId: string, changes: ImportedConsentChange[]): Promise<void> {
    await this.events.record(
      manager,
      changes.map((c) => ({
        type: 'alumnus.consent_changed' as const,
        to: { associationId },
        data: { alumnusId: c.alumnus_id, searchable: c.searchable, unlockable: c.unlockable, contactable: c.contactable },
      })),
    );
    const withdrawn = changes.filter((c) => c.was_unlockable && !c.unlockable).map((c) => c.alumnus_id);
    await this.events.recordDeletionNotices(manager, 'alumnus.consent_withdrawn', withdrawn);
  }

  private async writeBatch(associationId: string, batch: ImportRow[], lane: number): Promise<BatchOutcome> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.alumni.lockForImport(manager, associationId, lane);
        // Alumni who erased their data are not imported again (an erasure holds every lane while it commits).
        const erased = await this.alumni.erasedExternalIds(
          manager,
          associationId,
          batch.map((r) => r.externalId),
        );
        const refused = batch
          .filter((r) => erased.has(r.externalId))
          .map((r) => ({ row: r.row, externalId: r.externalId, errors: [{ field: 'externalId', message: ERASED_MESSAGE }] }));
        const live = erased.size === 0 ? batch : batch.filter((r) => !erased.has(r.externalId));
        // Unchanged rows are recognised by a read, so a re-import writes (and locks) nothing for them.
        const storedHash = await this.alumni.importHashes(
          manager,
          associationId,
          live.map((r) => r.externalId),
        );
        // Rows are written in externalId order: two transactions that upsert the same alumni (two
        // imports into one association, in different lanes) lock them in one order, so neither
        // waits for a row the other will only lock after waiting for it (no deadlock).
        const changed = live.filter((r) => storedHash.get(r.externalId) !== r.hash).sort(byExternalId);
        if (changed.length === 0) return { created: 0, updated: 0, unchanged: live.length, failed: refused };
        const written = await this.alumni.upsertImported(
          manager,
          associationId,
          changed.map((r) => ({ external_id: r.externalId, import_hash: r.hash, ...r.values, ...consentCache(r.consent) })),
        );
        const writtenById = new Map(written.map((w) => [w.external_id, w]));
        const consents = changed
          .filter((r) => r.consent && writtenById.has(r.externalId))
          .map((r) => {
            const row = writtenById.get(r.externalId)!;
            return { alumnus_id: row.id, created: row.inserted, ...toConsentRecord(r.consent!) };
          });
        if (consents.length > 0) {
          const changes = await this.alumni.appendImportedConsents(manager, consents);
          await this.recordConsentChanges(manager, associationId, changes);
        }
        // One read and at most two writes for the whole batch, in the batch's transaction.
        await this.search.refresh(
          manager,
          written.map((w) => w.id),
          { lock: false },
        );
        const created = written.filter((w) => w.inserted).length;
        return { created, updated: written.length - created, unchanged: live.length - written.length, failed: refused };
      });
    } catch (error) {
      if (batch.length === 1) {
        this.logger.warn(`import row ${batch[0].row} refused by the database: ${(error as { code?: string }).code ?? 'error'}`);
        return {
          created: 0,
          updated: 0,
          unchanged: 0,
          failed: [{ row: batch[0].row, externalId: batch[0].externalId, errors: [{ field: 'row', message: 'refused by the database' }] }],
        };
      }
      // The batch is split in halves until the refused rows are alone: one bad row among 1,000 costs
      // about 20 transactions instead of 1,000, and the good rows are still written.
      const middle = Math.ceil(batch.length / 2);
      const total: BatchOutcome = { created: 0, updated: 0, unchanged: 0, failed: [] };
      for (const half of [batch.slice(0, middle), batch.slice(middle)]) {
        const one = await this.writeBatch(associationId, half, lane);
        total.created += one.created;
        total.updated += one.updated;
        total.unchanged += one.unchanged;
        total.failed.push(...one.failed);
      }
      return total;
    }
  }
}

function byExternalId(a: ImportRow, b: ImportRow): number {
  return a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0;
}

async function* arrayRecords(rows: unknown[]): AsyncIterable<{ row: number; record: unknown }> {
  for (let i = 0; i < rows.length; i++) yield { row: i + 1, record: rows[i] };
}

async function* numbered(records: AsyncIterable<unknown>): AsyncIterable<{ row: number; record: unknown }> {
  let row = 0;
  for await (const record of records) yield { row: ++row, record };
}

/** Turns csv-parse's arrays into records keyed by the header, which is checked first (a bad header is a 400). */
async function* csvRecords(parser: AsyncIterable<string[]>) {
  let header: string[] | undefined;
  let row = 0;
  for await (const fields of parser) {
    if (!header) {
      header = fields.map((h) => h.trim());
      checkHeader(header);
      continue;
    }
    row++;
    const record: Record<string, string> = {};
    const count = Math.min(fields.length, header.length);
    for (let i = 0; i < count; i++) record[header[i]] = fields[i];
    yield { row, record: record as unknown, columnCountError: fields.length !== header.length };
  }
}

function checkHeader(header: string[]): void {
  const unknown = header.filter((h) => !KNOWN_COLUMNS.has(h));
  const missing = ['externalId', ...REQUIRED_IMPORT_KEYS].filter((h) => !header.includes(h));
  const duplicated = header.filter((h, i) => header.indexOf(h) !== i);
  if (unknown.length > 0 || missing.length > 0 || duplicated.length > 0) {
    throw new AlumniError('validation_failed', 'The CSV header is invalid', {
      errors: [
        ...unknown.map((h) => ({ field: h, message: 'unknown column' })),
        ...missing.map((h) => ({ field: h, message: 'required column is missing' })),
        ...duplicated.map((h) => ({ field: h, message: 'column appears twice' })),
      ],
    });
  }
}

function isCsvError(error: unknown): boolean {
  return error instanceof CsvError;
}

function externalIdOf(record: unknown): string | null {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>).externalId : undefined;
  return typeof value === 'string' && value.length <= 200 ? value : null;
}

function consentCache(c: ImportConsent | null) {
  return {
    consent_searchable: c?.searchable ?? false,
    consent_unlockable: c?.unlockable ?? false,
    consent_contactable: c?.contactable ?? false,
    consent_given_at: c?.givenAt ?? null,
  };
}

function toConsentRecord(c: ImportConsent) {
  return {
    searchable: c.searchable,
    unlockable: c.unlockable,
    contactable: c.contactable,
    terms_version: c.termsVersion,
    text_hash: c.textHash,
    given_at: c.givenAt,
    proof: c.proofReference,
  };
}

/** Validates one row; returns null (with `errors` filled) when it cannot be imported. */
function normaliseRow(record: unknown, fromText: boolean, errors: FieldError[]): Omit<ImportRow, 'row'> | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    errors.push({ field: 'row', message: 'must be an object' });
    return null;
  }
  const raw = record as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!KNOWN_COLUMNS.has(key)) errors.push({ field: key, message: 'unknown field' });
  // CSV cells arrive unchecked by the request's text check (the body is a stream).
  for (const [key, value] of Object.entries(raw)) {
    const reason = typeof value === 'string' ? invalidTextReason(value) : null;
    if (reason) errors.push({ field: key, message: reason });
  }

  // Association exports often number their members: an integer id is taken as its decimal string.
  const externalId =
    typeof raw.externalId === 'string'
      ? raw.externalId.trim()
      : Number.isSafeInteger(raw.externalId)
        ? String(raw.externalId)
        : raw.externalId;
  if (typeof externalId !== 'string' || externalId.length === 0 || externalId.length > 200) {
    errors.push({ field: 'externalId', message: 'is required: a string of 1 to 200 characters' });
  }
  const values: Record<string, unknown> = {};
  const hashed: unknown[] = [externalId];
  for (const field of PROFILE_FIELDS) {
    const value = coerceField(field, raw[field.key], fromText, errors);
    values[field.column] = value;
    hashed.push(value);
  }
  for (const key of REQUIRED_IMPORT_KEYS) {
    const field = PROFILE_FIELDS.find((f) => f.key === key)!;
    if (values[field.column] === null && !errors.some((e) => e.field === key)) errors.push({ field: key, message: 'is required' });
  }
  const consent = normaliseConsent(raw, fromText, errors);
  hashed.push(consent);
  if (errors.length > 0) return null;
  // One-shot crypto.hash: the same digest as createHash, without a Hash object per row (2.4x faster).
  const hash = digest('md5', JSON.stringify(hashed));
  return { externalId: externalId as string, values, consent, hash };
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * `new Date()` rolls 2026-02-30 over to March 2 and accepts year 0, which PostgreSQL refuses:
 * each component is checked against the calendar instead.
 */
export function parseStrictDateTime(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) =>
    v === undefined ? undefined : Number(v),
  ) as number[];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const zone = m[7];
  if (zone && zone.toUpperCase() !== 'Z') {
    const offset = zone.replace(':', '');
    if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(3, 5)) > 59) return null;
  }
  // A date alone, or a time without zone, is read as UTC as before.
  const iso = text.toUpperCase().replace(' ', 'T');
  const date = new Date(m[4] === undefined ? `${iso}T00:00:00Z` : zone ? iso : `${iso}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Imported consent counts only with its proof: when it was collected, under which terms and a
 * reference to the association's record of it. Without all three the alumnus starts (or stays)
 * with no consent from this import; a partial or malformed proof is a row error.
 */
function normaliseConsent(raw: Record<string, unknown>, fromText: boolean, errors: FieldError[]): ImportConsent | null {
  const bool = (key: string): boolean => {
    const value = raw[key];
    if (value === undefined || value === null || value === '') return false;
    const parsed = fromText && typeof value === 'string' ? parseBool(value) : value;
    if (typeof parsed !== 'boolean') {
      errors.push({ field: key, message: 'must be true or false' });
      return false;
    }
    return parsed;
  };
  const text = (key: string, max: number): string | null => {
    const value = raw[key];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
    if (typeof value !== 'string' || value.trim().length > max) {
      errors.push({ field: key, message: `must be a string of at most ${max} characters` });
      return null;
    }
    return value.trim();
  };
  const searchable = bool('consentSearchable');
  const unlockable = bool('consentUnlockable');
  const contactable = bool('consentContactable');
  const collectedAt = text('consentCollectedAt', 40);
  const termsVersion = text('consentTermsVersion', 40);
  const proofReference = text('consentProofReference', 500);
  const textHash = text('consentTextHash', 64);
  if ((unlockable || contactable) && !searchable) {
    errors.push({ field: 'consentSearchable', message: 'unlockable and contactable require searchable' });
  }
  if (textHash !== null && !/^[0-9a-f]{64}$/i.test(textHash)) errors.push({ field: 'consentTextHash', message: 'must be a hex SHA-256' });
  let givenAt: Date | null = null;
  if (collectedAt !== null) {
    givenAt = parseStrictDateTime(collectedAt);
    if (givenAt === null)
      errors.push({ field: 'consentCollectedAt', message: 'must be an ISO 8601 date or date-time (a real day, year 1900 or later)' });
    else if (givenAt.getTime() > Date.now() + 60_000) errors.push({ field: 'consentCollectedAt', message: 'must not be in the future' });
  }
  const proofFields = [collectedAt, termsVersion, proofReference].filter((v) => v !== null).length;
  if (proofFields === 0) return null;
  if (proofFields < 3) {
    for (const [key, value] of [
      ['consentCollectedAt', collectedAt],
      ['consentTermsVersion', termsVersion],
      ['consentProofReference', proofReference],
    ] as const) {
      if (value === null) errors.push({ field: key, message: 'is required with the other consent proof fields' });
    }
    return null;
  }
  if (givenAt === null) return null;
  return {
    searchable,
    unlockable,
    contactable,
    givenAt: givenAt.toISOString(),
    termsVersion: termsVersion!,
    proofReference: proofReference!,
    textHash: textHash?.toLowerCase() ?? null,
  };
}
