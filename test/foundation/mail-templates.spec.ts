import { frenchSpacing, MailKind, MailTemplate, renderMail } from '../../src/mail/templates';

/** One of every mail, with a recruiter's message that holds French punctuation of its own. */
const SAMPLES: Record<MailKind, MailTemplate> = {
  sign_in: { kind: 'sign_in', accounts: [{ label: 'Diplômé·e de Demo', url: 'https://passerelle.example/a' }] },
  invitation: { kind: 'invitation', associationName: 'Demo', url: 'https://passerelle.example/b' },
  member_invitation: { kind: 'member_invitation', roleLabel: 'Propriétaire', orgName: 'Org', url: 'https://passerelle.example/c' },
  reconfirmation: { kind: 'reconfirmation', associationName: 'Demo', url: 'https://passerelle.example/d', lapsesOn: '1 mars 2027' },
  contact_request_received: {
    kind: 'contact_request_received',
    orgName: 'Org',
    jobTitle: 'Data engineer',
    message: 'Bonjour : un poste ?',
    url: 'https://passerelle.example/e',
    expiresOn: '1 mars 2027',
  },
  contact_request_expiring: {
    kind: 'contact_request_expiring',
    orgName: 'Org',
    jobTitle: 'Data engineer',
    url: 'https://passerelle.example/f',
    expiresOn: '1 mars 2027',
  },
  contact_request_accepted: {
    kind: 'contact_request_accepted',
    jobTitle: 'Data engineer',
    alumnusName: 'Ada',
    alumnusEmail: 'ada@example.com',
    url: 'https://passerelle.example/g',
  },
  contact_request_declined: {
    kind: 'contact_request_declined',
    jobTitle: 'Data engineer',
    credits: 2,
    url: 'https://passerelle.example/h',
  },
  contact_request_expired: { kind: 'contact_request_expired', jobTitle: 'Data engineer', credits: 2, url: 'https://passerelle.example/i' },
  webhook_disabled: { kind: 'webhook_disabled', endpointUrl: 'https://ats.example/hook', url: 'https://passerelle.example/j' },
};

describe('mail templates', () => {
  it('French spacing: no-break space before : and », narrow before ; ? !, after «', () => {
    expect(frenchSpacing('Réponse : « oui » ; vraiment ? oui !')).toBe(
      'Réponse\u00a0: «\u00a0oui\u00a0»\u202f; vraiment\u202f? oui\u202f!',
    );
    expect(frenchSpacing('https://a.example:8443/x')).toBe('https://a.example:8443/x');
  });

  it.each(Object.keys(SAMPLES) as MailKind[])('%s in French breaks no line before a punctuation mark', (kind) => {
    const mail = renderMail('fr', SAMPLES[kind]);
    const quoted = kind === 'contact_request_received' ? '> Bonjour : un poste ?' : '';
    for (const text of [mail.subject, mail.text.replace(quoted, ''), mail.html.replace('Bonjour : un poste ?', '')]) {
      expect(text).not.toMatch(/ [:;?!»]|« /);
    }
    // The sender's own message is quoted as written.
    if (quoted) expect(mail.text).toContain(quoted);
  });

  it.each(Object.keys(SAMPLES) as MailKind[])('%s in English is left with ordinary spaces', (kind) => {
    const mail = renderMail('en', SAMPLES[kind]);
    expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/[\u00a0\u202f]/);
  });
});
