import { redactSecrets } from '../../src/logging/redact';
import { newAssociation, newOrg } from '../support/factories';
import { bearer, createTestApp, TestApp } from '../support/test-app';

describe('logs never contain API keys, tokens, emails or phone numbers', () => {
  describe('redactSecrets', () => {
    it.each([
      ['pas_rec_abcdefghij012345_' + 'x'.repeat(43), 'x'.repeat(43)],
      ['pas_adm_abcdefghij012345_' + 'A_b-'.repeat(11), 'A_b-'.repeat(11)],
      ['pas_ses_' + 'q'.repeat(40), 'q'.repeat(40)],
      ['pas_mlk_' + 'z'.repeat(40), 'z'.repeat(40)],
      ['Bearer sometoken123456', 'sometoken123456'],
      ['marie.curie+test@univ-paris.fr', 'marie.curie'],
      ['+33 6 12 34 56 78', '12 34 56'],
      ['sk_test_51Habcdefghijklmnop', '51Habcdefghijklmnop'],
      ['whsec_abcdefghijklmnop', 'abcdefghijklmnop'],
    ])('scrubs %s', (input, secretPart) => {
      const line = JSON.stringify({ msg: `value ${input} here` });
      expect(redactSecrets(line)).not.toContain(secretPart);
    });

    it('keeps the public key id so a key can still be traced', () => {
      expect(redactSecrets('pas_rec_abcdefghij012345_' + 'x'.repeat(43))).toBe('pas_rec_abcdefghij012345_[redacted]');
    });
  });

  describe('through the running application', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { LOG_LEVEL: 'trace' } });
    });
    afterAll(() => t.close());

    it('keeps every credential used in requests out of the log', async () => {
      const association = await newAssociation(t);
      const org = await newOrg(t);
      const forged = `pas_rec_${'f'.repeat(16)}_${'S'.repeat(43)}`;
      const secrets = [t.adminKey, association.key, org.key, forged];

      await t.http().get('/v1/associations').set(bearer(t.adminKey)).expect(200);
      await t.http().get(`/v1/associations/${association.id}`).set(bearer(association.key)).expect(200);
      await t.http().get('/v1/recruiter-orgs/me').set(bearer(org.key)).expect(200);
      await t.http().get('/v1/recruiter-orgs/me').set(bearer(forged)).expect(401);
      // Secrets where they do not belong: query string, path, body of a failing request, headers.
      await t
        .http()
        .get(`/v1/associations?cursor=${encodeURIComponent(org.key)}`)
        .set(bearer(t.adminKey))
        .expect(400);
      await t
        .http()
        .get(`/v1/nowhere/${encodeURIComponent(association.key)}`)
        .expect(404);
      await t
        .http()
        .post('/v1/associations')
        .set(bearer(t.adminKey))
        .set('x-request-id', 'trace-1')
        .send({ name: org.key, slug: 'contact-jean.dupont@example.org', email: 'jean.dupont@example.org', phone: '+33 6 11 22 33 44' })
        .expect(400);
      await t
        .http()
        .post('/v1/associations')
        .set(bearer(t.adminKey))
        .set('content-type', 'application/json')
        .send(`{"a": "${t.adminKey}`)
        .expect(400);

      // Flush pino's synchronous stream and inspect every captured line.
      expect(t.logs.length).toBeGreaterThan(5);
      const all = t.logs.join('');
      for (const secret of secrets) {
        const secretPart = secret.slice(25);
        expect(all).not.toContain(secretPart);
      }
      expect(all).not.toContain('jean.dupont@example.org');
      expect(all).not.toContain('11 22 33 44');
      // Every line is JSON with a request id where a request was involved.
      const requestLines = t.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
      expect(requestLines.length).toBeGreaterThanOrEqual(8);
      for (const line of requestLines) expect(typeof line.reqId).toBe('string');
      expect(requestLines.some((l) => l.reqId === 'trace-1')).toBe(true);
    });
  });
});
