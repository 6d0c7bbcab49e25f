/**
 * Every stable machine code the API can answer with, its HTTP status and title. Adding a code
 * here is the only way to make it reachable: DomainError is typed by these keys, so a code
 * without a status does not compile.
 */
export const ERROR_CATALOG = {
  // generic
  validation_failed: { status: 400, title: 'The request is invalid' },
  invalid_cursor: { status: 400, title: 'The cursor is invalid' },
  malformed_body: { status: 400, title: 'The request body could not be parsed' },
  body_too_deep: { status: 400, title: 'The request body nests arrays and objects too deeply' },
  malformed_request: { status: 400, title: 'The HTTP request could not be parsed' },
  request_timeout: { status: 408, title: 'The request was not received in time' },
  headers_too_large: { status: 431, title: 'The URL and headers together exceed 16 KiB' },
  unauthenticated: { status: 401, title: 'Authentication is required' },
  invalid_credentials: { status: 401, title: 'The credentials are invalid, expired or revoked' },
  forbidden: { status: 403, title: 'This principal may not call this route' },
  insufficient_scope: { status: 403, title: 'The API key lacks a required scope' },
  route_not_declared: { status: 403, title: 'This route declares no access rule and is denied' },
  not_found: { status: 404, title: 'The resource was not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  uri_too_long: { status: 414, title: 'The URL or one of its parameters is too long' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'The content type is not supported' },
  idempotency_key_reused: { status: 422, title: 'The idempotency key was used with another request' },
  idempotency_key_in_progress: { status: 409, title: 'A request with this idempotency key is still in progress' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Internal server error' },
  service_unavailable: { status: 503, title: 'The service is not ready' },
  // associations and orgs
  slug_taken: { status: 409, title: 'The slug is already used by another association' },
  admin_only_field: { status: 403, title: 'Only a platform admin may change this field' },
  // api keys
  scope_escalation: { status: 403, title: 'A key cannot grant or revoke scopes it does not hold' },
  api_key_revoked: { status: 409, title: 'The API key is already revoked' },
  // alumni, consent and access
  consent_requires_searchable: { status: 400, title: 'unlockable and contactable require searchable' },
  unknown_terms_version: { status: 400, title: 'The terms version is unknown' },
  invalid_magic_link: { status: 401, title: 'The magic link is invalid, expired or already used' },
  access_request_closed: { status: 409, title: 'The association does not take access requests' },
  // credits, wallet and payments
  insufficient_credits: { status: 402, title: 'The wallet does not hold enough credits' },
  wallet_frozen: { status: 409, title: 'The wallet is frozen while a payment dispute is open' },
  hold_not_open: { status: 409, title: 'The credit hold is already settled' },
  hold_exists: { status: 409, title: 'A credit hold with this reference already exists' },
  payments_not_configured: { status: 503, title: 'Payments are not configured on this server' },
  payment_provider_error: { status: 502, title: 'The payment provider refused or failed the request' },
  webhook_event_invalid: { status: 400, title: 'The webhook event lacks an id, a type or its data object' },
  webhook_signature_invalid: { status: 400, title: 'The webhook signature is missing, invalid or stale' },
  // profiles and unlocks
  association_access_denied: { status: 403, title: 'The association does not give this org access to its alumni' },
  not_unlockable: { status: 403, title: 'The alumnus does not allow full-profile unlocks' },
  consent_withdrawn: { status: 410, title: 'The alumnus withdrew the consent this access relied on' },
  // search
  search_unavailable: { status: 503, title: 'Search is temporarily unavailable' },
  // contact requests, revenue and payouts
  not_contactable: { status: 403, title: 'The alumnus does not accept contact requests' },
  contact_request_open: { status: 409, title: 'An open contact request to this alumnus already exists' },
  contact_request_not_open: { status: 409, title: 'The contact request is no longer open' },
  contact_cap_reached: { status: 409, title: 'The alumnus has reached their monthly limit of contact requests' },
  // people sign-in, sessions and members
  cross_site_request: { status: 403, title: 'A cookie-authenticated write must come from this site' },
  last_owner: { status: 409, title: 'The last owner cannot be removed or demoted' },
  member_exists: { status: 409, title: 'This address is already a member' },
  sign_in_link_invalid: { status: 400, title: 'The sign-in link is invalid, expired or already used' },
  // webhooks and events
  webhook_url_refused: { status: 400, title: 'The webhook URL is not allowed (scheme, credentials, or a non-public address)' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export function problemType(code: ErrorCode | string): string {
  return `/problems/${code.replace(/_/g, '-')}`;
}
