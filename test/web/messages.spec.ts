import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const I18N = join(__dirname, '../../web/src/i18n');
const read = (locale: string, file: string) => JSON.parse(readFileSync(join(I18N, locale, file), 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every page area has one message file per locale; French and English must say the same things. */
describe('web app messages', () => {
  const fr = readdirSync(join(I18N, 'fr')).sort();
  const en = readdirSync(join(I18N, 'en')).sort();

  it('has the same area files in French and English', () => {
    expect(fr).toEqual(en);
    expect(fr).toEqual(expect.arrayContaining(['common.json', 'signin.json', 'alumni.json']));
  });

  it.each(en)('%s has the same keys and placeholders in both locales, none empty', (file) => {
    const english = read('en', file);
    const french = read('fr', file);
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect(english[key].trim()).not.toBe('');
      expect(french[key].trim()).not.toBe('');
      expect([key, placeholders(french[key])]).toEqual([key, placeholders(english[key])]);
    }
  });

  it('labels the three consent switches exactly as the product names them in English', () => {
    const alumni = read('en', 'alumni.json');
    expect([alumni['consent.searchable'], alumni['consent.unlockable'], alumni['consent.contactable']]).toEqual([
      'Searchable',
      'Unlockable',
      'Contactable',
    ]);
  });

  it('names in words, in both locales, every write an association member or key can make (the audit log shows them)', () => {
    const document = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
      paths: Record<string, Record<string, { 'x-principal-kinds'?: string[] }>>;
    };
    const writes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method, op]) => ['post', 'put', 'patch', 'delete'].includes(method) && op['x-principal-kinds']?.includes('association'))
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(writes.length).toBeGreaterThan(20);
    for (const locale of ['en', 'fr']) {
      const messages = read(locale, 'association.json');
      expect([locale, writes.filter((action) => !messages[`audit.do.${action}`])]).toEqual([locale, []]);
    }
  });
});
