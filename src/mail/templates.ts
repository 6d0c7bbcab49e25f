/**
 * Every mail Passerelle sends, in French and English, as text and HTML. Strings live here per
 * locale; `renderMail` builds both bodies from the same paragraphs and links, so the two never
 * say different things. Values from users (names, job titles, messages) are escaped in HTML.
 */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function toLocale(value: unknown, fallback: Locale = 'fr'): Locale {
  return value === 'fr' || value === 'en' ? value : fallback;
}

export interface SignInAccount {
  /** Already localised label, e.g. "Alumnus of Alumni Demo École" or "Owner at Demo Talent". */
  label: string;
  url: string;
}

export type MailTemplate =
  | { kind: 'sign_in'; accounts: SignInAccount[] }
  | { kind: 'invitation'; associationName: string; url: string }
  | { kind: 'member_invitation'; roleLabel: string; orgName: string; url: string }
  | { kind: 'reconfirmation'; associationName: string; url: string; lapsesOn: string }
  | { kind: 'contact_request_received'; orgName: string; jobTitle: string; message: string; url: string; expiresOn: string }
  | { kind: 'contact_request_expiring'; orgName: string; jobTitle: string; url: string; expiresOn: string }
  | { kind: 'contact_request_accepted'; jobTitle: string; alumnusName: string; alumnusEmail: string; url: string }
  | { kind: 'contact_request_declined'; jobTitle: string; credits: number; url: string }
  | { kind: 'contact_request_expired'; jobTitle: string; credits: number; url: string }
  | { kind: 'webhook_disabled'; endpointUrl: string; url: string };

export type MailKind = MailTemplate['kind'];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Block = { p: string } | { link: string; label: string } | { quote: string };
type Strings = { [K in MailKind]: (data: Extract<MailTemplate, { kind: K }>) => { subject: string; blocks: Block[] } };

const ROLE_LABELS: Record<Locale, Record<string, string>> = {
  fr: {
    owner: 'Propriétaire',
    treasurer: 'Trésorier·e',
    alumni_manager: 'Gestion des diplômés',
    viewer: 'Lecture seule',
    recruiter: 'Recruteur·se',
    billing: 'Facturation',
  },
  en: {
    owner: 'Owner',
    treasurer: 'Treasurer',
    alumni_manager: 'Alumni manager',
    viewer: 'Viewer',
    recruiter: 'Recruiter',
    billing: 'Billing',
  },
};

export function roleLabel(locale: Locale, role: string): string {
  return ROLE_LABELS[locale][role] ?? role;
}

export function accountLabel(
  locale: Locale,
  account: { kind: 'alumnus'; associationName: string } | { kind: 'member'; role: string; orgName: string },
): string {
  if (account.kind === 'alumnus')
    return locale === 'fr' ? `Diplômé·e de ${account.associationName}` : `Alumnus of ${account.associationName}`;
  return locale === 'fr'
    ? `${roleLabel(locale, account.role)} chez ${account.orgName}`
    : `${roleLabel(locale, account.role)} at ${account.orgName}`;
}

const STRINGS: Record<Locale, Strings> = {
  en: {
    sign_in: (d) => ({
      subject: 'Your Passerelle sign-in link',
      blocks: [
        { p: 'Use a link below within 15 minutes to sign in to Passerelle. Each link works once.' },
        ...d.accounts.map((a) => ({ link: a.url, label: a.label })),
        { p: 'If you did not ask to sign in, ignore this mail.' },
      ],
    }),
    invitation: (d) => ({
      subject: `${d.associationName} invites you to Passerelle`,
      blocks: [
        { p: `${d.associationName} invites you to decide whether recruiters may find your professional profile, and on what terms.` },
        { link: d.url, label: 'Open my Passerelle space (link valid 7 days)' },
      ],
    }),
    member_invitation: (d) => ({
      subject: `You are invited to ${d.orgName} on Passerelle`,
      blocks: [
        { p: `You are invited to join ${d.orgName} on Passerelle as ${d.roleLabel}.` },
        { link: d.url, label: 'Accept and sign in (link valid 7 days)' },
      ],
    }),
    reconfirmation: (d) => ({
      subject: 'Please reconfirm your Passerelle consent',
      blocks: [
        {
          p: `Your consent to share your profile with recruiters through ${d.associationName} lapses on ${d.lapsesOn}. Reconfirm or change it:`,
        },
        { link: d.url, label: 'Review my consent (link valid 7 days)' },
      ],
    }),
    contact_request_received: (d) => ({
      subject: `${d.orgName} would like to contact you`,
      blocks: [
        { p: `${d.orgName} sent you a contact request for the position "${d.jobTitle}". Your email is shared only if you accept.` },
        { quote: d.message },
        { p: `Answer before ${d.expiresOn}:` },
        { link: d.url, label: 'Accept or decline' },
      ],
    }),
    contact_request_expiring: (d) => ({
      subject: `The contact request from ${d.orgName} expires soon`,
      blocks: [
        { p: `The contact request from ${d.orgName} ("${d.jobTitle}") expires on ${d.expiresOn}.` },
        { link: d.url, label: 'Accept or decline' },
      ],
    }),
    contact_request_accepted: (d) => ({
      subject: `Contact request accepted: ${d.jobTitle}`,
      blocks: [
        { p: `${d.alumnusName} accepted your contact request for "${d.jobTitle}". You can now write to them at ${d.alumnusEmail}.` },
        { link: d.url, label: 'Open Passerelle' },
      ],
    }),
    contact_request_declined: (d) => ({
      subject: `Contact request declined: ${d.jobTitle}`,
      blocks: [
        { p: `Your contact request for "${d.jobTitle}" was declined. The ${d.credits} held credit(s) are back in your wallet.` },
        { link: d.url, label: 'Open Passerelle' },
      ],
    }),
    contact_request_expired: (d) => ({
      subject: `Contact request expired: ${d.jobTitle}`,
      blocks: [
        {
          p: `Your contact request for "${d.jobTitle}" expired without an answer. The ${d.credits} held credit(s) are back in your wallet.`,
        },
        { link: d.url, label: 'Open Passerelle' },
      ],
    }),
    webhook_disabled: (d) => ({
      subject: 'A Passerelle webhook endpoint was disabled',
      blocks: [
        { p: `Deliveries to ${d.endpointUrl} kept failing, so the endpoint was disabled. Fix it, then enable it again.` },
        { link: d.url, label: 'Open Passerelle' },
      ],
    }),
  },
  fr: {
    sign_in: (d) => ({
      subject: 'Votre lien de connexion Passerelle',
      blocks: [
        { p: 'Utilisez un des liens ci-dessous dans les 15 minutes pour vous connecter à Passerelle. Chaque lien ne sert qu’une fois.' },
        ...d.accounts.map((a) => ({ link: a.url, label: a.label })),
        { p: 'Si vous n’avez pas demandé à vous connecter, ignorez ce message.' },
      ],
    }),
    invitation: (d) => ({
      subject: `${d.associationName} vous invite sur Passerelle`,
      blocks: [
        {
          p: `${d.associationName} vous invite à choisir si des recruteurs peuvent trouver votre profil professionnel, et à quelles conditions.`,
        },
        { link: d.url, label: 'Ouvrir mon espace Passerelle (lien valable 7 jours)' },
      ],
    }),
    member_invitation: (d) => ({
      subject: `Invitation à rejoindre ${d.orgName} sur Passerelle`,
      blocks: [
        { p: `Vous êtes invité·e à rejoindre ${d.orgName} sur Passerelle avec le rôle ${d.roleLabel}.` },
        { link: d.url, label: 'Accepter et me connecter (lien valable 7 jours)' },
      ],
    }),
    reconfirmation: (d) => ({
      subject: 'Merci de confirmer à nouveau votre consentement Passerelle',
      blocks: [
        {
          p: `Votre consentement au partage de votre profil avec des recruteurs via ${d.associationName} expire le ${d.lapsesOn}. Confirmez-le ou modifiez-le :`,
        },
        { link: d.url, label: 'Revoir mon consentement (lien valable 7 jours)' },
      ],
    }),
    contact_request_received: (d) => ({
      subject: `${d.orgName} souhaite vous contacter`,
      blocks: [
        {
          p: `${d.orgName} vous a envoyé une demande de contact pour le poste « ${d.jobTitle} ». Votre adresse n’est transmise que si vous acceptez.`,
        },
        { quote: d.message },
        { p: `Répondez avant le ${d.expiresOn} :` },
        { link: d.url, label: 'Accepter ou refuser' },
      ],
    }),
    contact_request_expiring: (d) => ({
      subject: `La demande de contact de ${d.orgName} expire bientôt`,
      blocks: [
        { p: `La demande de contact de ${d.orgName} (« ${d.jobTitle} ») expire le ${d.expiresOn}.` },
        { link: d.url, label: 'Accepter ou refuser' },
      ],
    }),
    contact_request_accepted: (d) => ({
      subject: `Demande de contact acceptée : ${d.jobTitle}`,
      blocks: [
        { p: `${d.alumnusName} a accepté votre demande de contact pour « ${d.jobTitle} ». Vous pouvez lui écrire à ${d.alumnusEmail}.` },
        { link: d.url, label: 'Ouvrir Passerelle' },
      ],
    }),
    contact_request_declined: (d) => ({
      subject: `Demande de contact refusée : ${d.jobTitle}`,
      blocks: [
        {
          p: `Votre demande de contact pour « ${d.jobTitle} » a été refusée. Les ${d.credits} crédit(s) réservés sont revenus dans votre portefeuille.`,
        },
        { link: d.url, label: 'Ouvrir Passerelle' },
      ],
    }),
    contact_request_expired: (d) => ({
      subject: `Demande de contact expirée : ${d.jobTitle}`,
      blocks: [
        {
          p: `Votre demande de contact pour « ${d.jobTitle} » a expiré sans réponse. Les ${d.credits} crédit(s) réservés sont revenus dans votre portefeuille.`,
        },
        { link: d.url, label: 'Ouvrir Passerelle' },
      ],
    }),
    webhook_disabled: (d) => ({
      subject: 'Un point de réception de webhooks Passerelle a été désactivé',
      blocks: [
        {
          p: `Les envois vers ${d.endpointUrl} échouaient sans cesse : le point de réception a été désactivé. Corrigez-le puis réactivez-le.`,
        },
        { link: d.url, label: 'Ouvrir Passerelle' },
      ],
    }),
  },
};

const FOOTER: Record<Locale, string> = {
  en: 'Passerelle: consent-based access to alumni profiles. You receive this mail because of an action on your Passerelle account.',
  fr: 'Passerelle : l’accès consenti aux profils des diplômés. Vous recevez ce message suite à une action liée à votre compte Passerelle.',
};

/**
 * French puts a no-break space before `:` and `»` and after `«`, and a narrow one before `;`, `?`
 * and `!`, so a line never starts with the mark. Applied to the mail's own sentences (which may
 * include names or titles); a quoted message is the sender's text and is left as written.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:»])/g, '\u00a0$1')
    .replace(/ ([;?!])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0');
}

function blocksIn(locale: Locale, blocks: Block[]): Block[] {
  if (locale !== 'fr') return blocks;
  return blocks.map((b) => ('p' in b ? { p: frenchSpacing(b.p) } : 'link' in b ? { ...b, label: frenchSpacing(b.label) } : b));
}

export function renderMail(locale: Locale, template: MailTemplate): RenderedMail {
  const build = STRINGS[locale][template.kind] as (d: MailTemplate) => { subject: string; blocks: Block[] };
  const built = build(template);
  const subject = locale === 'fr' ? frenchSpacing(built.subject) : built.subject;
  const blocks = blocksIn(locale, built.blocks);
  const footer = locale === 'fr' ? frenchSpacing(FOOTER.fr) : FOOTER[locale];
  const text = blocks
    .map((b) =>
      'p' in b
        ? b.p
        : 'quote' in b
          ? b.quote
              .split('\n')
              .map((l) => `> ${l}`)
              .join('\n')
          : locale === 'fr'
            ? `${b.label}\u00a0:\n${b.link}`
            : `${b.label}:\n${b.link}`,
    )
    .concat(`-- \n${footer}`)
    .join('\n\n');
  const body = blocks
    .map((b) =>
      'p' in b
        ? `<p>${escapeHtml(b.p)}</p>`
        : 'quote' in b
          ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${escapeHtml(b.quote).replace(/\n/g, '<br>')}</blockquote>`
          : `<p><a href="${escapeHtml(b.link)}">${escapeHtml(b.label)}</a></p>`,
    )
    .join('\n');
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5;max-width:600px">\n${body}\n` +
    `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
  return { subject, text: `${text}\n`, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A date as people read it in mails (e.g. "12 March 2027" / "12 mars 2027"), in Paris time. */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}
