// Generated from openapi.json by web/scripts/api-schema.mjs (npm run web:api). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process runs. Never throttled.
         *
         *     **Access:** public, no credentials.
         */
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description 200 when the database (and search, when configured) answer; 503 naming the failing dependency otherwise. Never throttled.
         *
         *     **Access:** public, no credentials.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the association's API keys
         * @description Keys of the association, newest first, with their scopes, expiry, revocation and `lastUsedAt`. Never the secret.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["ApiKeys_listForAssociation"];
        put?: never;
        /**
         * Create an association API key
         * @description Issues a `pas_asc_…` key for the association with the scopes asked for (none beyond those the caller holds). The full key is in the response once and never again; only a hash is stored.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["ApiKeys_createForAssociation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recruiter-orgs/me/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the org's API keys
         * @description Keys of the caller's org, newest first, with their scopes, expiry, revocation and `lastUsedAt`. Never the secret.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["ApiKeys_listForOrg"];
        put?: never;
        /**
         * Create a recruiter-org API key
         * @description Issues a `pas_rec_…` key for the caller's org, e.g. one per HR system, with the scopes asked for (none beyond those the caller holds). The full key is in the response once and never again.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["ApiKeys_createForOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes a key of the caller's association or org (any key for a platform admin) at once. Revoking an already revoked key succeeds.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: association owner, org owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["ApiKeys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Issues a replacement key with the same name and scopes; the old key keeps working for `graceSeconds`, so an integration can switch without downtime. The new key is shown once.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: association owner, org owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["ApiKeys_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List associations
         * @description Every association on the platform, for platform admins.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Associations_list"];
        put?: never;
        /**
         * Create an association
         * @description Creates an association with its pricing, revenue share and access policy, and its first admin key (`pas_asc_…`, shown once).
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Associations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an association
         * @description The association's settings: pricing in credits, revenue share, recruiter access policy and Stripe Connect account. An association key reads only its own.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Associations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an association
         * @description Changes pricing, access policy, name or slug. The revenue share and the Stripe account can only be changed by a platform admin.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `association:write` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        patch: operations["Associations_update"];
        trace?: never;
    };
    "/v1/associations/{id}/consent-health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consent health
         * @description How many alumni are searchable, unlockable, contactable, lapsing, or never answered an invitation.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:read` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AssociationDashboard_consentHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/consent-health/alumni": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alumni of a consent-health figure
         * @description The alumni behind one consent-health figure, to select for invitations.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:read` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AssociationDashboard_consentSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/alumni/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a selection of alumni
         * @description Invites (again) up to 100 alumni to give or renew their consent; answers which were queued and which skipped, and why.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:write` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["AssociationDashboard_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/recruiter-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recruiter org activity
         * @description Recruiter orgs and how many alumni each unlocked or contacted; search by name or email domain to block one.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AssociationDashboard_recruiterOrgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recruiter-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recruiter orgs
         * @description Every recruiter org on the platform, for platform admins.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["RecruiterOrgs_list"];
        put?: never;
        /**
         * Create a recruiter org
         * @description Creates a recruiter org with its wallet and its first API key (`pas_rec_…`, shown once).
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["RecruiterOrgs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recruiter-orgs/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's org
         * @description The recruiter org the key or member session belongs to.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["RecruiterOrgs_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the event feed
         * @description The same events the webhooks deliver to this association or org, in commit order, kept 30 days. Start without a cursor, then pass `nextCursor` to catch up without gaps or repeats; filter with `types`. Payload schemas per type are under `x-webhooks`.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `events:read` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Events_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List access requests
         * @description Recruiter orgs' requests for access to the association, filterable by status.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Access_list"];
        put?: never;
        /**
         * Ask an association for access
         * @description Asks for access to the association's alumni, which an association with the `approval` policy must grant (`open` ones admit every org without a request; `closed` ones refuse). The association gets an `access_request.created` event; asking again returns the same request.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `search:read` (member roles: org owner, org recruiter).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Access_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/access-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an access request
         * @description Gives the org access to the association's alumni (search, unlock and contact).
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Access_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/access-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an access request
         * @description Refuses the org access; its searches no longer include the association's alumni.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Access_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/blocked-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List blocked orgs
         * @description Recruiter orgs the association blocked, newest first.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Access_listBlocked"];
        put?: never;
        /**
         * Block a recruiter org
         * @description The org sees none of the association's alumni from now on, whatever the access policy. Blocking twice is harmless.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Access_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/blocked-orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unblock a recruiter org
         * @description Lifts the association's block; the access policy applies again.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Access_unblock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the associations on the marketplace
         * @description Associations this org could search, with name, searchable alumni count, access policy and this org's access status. Ask for access with POST /v1/associations/{id}/access-requests.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `search:read` (member roles: org owner, org recruiter).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AssociationDirectory_directory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/alumni/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import alumni (JSON or CSV)
         * @description Upserts alumni by `externalId` from a JSON array or `text/csv`. Bad rows never block good ones: they come back in `failed` with their errors. Imported consent needs a proof reference, else the alumnus starts with no consent. Emits `import.completed`.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:write` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["AlumniAdmin_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/alumni": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the association's alumni
         * @description Alumni of the association with their current consent, newest first.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:read` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AlumniAdmin_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/alumni/{alumnusId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an alumnus
         * @description One alumnus of the association with identity, professional fields and current consent.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:read` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AlumniAdmin_get"];
        put?: never;
        post?: never;
        /**
         * Erase an alumnus
         * @description Removes every personal field of the alumnus from the database and the search index; financial records stay without personal data. Orgs that unlocked the profile get `alumnus.erased`.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:write` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["AlumniAdmin_erase"];
        options?: never;
        head?: never;
        /**
         * Update an alumnus
         * @description Changes identity or professional fields of an alumnus of the association. Consent is not changed here: only the alumnus (or an import with proof) can.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:write` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        patch: operations["AlumniAdmin_update"];
        trace?: never;
    };
    "/v1/associations/{id}/alumni/{alumnusId}/consent-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consent history of an alumnus
         * @description Every consent event of the alumnus, oldest first: purposes, terms version and text hash, source and time (the proof of consent).
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:read` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AlumniAdmin_consentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/alumni/{alumnusId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an alumnus to consent
         * @description Mails the alumnus a magic link (valid 7 days) to review and give consent.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:write` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["AlumniAdmin_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alumni/magic-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail an alumnus a sign-in link
         * @description Mails a single-use magic link if the address belongs to an alumnus of that association. Always 202, so addresses cannot be enumerated.
         *
         *     **Access:** public, no credentials.
         *
         *     **Rate limit class:** `magic-link` (see the `RateLimit-Policy` response header).
         */
        post: operations["AlumniSessions_requestMagicLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alumni/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a magic link for a session
         * @description Consumes the single-use `pas_mlk_…` token from the mail and returns a session token `pas_ses_…` for the /v1/me routes.
         *
         *     **Access:** public, no credentials.
         *
         *     **Rate limit class:** `sign-in` (see the `RateLimit-Policy` response header).
         */
        post: operations["AlumniSessions_createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my profile
         * @description The signed-in alumnus's own profile and current consent.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Me_get"];
        put?: never;
        post?: never;
        /**
         * Erase my data
         * @description Erases every personal field of the alumnus and signs them out; orgs that unlocked the profile get `alumnus.erased`. Cannot be undone.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Me_erase"];
        options?: never;
        head?: never;
        /**
         * Update my profile
         * @description Changes the alumnus's own identity and professional fields; the search index follows.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        patch: operations["Me_update"];
        trace?: never;
    };
    "/v1/me/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set my consent
         * @description Records a new consent event (searchable, unlockable, contactable) against the terms version shown, with evidence. Unlockable and contactable need searchable. Withdrawing unlockable notifies every org that unlocked the profile.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        put: operations["Me_putConsent"];
        post?: never;
        /**
         * Withdraw all consent
         * @description Withdraws every purpose in one event: the alumnus leaves search at once, and every org that unlocked the profile gets `alumnus.consent_withdrawn` telling it to delete the data.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Me_withdrawConsent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who viewed me
         * @description Every preview view, unlock and contact request about the alumnus, naming the recruiter org, newest first.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Me_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/blocked-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my blocked orgs
         * @description Recruiter orgs the alumnus blocked.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Me_blockedOrgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/blocked-orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block an org
         * @description The org never sees this alumnus again in search, previews, unlocks or contact requests.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Me_blockOrg"];
        /**
         * Unblock an org
         * @description Lifts the alumnus's block on the org.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Me_unblockOrg"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export my data
         * @description Everything Passerelle holds about the alumnus, as JSON (GDPR Art. 15 and 20): profile, consent history, access log, blocked orgs, sessions, mails and contact requests.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Me_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out this session
         * @description Revokes the calling session token.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Me_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-in-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail sign-in links
         * @description Mails a sign-in link for each account (alumnus, association or org member) of the address. Always 202, so addresses cannot be enumerated.
         *
         *     **Access:** public, no credentials.
         *
         *     **Rate limit class:** `magic-link` (see the `RateLimit-Policy` response header).
         */
        post: operations["PeopleAuth_requestSignInLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my sessions
         * @description The live web-app sessions of the signed-in person.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["PeopleAuth_list"];
        put?: never;
        /**
         * Open a web-app session
         * @description Exchanges the single-use token of a sign-in link for a session cookie `pas_session` (HttpOnly, SameSite=Lax). Must come from this site.
         *
         *     **Access:** public, no credentials.
         *
         *     **Rate limit class:** `sign-in` (see the `RateLimit-Policy` response header).
         */
        post: operations["PeopleAuth_createSession"];
        /**
         * Sign out everywhere
         * @description Revokes every session of this person, on every account sharing the address.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["PeopleAuth_signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person
         * @description Who is signed in, as which account (alumnus, or association or org member with role and scopes).
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["PeopleAuth_current"];
        put?: never;
        post?: never;
        /**
         * Sign out
         * @description Revokes this session at once and clears the cookie.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["PeopleAuth_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my mail preferences
         * @description Which optional mails the alumnus receives, and in which language.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["MePreferences_get"];
        /**
         * Set my mail preferences
         * @description Mutes or unmutes optional mails; sign-in links and invitations are always sent.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        put: operations["MePreferences_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/consent-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consent terms
         * @description The consent text and version to show next to the consent switches, in French or English (English by default); each translation is a version of its own, whose hash is recorded with the consent.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["MePreferences_terms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find recruiter organisations
         * @description Recruiter organisations by name or email domain, to block them.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["MePreferences_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credit-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List credit packs
         * @description Credit packs with their credits, price, currency and validity; buy one with POST /v1/wallet/checkout-sessions.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["CreditPacks_list"];
        put?: never;
        /**
         * Create a credit pack
         * @description A pack recruiters can buy: credits, price, currency, validity in days and an optional Stripe price.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["CreditPacks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the wallet
         * @description Available and held credits, and the lots they come from with their expiry. Spending draws the soonest-expiring lot first.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `credits:read` (member roles: org owner, org recruiter, org billing).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Wallet_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the wallet ledger
         * @description Every credit movement of the org (grant, purchase, spend, hold, release, consume_held, expire, refund), newest first. The balance always equals the sum of the entries.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `credits:read` (member roles: org owner, org recruiter, org billing).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Wallet_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recruiter-orgs/{id}/credit-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant credits to an org
         * @description Adds a lot of credits to an org's wallet (manual sale, goodwill), with what was paid for it so revenue stays exact.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Idempotent:** send an `Idempotency-Key` header.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["CreditGrants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/wallet/checkout-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy credits (Stripe Checkout)
         * @description Creates a Stripe Checkout session for a pack and returns its URL. Credits are added by the payment webhook once Stripe reports the payment, never by the success page (`credits.purchased` event).
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `credits:purchase` (member roles: org owner, org billing).
         *
         *     **Idempotent:** send an `Idempotency-Key` header.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["CheckoutSessions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe webhook
         * @description Receives Stripe events, verified over the raw body with `Stripe-Signature`; each event id has its effect once. For Stripe only.
         *
         *     **Access:** public, no credentials.
         *
         *     **Rate limit class:** `webhook` (see the `RateLimit-Policy` response header).
         */
        post: operations["StripeWebhooks_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{alumnusId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a profile
         * @description The anonymised preview, or the full profile when this org unlocked it and consent still allows (`level`). Consent and blocks are re-checked on every read; each view is in the alumnus's access log.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `search:read` (member roles: org owner, org recruiter).
         *
         *     **Rate limit class:** `search` (see the `RateLimit-Policy` response header).
         */
        get: operations["Profiles_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{alumnusId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a full profile
         * @description Charges the association's unlock price in credits (201) and returns the full profile: identity and professional fields, never email or phone. Unlocks are org-wide and once: repeating answers 200 with nothing charged. Consent, access policy and blocks are checked at the time of the unlock.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `profiles:unlock` (member roles: org owner, org recruiter).
         *
         *     **Idempotent:** send an `Idempotency-Key` header.
         *
         *     **Rate limit class:** `unlock` (see the `RateLimit-Policy` response header).
         */
        post: operations["Profiles_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/unlocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the org's unlocks
         * @description Profiles the org unlocked, newest first, with the credits charged.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `profiles:unlock` (member roles: org owner, org recruiter).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Profiles_listUnlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search alumni previews
         * @description Anonymised previews of alumni who consented to be found, in associations this org may access, with facets and an estimated total. Free; results are re-checked against consent before they are returned.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `search:read` (member roles: org owner, org recruiter).
         *
         *     **Rate limit class:** `search` (see the `RateLimit-Policy` response header).
         */
        get: operations["Search_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{alumnusId}/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a contact request
         * @description Sends a job proposal to an alumnus who accepts contact requests. The association's contact price in credits is held at once; it is consumed if the alumnus accepts (their email is then shared with the org) and returned if they decline or do not answer within 14 days. One open request per org and alumnus.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `contact:write` (member roles: org owner, org recruiter).
         *
         *     **Idempotent:** send an `Idempotency-Key` header.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["ContactRequests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the org's contact requests
         * @description The org's own contact requests and their status, newest first; the alumnus's email appears once a request is accepted.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `contact:write` (member roles: org owner, org recruiter).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["ContactRequests_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my contact requests
         * @description Contact requests received by the alumnus, newest first.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["MyContactRequests_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/contact-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a contact request
         * @description Shares the alumnus's email with that org; its held credits are consumed. Re-checks contact consent and blocks. Accepting again answers the same.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["MyContactRequests_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/contact-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a contact request
         * @description Declines the request; the org's held credits return to its wallet.
         *
         *     **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["MyContactRequests_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Association revenue report
         * @description Recognised revenue and the association's share over a period, by day, week or month, optionally grouped by org, program or graduation year. CSV with `Accept: text/csv`.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `revenue:read` (member roles: association owner, association treasurer, association viewer); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Revenue_association"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platform/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform revenue report
         * @description Gross revenue, association shares, platform fee and breakage over a period, in UTC. CSV with `Accept: text/csv`.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Revenue_platform"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payouts
         * @description Transfers of the association's share to its Stripe connected account, newest first.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `revenue:read` (member roles: association owner, association treasurer, association viewer); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Payouts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/payouts/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payout summary
         * @description Payable balance, the current month's accrued share and upcoming payout, and the Stripe Connect status.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `revenue:read` (member roles: association owner, association treasurer, association viewer); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Payouts_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/connect/account-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or resume Stripe Connect onboarding
         * @description Creates the association's Express connected account on first use, then a fresh single-use Account Link whose return and refresh URLs lead back to the dashboard's payouts page. Payouts start once Stripe reports the account with payouts enabled (`account.updated`).
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `payouts:manage` (member roles: association owner, association treasurer); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Payouts_createAccountLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Endpoints of the caller's association or org, with their subscribed types and status.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers an https URL to receive the event types listed (see `x-webhooks`), signed per Standard Webhooks. The `whsec_…` secret is in the response once. The URL must resolve to a public address.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint: URL, event types, enabled flag, description, and why it was disabled if it was.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint; nothing more is delivered to it.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes URL, event types, description or enabled flag. A new URL must resolve to a public address.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        patch: operations["Webhooks_update"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Issues a new `whsec_…` secret (shown once). The previous one keeps signing alongside it (two signatures per delivery) for 24 h by default, so receivers can switch without losing events.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Webhooks_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test ping
         * @description Sends a signed `ping` event to the endpoint now and returns the logged attempt (status, latency, first bytes of the answer).
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Webhooks_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List delivery attempts
         * @description Every attempt to this endpoint, newest first: time, event, status, latency and the first bytes of the answer.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Webhooks_attempts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries
         * @description One delivery per event and endpoint, with its status (`pending`, `succeeded`, `failed`) and attempts, newest first.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend a delivery
         * @description Sends the event again now, with the same `webhook-id`, and returns the logged attempt.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Webhooks_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List association members
         * @description The association's members, their roles and status.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Members_listForAssociation"];
        put?: never;
        /**
         * Invite an association member
         * @description Mails a sign-in link valid 7 days. A member can be given only a role whose scopes the caller holds.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Members_inviteToAssociation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/associations/{id}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an association member
         * @description The member is signed out at once. The last owner cannot be removed.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Members_removeFromAssociation"];
        options?: never;
        head?: never;
        /**
         * Change an association member's role
         * @description The last owner cannot be demoted; a caller cannot grant scopes it does not hold.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        patch: operations["Members_updateInAssociation"];
        trace?: never;
    };
    "/v1/associations/{id}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Association audit log
         * @description Writes by the association's members and keys, newest first.
         *
         *     **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `audit:read` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Members_auditForAssociation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recruiter-orgs/me/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List org members
         * @description The org's members, their roles and status.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Members_listForOrg"];
        put?: never;
        /**
         * Invite an org member
         * @description Mails a sign-in link valid 7 days. A member can be given only a role whose scopes the caller holds.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Members_inviteToOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recruiter-orgs/me/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an org member
         * @description The member is signed out at once. The last owner cannot be removed.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Members_removeFromOrg"];
        options?: never;
        head?: never;
        /**
         * Change an org member's role
         * @description The last owner cannot be demoted; a caller cannot grant scopes it does not hold.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        patch: operations["Members_updateInOrg"];
        trace?: never;
    };
    "/v1/recruiter-orgs/me/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Org audit log
         * @description Writes by the org's members and keys, newest first.
         *
         *     **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `audit:read` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Members_auditForOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthDto: {
            /** @example ok */
            status: string;
        };
        ReadyDto: {
            /** @example ok */
            status: string;
            /**
             * @example {
             *       "database": "ok"
             *     }
             */
            checks: {
                [key: string]: string;
            };
        };
        CreateApiKeyDto: {
            /** @example Greenhouse ATS */
            name: string;
            /** @description Scopes of the new key; defaults to the scopes of the calling key and can never exceed them. */
            scopes?: ("association:write" | "alumni:read" | "alumni:write" | "access:manage" | "revenue:read" | "payouts:manage" | "keys:manage" | "events:read" | "webhooks:manage" | "members:manage" | "audit:read" | "search:read" | "profiles:unlock" | "contact:write" | "credits:read" | "credits:purchase")[];
            /**
             * Format: date-time
             * @description When the key stops working; must be in the future.
             */
            expiresAt?: string;
        };
        ApiKeyResponseDto: {
            /**
             * @description Public key id (the part after the kind prefix).
             * @example k3j9x0a7m2c4q8wz
             */
            id: string;
            /** @enum {string} */
            kind: "adm" | "asc" | "rec";
            name: string;
            scopes: string[];
            /** Format: uuid */
            associationId: string | null;
            /** Format: uuid */
            orgId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
        };
        CreatedApiKeyDto: {
            key: components["schemas"]["ApiKeyResponseDto"];
            /**
             * @description The full key. It is shown once and cannot be retrieved again.
             * @example pas_rec_k3j9x0a7m2c4q8wz_…
             */
            secret: string;
        };
        ApiKeyPageDto: {
            data: components["schemas"]["ApiKeyResponseDto"][];
            nextCursor: string | null;
        };
        RotateApiKeyDto: {
            /**
             * @description Seconds the old key keeps working after rotation (0 revokes it at once).
             * @default 86400
             */
            graceSeconds: number;
        };
        CreateAssociationDto: {
            /**
             * @description Invites this person as the first owner (member sign-in by email).
             * @example president@alumni.example
             */
            ownerEmail?: string;
            /**
             * @description Language of the owner invitation.
             * @default fr
             * @enum {string}
             */
            ownerLocale: "fr" | "en";
            /** @example Alumni ESSEC */
            name: string;
            /** @example alumni-essec */
            slug: string;
            /**
             * @description The association's share of gross revenue, in basis points.
             * @default 8000
             */
            revenueShareBps: number;
            /** @default 1 */
            unlockPriceCredits: number;
            /** @default 2 */
            contactPriceCredits: number;
            /**
             * @default approval
             * @enum {string}
             */
            recruiterAccess: "open" | "approval" | "closed";
            /** @example acct_1Nv0FGQ9RKHgCVdK */
            stripeConnectAccountId?: string;
            /**
             * @description IANA time zone used by revenue reports.
             * @default Europe/Paris
             * @example Europe/Paris
             */
            timeZone: string;
        };
        AssociationResponseDto: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            revenueShareBps: number;
            unlockPriceCredits: number;
            contactPriceCredits: number;
            /** @enum {string} */
            recruiterAccess: "open" | "approval" | "closed";
            stripeConnectAccountId: string | null;
            timeZone: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreatedAssociationDto: {
            association: components["schemas"]["AssociationResponseDto"];
            /** @description The association's first admin key, shown once. */
            apiKey: components["schemas"]["CreatedApiKeyDto"];
        };
        AssociationPageDto: {
            data: components["schemas"]["AssociationResponseDto"][];
            nextCursor: string | null;
        };
        UpdateAssociationDto: {
            /**
             * @description Invites this person as the first owner (member sign-in by email).
             * @example president@alumni.example
             */
            ownerEmail?: string;
            /**
             * @description Language of the owner invitation.
             * @default fr
             * @enum {string}
             */
            ownerLocale: "fr" | "en";
            /** @example Alumni ESSEC */
            name?: string;
            /** @example alumni-essec */
            slug?: string;
            /**
             * @description The association's share of gross revenue, in basis points.
             * @default 8000
             */
            revenueShareBps: number;
            /** @default 1 */
            unlockPriceCredits: number;
            /** @default 2 */
            contactPriceCredits: number;
            /**
             * @default approval
             * @enum {string}
             */
            recruiterAccess: "open" | "approval" | "closed";
            /** @example acct_1Nv0FGQ9RKHgCVdK */
            stripeConnectAccountId?: string;
            /**
             * @description IANA time zone used by revenue reports.
             * @default Europe/Paris
             * @example Europe/Paris
             */
            timeZone: string;
        };
        ConsentHealthDto: {
            /** @description Alumni of the association (erased ones excluded). */
            total: number;
            /** @description Found in search: searchable consent, not lapsed. */
            searchable: number;
            /** @description Full profile can be bought: unlockable consent, not lapsed. */
            unlockable: number;
            /** @description Accept contact requests: contactable consent, not lapsed. */
            contactable: number;
            /** @description Consent that lapses within the next 30 days unless reconfirmed. */
            lapsingIn30Days: number;
            /** @description Consent older than the lapse period, never reconfirmed: hidden from recruiters. */
            lapsed: number;
            /** @description Invited at least once and never answered themselves (no self-service consent event). */
            neverAnswered: number;
            /** @description Never invited and never answered. */
            neverInvited: number;
            /** @description Without an email address: cannot be invited. */
            withoutEmail: number;
            /**
             * @description Months after which consent lapses without reconfirmation.
             * @example 24
             */
            lapseMonths: number;
        };
        ConsentSegmentAlumnusDto: {
            /** Format: uuid */
            id: string;
            externalId: string | null;
            firstName: string | null;
            lastName: string | null;
            email: string | null;
            /**
             * Format: date-time
             * @description The latest invitation sent.
             */
            lastInvitedAt: string | null;
            /**
             * Format: date-time
             * @description When the consent lapses (or lapsed).
             */
            consentLapsesAt: string | null;
        };
        ConsentSegmentPageDto: {
            data: components["schemas"]["ConsentSegmentAlumnusDto"][];
            nextCursor: string | null;
        };
        SendInvitationsDto: {
            /** @description Alumni to invite (again). */
            alumnusIds: string[];
        };
        InvitationSkipDto: {
            /** Format: uuid */
            alumnusId: string;
            /** @enum {string} */
            reason: "not_found" | "no_email";
        };
        InvitationsResultDto: {
            /** @description Invitations queued (one mail each, a fresh 7-day link). */
            queued: number;
            skipped: components["schemas"]["InvitationSkipDto"][];
        };
        RecruiterOrgActivityDto: {
            /** Format: uuid */
            orgId: string;
            name: string;
            /** @example acme.example */
            emailDomain: string;
            /** @description Blocked by the association: sees none of its alumni. */
            blocked: boolean;
            /**
             * @description Its access request, if any.
             * @enum {string|null}
             */
            accessRequest: "pending" | "approved" | "rejected" | null;
            /** Format: uuid */
            accessRequestId: string | null;
            /** @description Alumni of this association whose full profile the org unlocked. */
            unlockedAlumni: number;
            /** @description Alumni the org sent a contact request to. */
            contactedAlumni: number;
            /** @description Contact requests accepted by the alumnus. */
            acceptedContacts: number;
            /** Format: date-time */
            lastActivityAt: string | null;
        };
        RecruiterOrgActivityListDto: {
            /** @description Most unlocks first, then most contacts, then by name. */
            data: components["schemas"]["RecruiterOrgActivityDto"][];
        };
        CreateRecruiterOrgDto: {
            /**
             * @description Invites this person as the first owner (member sign-in by email).
             * @example president@alumni.example
             */
            ownerEmail?: string;
            /**
             * @description Language of the owner invitation.
             * @default fr
             * @enum {string}
             */
            ownerLocale: "fr" | "en";
            /** @example Hunt & Partners */
            name: string;
            /**
             * @description Verified email domain of the organisation.
             * @example hunt-partners.com
             */
            emailDomain: string;
        };
        RecruiterOrgResponseDto: {
            /** Format: uuid */
            id: string;
            name: string;
            emailDomain: string;
            /** @enum {string} */
            status: "active" | "suspended";
            /** Format: date-time */
            createdAt: string;
        };
        CreatedRecruiterOrgDto: {
            org: components["schemas"]["RecruiterOrgResponseDto"];
            /** @description The org's first key with every recruiter scope, shown once. */
            apiKey: components["schemas"]["CreatedApiKeyDto"];
        };
        RecruiterOrgPageDto: {
            data: components["schemas"]["RecruiterOrgResponseDto"][];
            nextCursor: string | null;
        };
        EventDto: {
            /**
             * Format: uuid
             * @description Also the `webhook-id` header of its deliveries: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "access_request.created" | "alumnus.consent_changed" | "alumnus.consent_withdrawn" | "alumnus.erased" | "contact_request.accepted" | "contact_request.declined" | "contact_request.expired" | "credits.expiring" | "credits.purchased" | "import.completed" | "payout.paid" | "profile.unlocked" | "wallet.frozen";
            /**
             * @description Version of the payload schema.
             * @example 2026-12-05
             */
            apiVersion: string;
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            /** @description Per type, see the `webhooks` section of this document. */
            data: {
                [key: string]: unknown;
            };
        };
        EventFeedDto: {
            data: components["schemas"]["EventDto"][];
            /** @description Where to resume; returned even when the feed has nothing more yet. */
            nextCursor: string;
            /** @description Whether more events can be read at once with `nextCursor`. */
            hasMore: boolean;
        };
        CreateAccessRequestDto: {
            /**
             * @description Why the org wants access, shown to the association admin.
             * @example We recruit data engineers from your programs for our Lyon office.
             */
            message?: string;
        };
        AccessRequestDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            associationId: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            message: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        AccessRequestPageDto: {
            data: components["schemas"]["AccessRequestDto"][];
            nextCursor: string | null;
        };
        BlockOrgDto: {
            /** Format: uuid */
            orgId: string;
        };
        AssociationBlockDto: {
            /** Format: uuid */
            associationId: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
            /** Format: date-time */
            createdAt: string;
        };
        AssociationBlockPageDto: {
            data: components["schemas"]["AssociationBlockDto"][];
            nextCursor: string | null;
        };
        DirectoryAssociationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
            /** @description Alumni this org would find in search: searchable consent, not lapsed, not blocking this org. */
            searchableAlumni: number;
            /**
             * @description The association's access policy (closed associations are not listed).
             * @enum {string}
             */
            recruiterAccess: "open" | "approval";
            /**
             * @description This org's access: `open` and `approved` can search; `not_requested` and `rejected` can ask with POST /v1/associations/{id}/access-requests; `pending` waits for the association; `blocked` cannot.
             * @enum {string}
             */
            accessStatus: "open" | "not_requested" | "pending" | "approved" | "rejected" | "blocked";
        };
        DirectoryPageDto: {
            data: components["schemas"]["DirectoryAssociationDto"][];
            nextCursor: string | null;
        };
        ImportFailureDto: {
            /** @description 1-based position of the row in the array, or data row number in the CSV (header excluded). */
            row: number;
            externalId: string | null;
            errors: {
                field?: string;
                message?: string;
            }[];
        };
        ImportResultDto: {
            created: number;
            updated: number;
            unchanged: number;
            failed: components["schemas"]["ImportFailureDto"][];
        };
        ConsentStateDto: {
            searchable: boolean;
            unlockable: boolean;
            contactable: boolean;
            /** @enum {string|null} */
            source: "self_service" | "association_import" | "erasure" | null;
            termsVersion: string | null;
            /** Format: date-time */
            givenAt: string | null;
            /** @description True when the consent is older than the lapse period and no longer counts. */
            lapsed: boolean;
        };
        AlumnusResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            associationId: string;
            externalId: string | null;
            firstName: string | null;
            lastName: string | null;
            email: string | null;
            phone: string | null;
            linkedinUrl: string | null;
            currentCompany: string | null;
            headline: string | null;
            industry: string | null;
            seniority: string | null;
            yearsOfExperience: number | null;
            city: string | null;
            country: string | null;
            skills: string[];
            languages: string[];
            program: string | null;
            degreeLevel: string | null;
            graduationYear: number | null;
            bio: string | null;
            openToWork: boolean;
            /** Format: date-time */
            lastConfirmedAt: string | null;
            consent: components["schemas"]["ConsentStateDto"];
            /** @description Monthly cap on contact requests set by the alumnus; null: no cap. */
            maxContactRequestsPerMonth: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AlumnusPageDto: {
            data: components["schemas"]["AlumnusResponseDto"][];
            nextCursor: string | null;
        };
        ConsentEventDto: {
            id: string;
            searchable: boolean;
            unlockable: boolean;
            contactable: boolean;
            termsVersion: string | null;
            textHash: string | null;
            source: string;
            /** Format: date-time */
            givenAt: string;
            /** Format: date-time */
            recordedAt: string;
            ip?: string | null;
            userAgent?: string | null;
            proofReference?: string | null;
        };
        UpdateAlumnusDto: {
            externalId?: string;
            firstName?: string;
            lastName?: string;
            email?: string;
            phone?: string | null;
            linkedinUrl?: string | null;
            currentCompany?: string | null;
            headline?: string | null;
            industry?: string | null;
            /** @enum {string|null} */
            seniority?: "intern" | "junior" | "mid" | "senior" | "lead" | "manager" | "director" | "executive" | null;
            yearsOfExperience?: number | null;
            city?: string | null;
            /** @example FR */
            country?: string | null;
            skills?: string[];
            languages?: string[];
            program?: string | null;
            /** @enum {string|null} */
            degreeLevel?: "bachelor" | "master" | "mba" | "phd" | "other" | null;
            graduationYear?: number | null;
            bio?: string | null;
            openToWork?: boolean;
        };
        RequestMagicLinkDto: {
            /** @example alumni-essec */
            associationSlug: string;
            /** @example camille.durand@example.org */
            email: string;
        };
        CreateSessionDto: {
            /** @description The `pas_mlk_…` token from the emailed link. */
            token: string;
        };
        SessionResponseDto: {
            /** @description Bearer token `pas_ses_…` for the /v1/me routes, shown once. */
            sessionToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        UpdateMeDto: {
            firstName?: string;
            lastName?: string;
            phone?: string | null;
            linkedinUrl?: string | null;
            currentCompany?: string | null;
            headline?: string | null;
            industry?: string | null;
            /** @enum {string|null} */
            seniority?: "intern" | "junior" | "mid" | "senior" | "lead" | "manager" | "director" | "executive" | null;
            yearsOfExperience?: number | null;
            city?: string | null;
            /** @example FR */
            country?: string | null;
            skills?: string[];
            languages?: string[];
            program?: string | null;
            /** @enum {string|null} */
            degreeLevel?: "bachelor" | "master" | "mba" | "phd" | "other" | null;
            graduationYear?: number | null;
            bio?: string | null;
            openToWork?: boolean;
            /** @description At most this many contact requests (open or accepted) per calendar month; null means no limit. */
            maxContactRequestsPerMonth?: number | null;
        };
        PutConsentDto: {
            /**
             * @description An anonymised preview may appear in recruiter searches.
             * @example true
             */
            searchable: boolean;
            /**
             * @description Recruiters may unlock the full profile (requires searchable).
             * @example true
             */
            unlockable: boolean;
            /**
             * @description Recruiters may send contact requests (requires searchable).
             * @example false
             */
            contactable: boolean;
            /**
             * @description Version of the consent text shown to the alumnus.
             * @example 2026-01
             */
            termsVersion: string;
        };
        AccessLogEntryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "preview_view" | "unlock" | "contact_request";
            /** Format: uuid */
            orgId: string;
            /** @description Name of the recruiter organisation (GDPR Art. 15: the recipients are named). */
            orgName: string;
            /** Format: date-time */
            createdAt: string;
            /** @description For unlocks and accepted contact requests: what the association earned (minor units); null otherwise. */
            associationEarnedMinor?: number | null;
            associationEarnedCurrency?: string | null;
        };
        AccessLogPageDto: {
            data: components["schemas"]["AccessLogEntryDto"][];
            nextCursor: string | null;
        };
        BlockedOrgDto: {
            /** Format: uuid */
            orgId: string;
            orgName: string;
            /** Format: date-time */
            createdAt: string;
        };
        BlockedOrgPageDto: {
            data: components["schemas"]["BlockedOrgDto"][];
            nextCursor: string | null;
        };
        ExportDto: {
            /** Format: date-time */
            exportedAt: string;
            association: Record<string, never>;
            profile: components["schemas"]["AlumnusResponseDto"];
            consentHistory: components["schemas"]["ConsentEventDto"][];
            accessLog: components["schemas"]["AccessLogEntryDto"][];
            blockedOrgs: components["schemas"]["BlockedOrgDto"][];
            sessions: Record<string, never>[];
            magicLinks: Record<string, never>[];
            mails: Record<string, never>[];
            /** @description Contact requests recruiters sent to this alumnus, with their messages. */
            contactRequests: Record<string, never>[];
        };
        RequestSignInLinkDto: {
            /** @example camille.durand@example.org */
            email: string;
            /**
             * @description Language of the mail; else the account’s own.
             * @enum {string}
             */
            locale?: "fr" | "en";
        };
        CreatePeopleSessionDto: {
            /** @description The `pas_mlk_…` token from the fragment of the emailed link. */
            token: string;
        };
        AlumnusSessionPrincipalDto: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "alumnus";
            /** Format: uuid */
            alumnusId: string;
            /** Format: uuid */
            associationId: string;
            associationName: string;
        };
        SessionAssociationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        SessionOrgDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        MemberSessionPrincipalDto: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "member";
            /** Format: uuid */
            memberId: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "treasurer" | "alumni_manager" | "viewer" | "recruiter" | "billing";
            /** @description The API-key scopes the role carries. */
            scopes: string[];
            association?: components["schemas"]["SessionAssociationDto"];
            org?: components["schemas"]["SessionOrgDto"];
        };
        PeopleSessionResponseDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            expiresAt: string;
            principal: components["schemas"]["AlumnusSessionPrincipalDto"] | components["schemas"]["MemberSessionPrincipalDto"];
        };
        SessionListItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: date-time */
            expiresAt: string;
            userAgent: string | null;
            /** @description The session making this request. */
            current: boolean;
        };
        SessionListDto: {
            data: components["schemas"]["SessionListItemDto"][];
        };
        NotificationPreferencesDto: {
            /** @description Mails about contact requests (received, about to expire). */
            contactRequests: boolean;
            /** @description The reminder 30 days before consent lapses. */
            reconfirmation: boolean;
            /**
             * @description Language of the mails.
             * @enum {string}
             */
            locale?: "fr" | "en";
        };
        ConsentTermsDto: {
            version: string;
            /**
             * @description Language of `text`; each language has its own version and hash.
             * @enum {string}
             */
            locale: "fr" | "en";
            text: string;
            /** @description SHA-256 of `text`, recorded with the consent. */
            textHash: string;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            domain: string;
        };
        OrganisationListDto: {
            data: components["schemas"]["OrganisationDto"][];
        };
        CreateCreditPackDto: {
            /** @example Starter — 10 credits */
            name: string;
            /** @example 10 */
            credits: number;
            /**
             * @description Price in minor units (cents).
             * @example 9900
             */
            priceMinor: number;
            /**
             * @description ISO 4217 currency code, lowercase as Stripe uses it.
             * @example eur
             */
            currency: string;
            /** @example 365 */
            validityDays: number;
            /** @example price_1Nv0FGQ9RKHgCVdK */
            stripePriceId?: string;
        };
        CreditPackResponseDto: {
            /** Format: uuid */
            id: string;
            name: string;
            credits: number;
            priceMinor: number;
            currency: string;
            validityDays: number;
            stripePriceId: string | null;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CreditPackPageDto: {
            data: components["schemas"]["CreditPackResponseDto"][];
            nextCursor: string | null;
        };
        CreditLotResponseDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            source: "grant" | "purchase";
            /** Format: uuid */
            purchaseId: string | null;
            creditsGranted: number;
            /** @description Credits still available to spend. */
            creditsRemaining: number;
            creditsHeld: number;
            creditsConsumed: number;
            creditsExpired: number;
            creditsRevoked: number;
            amountPaidMinor: number;
            currency: string;
            /** @description Value of the lot recognised so far (consumed and expired credits). */
            releasedMinor: number;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WalletResponseDto: {
            /**
             * @description Credits available to spend.
             * @example 42
             */
            balance: number;
            /**
             * @description Credits held by open contact requests.
             * @example 4
             */
            heldCredits: number;
            /**
             * @description True while a payment dispute is open: no credits can be spent.
             * @example false
             */
            frozen: boolean;
            lots: components["schemas"]["CreditLotResponseDto"][];
        };
        LedgerEntryResponseDto: {
            /** @description Sequence number (a string: it is a 64-bit integer). */
            id: string;
            /** @enum {string} */
            kind: "grant" | "purchase" | "spend" | "hold" | "release" | "consume_held" | "expire" | "refund";
            /** @description Change of the available balance. */
            credits: number;
            /** @description Change of the held credits. */
            heldCredits: number;
            /** Format: uuid */
            lotId: string | null;
            reference: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        LedgerPageDto: {
            data: components["schemas"]["LedgerEntryResponseDto"][];
            nextCursor: string | null;
        };
        CreateCreditGrantDto: {
            /** @example 20 */
            credits: number;
            /**
             * @description What the org paid for these credits, in minor units (0 for a free grant); the revenue basis of the lot.
             * @example 0
             */
            amountPaidMinor: number;
            /**
             * @default eur
             * @example eur
             */
            currency: string;
            /**
             * Format: date-time
             * @description When unspent credits of this grant expire (never by default).
             */
            expiresAt?: string;
            /** @example Goodwill gesture after an outage */
            reason: string;
        };
        CreditGrantResponseDto: {
            lot: components["schemas"]["CreditLotResponseDto"];
            ledgerEntryId: string;
            /** @description Available balance after the grant. */
            balance: number;
        };
        CreateCheckoutSessionDto: {
            /**
             * Format: uuid
             * @example 3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f
             */
            packId: string;
            /** @example https://ats.example.com/credits/success */
            successUrl: string;
            /** @example https://ats.example.com/credits/cancel */
            cancelUrl: string;
        };
        CheckoutSessionResponseDto: {
            /**
             * @description Stripe Checkout page to send the buyer to.
             * @example https://checkout.stripe.com/c/pay/cs_test_a1B2c3D4
             */
            checkoutUrl: string;
            /** @example cs_test_a1B2c3D4 */
            sessionId: string;
            /**
             * Format: uuid
             * @description The pending purchase; credits arrive when Stripe confirms payment.
             */
            purchaseId: string;
        };
        WebhookAckDto: {
            received: boolean;
            /** @description True when this event id had already been received (no effect). */
            duplicate: boolean;
        };
        ProfilePreviewDto: {
            /** @enum {string} */
            level: "preview" | "full";
            /** Format: uuid */
            alumnusId: string;
            /** Format: uuid */
            associationId: string;
            headline: string | null;
            industry: string | null;
            seniority: string | null;
            yearsOfExperience: number | null;
            city: string | null;
            country: string | null;
            skills: string[];
            languages: string[];
            program: string | null;
            degreeLevel: string | null;
            graduationYear: number | null;
            openToWork: boolean;
            /** @description This org may unlock the full profile: the alumnus consents to unlocks (a visible profile already passes the association access policy and blocks). An unlock can still be refused by the org's wallet (402 insufficient_credits, 409 wallet_frozen); repeating an unlock is free. */
            unlockable: boolean;
            /** @description Credits this org's first unlock of the profile costs now (the association's price). */
            unlockPriceCredits: number;
            /** @description This org may send a contact request: the alumnus consents to contact. A request can still be refused: one open request per org and alumnus, the alumnus's monthly cap, the org's wallet. */
            contactable: boolean;
            /** @description Credits a contact request holds now (the association's price): consumed if the alumnus accepts, returned otherwise. */
            contactPriceCredits: number;
        };
        FullProfileDto: {
            /** @enum {string} */
            level: "preview" | "full";
            /** Format: uuid */
            alumnusId: string;
            /** Format: uuid */
            associationId: string;
            headline: string | null;
            industry: string | null;
            seniority: string | null;
            yearsOfExperience: number | null;
            city: string | null;
            country: string | null;
            skills: string[];
            languages: string[];
            program: string | null;
            degreeLevel: string | null;
            graduationYear: number | null;
            openToWork: boolean;
            /** @description This org may unlock the full profile: the alumnus consents to unlocks (a visible profile already passes the association access policy and blocks). An unlock can still be refused by the org's wallet (402 insufficient_credits, 409 wallet_frozen); repeating an unlock is free. */
            unlockable: boolean;
            /** @description Credits this org's first unlock of the profile costs now (the association's price). */
            unlockPriceCredits: number;
            /** @description This org may send a contact request: the alumnus consents to contact. A request can still be refused: one open request per org and alumnus, the alumnus's monthly cap, the org's wallet. */
            contactable: boolean;
            /** @description Credits a contact request holds now (the association's price): consumed if the alumnus accepts, returned otherwise. */
            contactPriceCredits: number;
            firstName: string | null;
            lastName: string | null;
            linkedinUrl: string | null;
            currentCompany: string | null;
            bio: string | null;
        };
        UnlockDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            alumnusId: string;
            /** Format: uuid */
            associationId: string;
            /** @description Credits charged by the first unlock. */
            creditsCharged: number;
            /** Format: date-time */
            createdAt: string;
        };
        UnlockResponseDto: {
            unlock: components["schemas"]["UnlockDto"];
            profile: components["schemas"]["FullProfileDto"];
            /**
             * @description Credits charged by this request: 0 when the org had already unlocked the profile.
             * @example 1
             */
            creditsCharged: number;
            /**
             * @description Wallet balance after this request.
             * @example 41
             */
            balance: number;
        };
        UnlockPageDto: {
            data: components["schemas"]["UnlockDto"][];
            nextCursor: string | null;
        };
        SearchResponseDto: {
            /** @description Previews only: no name, email, phone, company, LinkedIn or bio. */
            data: components["schemas"]["ProfilePreviewDto"][];
            /** @description `{ field: { value: count } }` for each requested facet. */
            facets: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            /** @description Matches, counted up to 1,000. */
            estimatedTotal: number;
            /** @description True when there are more than `estimatedTotal` matches. */
            totalCapped: boolean;
            nextCursor: string | null;
        };
        CreateContactRequestDto: {
            /** @example Senior data engineer */
            jobTitle: string;
            /** @example Hello, we are hiring a senior data engineer in Lyon; your profile fits. Could we talk? */
            message: string;
            /**
             * @description Yearly salary, minor units.
             * @example 6000000
             */
            salaryMinMinor?: number;
            /**
             * @description Yearly salary, minor units; at least salaryMinMinor.
             * @example 7500000
             */
            salaryMaxMinor?: number;
            /**
             * @description ISO 4217, lowercase.
             * @example eur
             */
            currency?: string;
        };
        ContactRequestResponseDto: {
            /** Format: uuid */
            id: string;
            jobTitle: string;
            message: string;
            salaryMinMinor: number | null;
            salaryMaxMinor: number | null;
            currency: string | null;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "expired";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            alumnusId: string;
            /** Format: uuid */
            associationId: string;
            /** @description Credits held at send; consumed on accept, returned on decline or expiry. */
            credits: number;
            /** @description Shared with this org only once the alumnus accepted. */
            alumnusEmail: string | null;
        };
        CreateContactRequestResponseDto: {
            contactRequest: components["schemas"]["ContactRequestResponseDto"];
            creditsHeld: number;
            /** @description Available credits after the hold. */
            balance: number;
            heldCredits: number;
        };
        ContactRequestPageDto: {
            data: components["schemas"]["ContactRequestResponseDto"][];
            nextCursor: string | null;
        };
        MyContactRequestDto: {
            /** Format: uuid */
            id: string;
            jobTitle: string;
            message: string;
            salaryMinMinor: number | null;
            salaryMaxMinor: number | null;
            currency: string | null;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "expired";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            orgId: string;
            orgName: string;
        };
        MyContactRequestPageDto: {
            data: components["schemas"]["MyContactRequestDto"][];
            nextCursor: string | null;
        };
        RevenueRowDto: {
            /**
             * @description First local day of the bucket.
             * @example 2026-03-01
             */
            period: string;
            /** @description Org id, program, graduation year or source (`unlock`, `contact`); null without groupBy or when unknown. */
            group: string | null;
            /** @description The org name when grouping by org. */
            groupLabel?: string;
            /** @example eur */
            currency: string;
            /** @description Minor units. */
            gross: number;
            associationShare: number;
            platformShare: number;
            unlocks: number;
            acceptedContacts: number;
            /** @description Platform-borne refund losses (always 0 on an association report: spent credits stay recognised). */
            refundAdjustments: number;
            /** @description Value of credits that expired unused: platform revenue, so always 0 on an association report. */
            breakage?: number;
        };
        RevenueTotalDto: {
            currency: string;
            gross: number;
            associationShare: number;
            platformShare: number;
            unlocks: number;
            acceptedContacts: number;
            refundAdjustments: number;
            breakage?: number;
        };
        RevenueComparisonDto: {
            /** @example 2025-01-01 */
            from: string;
            /** @example 2025-12-31 */
            to: string;
            /** @description One total per currency over the previous period. */
            totals: components["schemas"]["RevenueTotalDto"][];
        };
        RevenueReportDto: {
            /** Format: uuid */
            associationId: string | null;
            /** @description Names the CSV download (Content-Disposition). */
            associationSlug: string | null;
            from: string;
            to: string;
            timeZone: string;
            /** @enum {string} */
            granularity: "day" | "week" | "month";
            groupBy: string | null;
            /** @description Buckets without revenue are omitted. */
            rows: components["schemas"]["RevenueRowDto"][];
            /** @description One total per currency. */
            totals: components["schemas"]["RevenueTotalDto"][];
            /** @description With `compare=previous` (the default). */
            comparison?: components["schemas"]["RevenueComparisonDto"] | null;
        };
        PayoutResponseDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description Calendar month in the association's time zone.
             * @example 2026-02
             */
            period: string;
            currency: string;
            /** @description Minor units transferred (or to transfer). */
            amountMinor: number;
            /** @description Association shares recognised up to the end of the period. */
            sharesToPeriodEndMinor: number;
            /** @description Kept back from this period (PAYOUT_RESERVE_BPS of its shares), paid with the next period. */
            reserveMinor: number;
            /** @enum {string} */
            status: "pending" | "paid" | "failed";
            stripeTransferId: string | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            paidAt: string | null;
        };
        PayoutPageDto: {
            data: components["schemas"]["PayoutResponseDto"][];
            nextCursor: string | null;
        };
        ConnectStatusDto: {
            /** @description The Stripe connected account, once onboarding started. */
            accountId: string | null;
            /**
             * @description `not_started`: no connected account; `details_missing`: onboarding not finished; `pending`: details submitted, Stripe has not enabled payouts yet; `enabled`: payouts run.
             * @enum {string}
             */
            status: "not_started" | "details_missing" | "pending" | "enabled";
            detailsSubmitted: boolean;
            payoutsEnabled: boolean;
            /**
             * Format: date-time
             * @description When Stripe reported this status (event time).
             */
            updatedAt: string | null;
        };
        PayoutAmountDto: {
            /** @example eur */
            currency: string;
            /** @description Minor units. */
            amountMinor: number;
        };
        UpcomingPayoutDto: {
            /**
             * @description Calendar month in the association's time zone.
             * @example 2026-03
             */
            period: string;
            currency: string;
            /** @description Minor units: the share accrued so far minus the reserve, plus the previous period's reserve; grows until the month ends. */
            estimatedAmountMinor: number;
            /**
             * @description First day the payout job may pay this period (local date).
             * @example 2026-04-01
             */
            payableFrom: string;
        };
        PayoutSummaryDto: {
            /** @example Europe/Paris */
            timeZone: string;
            /**
             * @description The current month, in the association's time zone.
             * @example 2026-03
             */
            currentPeriod: string;
            connect: components["schemas"]["ConnectStatusDto"];
            /** @description Per currency: association shares recognised so far minus every payout already created (paid or still to send). */
            payableBalance: components["schemas"]["PayoutAmountDto"][];
            /** @description Per currency: the association's share recognised since the current month began. */
            accruedThisPeriod: components["schemas"]["PayoutAmountDto"][];
            /** @description Per currency: payouts created but not yet paid (pending or failed, to retry). */
            unpaid: components["schemas"]["PayoutAmountDto"][];
            /** @description Per currency: everything paid out so far. */
            paidOut: components["schemas"]["PayoutAmountDto"][];
            /** @description The current month's payout as it stands now, one per currency. */
            upcoming: components["schemas"]["UpcomingPayoutDto"][];
        };
        ConnectAccountLinkDto: {
            /** @example acct_1Nv0FGQ9RKHgCVdK */
            accountId: string;
            /** @description Stripe-hosted onboarding page; single use, short-lived. Redirect the owner there. */
            url: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Where Stripe sends the owner back when onboarding is left or finished. */
            returnUrl: string;
            /** @description Where Stripe sends the owner when the link expired; ask for a new link from there. */
            refreshUrl: string;
        };
        CreateWebhookEndpointDto: {
            /**
             * @description https in production; must resolve to a public address.
             * @example https://ats.example.com/hooks/passerelle
             */
            url: string;
            /**
             * @description Event types to receive (those of the owner's kind).
             * @example [
             *       "alumnus.consent_withdrawn",
             *       "alumnus.erased"
             *     ]
             */
            eventTypes: ("access_request.created" | "alumnus.consent_changed" | "alumnus.consent_withdrawn" | "alumnus.erased" | "contact_request.accepted" | "contact_request.declined" | "contact_request.expired" | "credits.expiring" | "credits.purchased" | "import.completed" | "payout.paid" | "profile.unlocked" | "wallet.frozen")[];
            /** @example Our ATS (production) */
            description?: string;
            /** @default true */
            enabled: boolean;
            /**
             * @description Emailed when the endpoint is disabled for failing.
             * @example integrations@ats.example.com
             */
            alertEmail?: string;
        };
        WebhookEndpointDto: {
            /** Format: uuid */
            id: string;
            /** @example https://ats.example.com/hooks/passerelle */
            url: string;
            description: string | null;
            eventTypes: ("access_request.created" | "alumnus.consent_changed" | "alumnus.consent_withdrawn" | "alumnus.erased" | "contact_request.accepted" | "contact_request.declined" | "contact_request.expired" | "credits.expiring" | "credits.purchased" | "import.completed" | "payout.paid" | "profile.unlocked" | "wallet.frozen")[];
            enabled: boolean;
            /** @description Why the endpoint is disabled. */
            disabledReason: string | null;
            alertEmail: string | null;
            /**
             * Format: date-time
             * @description Failing without a success since then.
             */
            failingSince: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookEndpointCreatedDto: {
            endpoint: components["schemas"]["WebhookEndpointDto"];
            /**
             * @description The signing secret, shown once. Verify deliveries with a Standard Webhooks library.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookEndpointPageDto: {
            data: components["schemas"]["WebhookEndpointDto"][];
            nextCursor: string | null;
        };
        UpdateWebhookEndpointDto: {
            url?: string;
            eventTypes?: ("access_request.created" | "alumnus.consent_changed" | "alumnus.consent_withdrawn" | "alumnus.erased" | "contact_request.accepted" | "contact_request.declined" | "contact_request.expired" | "credits.expiring" | "credits.purchased" | "import.completed" | "payout.paid" | "profile.unlocked" | "wallet.frozen")[];
            description?: string | null;
            /** @description Enabling a disabled endpoint restarts its failure clock. */
            enabled?: boolean;
            alertEmail?: string | null;
        };
        RotateWebhookSecretDto: {
            /**
             * @description How long the current secret keeps signing beside the new one (0 = stop now).
             * @default 86400
             */
            previousSecretExpiresInSeconds: number;
        };
        WebhookSecretDto: {
            /**
             * @description The new signing secret, shown once.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /**
             * Format: date-time
             * @description Until when the previous secret also signs.
             */
            previousSecretExpiresAt: string | null;
        };
        WebhookAttemptDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            deliveryId: string | null;
            /**
             * Format: uuid
             * @description The event id, also the `webhook-id` header (null for a ping).
             */
            eventId: string | null;
            eventType: string;
            /** @enum {string} */
            trigger: "scheduled" | "manual" | "test";
            url: string;
            /** Format: date-time */
            startedAt: string;
            durationMs: number;
            /** @description HTTP status of the answer (null when none came). */
            responseStatus: number | null;
            /** @description The first 1024 bytes of the answer. */
            responseBody: string | null;
            /** @enum {string|null} */
            errorKind: "ssrf_blocked" | "timeout" | "connection" | "http" | null;
            succeeded: boolean;
        };
        WebhookAttemptPageDto: {
            data: components["schemas"]["WebhookAttemptDto"][];
            nextCursor: string | null;
        };
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attemptCount: number;
            /**
             * Format: date-time
             * @description When a pending delivery is tried next.
             */
            nextAttemptAt: string;
            lastResponseStatus: number | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryPageDto: {
            data: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        MemberDto: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "treasurer" | "alumni_manager" | "viewer" | "recruiter" | "billing";
            /** @description The API-key scopes this role carries. */
            scopes: string[];
            /** @enum {string} */
            locale: "fr" | "en";
            /** @description Who invited them (member or key label). */
            invitedBy: string | null;
            /**
             * Format: date-time
             * @description First sign-in; null while the invitation is pending.
             */
            joinedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        MemberPageDto: {
            data: components["schemas"]["MemberDto"][];
            nextCursor: string | null;
        };
        InviteMemberDto: {
            /** @example treasurer@alumni.example */
            email: string;
            /**
             * @description Association: owner, treasurer, alumni_manager, viewer. Recruiter org: owner, recruiter, billing.
             * @enum {string}
             */
            role: "owner" | "treasurer" | "alumni_manager" | "viewer" | "recruiter" | "billing";
            /**
             * @description Language of the invitation and later mails.
             * @default fr
             * @enum {string}
             */
            locale: "fr" | "en";
        };
        UpdateMemberDto: {
            /** @enum {string} */
            role: "owner" | "treasurer" | "alumni_manager" | "viewer" | "recruiter" | "billing";
        };
        AuditActorDto: {
            /** @enum {string} */
            kind: "member" | "api_key";
            /** @description Member id or API key id. */
            id: string;
            /** @description Member email or key label. */
            label: string;
        };
        AuditEntryDto: {
            id: string;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["AuditActorDto"];
            /** @example PATCH /v1/associations/:id */
            action: string;
            /** @example /v1/associations/6f1c… */
            target: string | null;
        };
        AuditPageDto: {
            data: components["schemas"]["AuditEntryDto"][];
            nextCursor: string | null;
        };
        /** @description RFC 9457 problem details, served as application/problem+json. */
        Problem: {
            /**
             * @description URI reference naming the problem type: `/problems/<code with dashes>`.
             * @example /problems/not-found
             */
            type: string;
            /** @description Short summary of the problem type (stable for a code). */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description Explanation of this occurrence. */
            detail?: string;
            /**
             * @description Stable machine code: switch on this.
             * @enum {string}
             */
            code: "access_request_closed" | "admin_only_field" | "api_key_revoked" | "association_access_denied" | "body_too_deep" | "conflict" | "consent_requires_searchable" | "consent_withdrawn" | "contact_cap_reached" | "contact_request_not_open" | "contact_request_open" | "cross_site_request" | "forbidden" | "headers_too_large" | "hold_exists" | "hold_not_open" | "idempotency_key_in_progress" | "idempotency_key_reused" | "insufficient_credits" | "insufficient_scope" | "internal_error" | "invalid_credentials" | "invalid_cursor" | "invalid_magic_link" | "last_owner" | "malformed_body" | "malformed_request" | "member_exists" | "method_not_allowed" | "not_contactable" | "not_found" | "not_unlockable" | "payload_too_large" | "payment_provider_error" | "payments_not_configured" | "rate_limited" | "request_timeout" | "route_not_declared" | "scope_escalation" | "search_unavailable" | "service_unavailable" | "sign_in_link_invalid" | "slug_taken" | "unauthenticated" | "unknown_terms_version" | "unsupported_media_type" | "uri_too_long" | "validation_failed" | "wallet_frozen" | "webhook_event_invalid" | "webhook_signature_invalid" | "webhook_url_refused";
            /** @description Also in the `x-request-id` header; quote it when reporting a problem. */
            requestId: string;
            /** @description Field-level failures (`validation_failed`). */
            errors?: {
                field: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The association does not take access requests.
         * @example {
         *       "type": "/problems/access-request-closed",
         *       "title": "The association does not take access requests",
         *       "status": 409,
         *       "detail": "The association does not take access requests",
         *       "code": "access_request_closed",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        AccessRequestClosedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "access_request_closed";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description Only a platform admin may change this field.
         * @example {
         *       "type": "/problems/admin-only-field",
         *       "title": "Only a platform admin may change this field",
         *       "status": 403,
         *       "detail": "Only a platform admin may change this field",
         *       "code": "admin_only_field",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        AdminOnlyFieldProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "admin_only_field";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description The API key is already revoked.
         * @example {
         *       "type": "/problems/api-key-revoked",
         *       "title": "The API key is already revoked",
         *       "status": 409,
         *       "detail": "The API key is already revoked",
         *       "code": "api_key_revoked",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ApiKeyRevokedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "api_key_revoked";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The association does not give this org access to its alumni.
         * @example {
         *       "type": "/problems/association-access-denied",
         *       "title": "The association does not give this org access to its alumni",
         *       "status": 403,
         *       "detail": "The association does not give this org access to its alumni",
         *       "code": "association_access_denied",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        AssociationAccessDeniedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "association_access_denied";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description The request body nests arrays and objects too deeply.
         * @example {
         *       "type": "/problems/body-too-deep",
         *       "title": "The request body nests arrays and objects too deeply",
         *       "status": 400,
         *       "detail": "The request body nests arrays and objects too deeply",
         *       "code": "body_too_deep",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        BodyTooDeepProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "body_too_deep";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The request conflicts with the current state.
         * @example {
         *       "type": "/problems/conflict",
         *       "title": "The request conflicts with the current state",
         *       "status": 409,
         *       "detail": "The request conflicts with the current state",
         *       "code": "conflict",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "conflict";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description unlockable and contactable require searchable.
         * @example {
         *       "type": "/problems/consent-requires-searchable",
         *       "title": "unlockable and contactable require searchable",
         *       "status": 400,
         *       "detail": "unlockable and contactable require searchable",
         *       "code": "consent_requires_searchable",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ConsentRequiresSearchableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "consent_requires_searchable";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The alumnus withdrew the consent this access relied on.
         * @example {
         *       "type": "/problems/consent-withdrawn",
         *       "title": "The alumnus withdrew the consent this access relied on",
         *       "status": 410,
         *       "detail": "The alumnus withdrew the consent this access relied on",
         *       "code": "consent_withdrawn",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ConsentWithdrawnProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "consent_withdrawn";
            /** @enum {integer} */
            status: 410;
        };
        /**
         * @description The alumnus has reached their monthly limit of contact requests.
         * @example {
         *       "type": "/problems/contact-cap-reached",
         *       "title": "The alumnus has reached their monthly limit of contact requests",
         *       "status": 409,
         *       "detail": "The alumnus has reached their monthly limit of contact requests",
         *       "code": "contact_cap_reached",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ContactCapReachedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "contact_cap_reached";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The contact request is no longer open.
         * @example {
         *       "type": "/problems/contact-request-not-open",
         *       "title": "The contact request is no longer open",
         *       "status": 409,
         *       "detail": "The contact request is no longer open",
         *       "code": "contact_request_not_open",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ContactRequestNotOpenProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "contact_request_not_open";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description An open contact request to this alumnus already exists.
         * @example {
         *       "type": "/problems/contact-request-open",
         *       "title": "An open contact request to this alumnus already exists",
         *       "status": 409,
         *       "detail": "An open contact request to this alumnus already exists",
         *       "code": "contact_request_open",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ContactRequestOpenProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "contact_request_open";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description A cookie-authenticated write must come from this site.
         * @example {
         *       "type": "/problems/cross-site-request",
         *       "title": "A cookie-authenticated write must come from this site",
         *       "status": 403,
         *       "detail": "A cookie-authenticated write must come from this site",
         *       "code": "cross_site_request",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        CrossSiteRequestProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "cross_site_request";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description This principal may not call this route.
         * @example {
         *       "type": "/problems/forbidden",
         *       "title": "This principal may not call this route",
         *       "status": 403,
         *       "detail": "This principal may not call this route",
         *       "code": "forbidden",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ForbiddenProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "forbidden";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description A credit hold with this reference already exists.
         * @example {
         *       "type": "/problems/hold-exists",
         *       "title": "A credit hold with this reference already exists",
         *       "status": 409,
         *       "detail": "A credit hold with this reference already exists",
         *       "code": "hold_exists",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        HoldExistsProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "hold_exists";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The credit hold is already settled.
         * @example {
         *       "type": "/problems/hold-not-open",
         *       "title": "The credit hold is already settled",
         *       "status": 409,
         *       "detail": "The credit hold is already settled",
         *       "code": "hold_not_open",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        HoldNotOpenProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "hold_not_open";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description A request with this idempotency key is still in progress.
         * @example {
         *       "type": "/problems/idempotency-key-in-progress",
         *       "title": "A request with this idempotency key is still in progress",
         *       "status": 409,
         *       "detail": "A request with this idempotency key is still in progress",
         *       "code": "idempotency_key_in_progress",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        IdempotencyKeyInProgressProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "idempotency_key_in_progress";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The idempotency key was used with another request.
         * @example {
         *       "type": "/problems/idempotency-key-reused",
         *       "title": "The idempotency key was used with another request",
         *       "status": 422,
         *       "detail": "The idempotency key was used with another request",
         *       "code": "idempotency_key_reused",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        IdempotencyKeyReusedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "idempotency_key_reused";
            /** @enum {integer} */
            status: 422;
        };
        /**
         * @description The wallet does not hold enough credits.
         * @example {
         *       "type": "/problems/insufficient-credits",
         *       "title": "The wallet does not hold enough credits",
         *       "status": 402,
         *       "detail": "The wallet does not hold enough credits",
         *       "code": "insufficient_credits",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        InsufficientCreditsProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "insufficient_credits";
            /** @enum {integer} */
            status: 402;
        };
        /**
         * @description The API key lacks a required scope.
         * @example {
         *       "type": "/problems/insufficient-scope",
         *       "title": "The API key lacks a required scope",
         *       "status": 403,
         *       "detail": "The API key lacks a required scope",
         *       "code": "insufficient_scope",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        InsufficientScopeProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "insufficient_scope";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description Internal server error.
         * @example {
         *       "type": "/problems/internal-error",
         *       "title": "Internal server error",
         *       "status": 500,
         *       "detail": "Internal server error",
         *       "code": "internal_error",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        InternalErrorProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "internal_error";
            /** @enum {integer} */
            status: 500;
        };
        /**
         * @description The credentials are invalid, expired or revoked.
         * @example {
         *       "type": "/problems/invalid-credentials",
         *       "title": "The credentials are invalid, expired or revoked",
         *       "status": 401,
         *       "detail": "The credentials are invalid, expired or revoked",
         *       "code": "invalid_credentials",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        InvalidCredentialsProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "invalid_credentials";
            /** @enum {integer} */
            status: 401;
        };
        /**
         * @description The cursor is invalid.
         * @example {
         *       "type": "/problems/invalid-cursor",
         *       "title": "The cursor is invalid",
         *       "status": 400,
         *       "detail": "The cursor is invalid",
         *       "code": "invalid_cursor",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        InvalidCursorProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "invalid_cursor";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The magic link is invalid, expired or already used.
         * @example {
         *       "type": "/problems/invalid-magic-link",
         *       "title": "The magic link is invalid, expired or already used",
         *       "status": 401,
         *       "detail": "The magic link is invalid, expired or already used",
         *       "code": "invalid_magic_link",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        InvalidMagicLinkProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "invalid_magic_link";
            /** @enum {integer} */
            status: 401;
        };
        /**
         * @description The last owner cannot be removed or demoted.
         * @example {
         *       "type": "/problems/last-owner",
         *       "title": "The last owner cannot be removed or demoted",
         *       "status": 409,
         *       "detail": "The last owner cannot be removed or demoted",
         *       "code": "last_owner",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        LastOwnerProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "last_owner";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The request body could not be parsed.
         * @example {
         *       "type": "/problems/malformed-body",
         *       "title": "The request body could not be parsed",
         *       "status": 400,
         *       "detail": "The request body could not be parsed",
         *       "code": "malformed_body",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        MalformedBodyProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "malformed_body";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description This address is already a member.
         * @example {
         *       "type": "/problems/member-exists",
         *       "title": "This address is already a member",
         *       "status": 409,
         *       "detail": "This address is already a member",
         *       "code": "member_exists",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        MemberExistsProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "member_exists";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The alumnus does not accept contact requests.
         * @example {
         *       "type": "/problems/not-contactable",
         *       "title": "The alumnus does not accept contact requests",
         *       "status": 403,
         *       "detail": "The alumnus does not accept contact requests",
         *       "code": "not_contactable",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        NotContactableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "not_contactable";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description The resource was not found.
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "The resource was not found",
         *       "status": 404,
         *       "detail": "The resource was not found",
         *       "code": "not_found",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        NotFoundProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "not_found";
            /** @enum {integer} */
            status: 404;
        };
        /**
         * @description The alumnus does not allow full-profile unlocks.
         * @example {
         *       "type": "/problems/not-unlockable",
         *       "title": "The alumnus does not allow full-profile unlocks",
         *       "status": 403,
         *       "detail": "The alumnus does not allow full-profile unlocks",
         *       "code": "not_unlockable",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        NotUnlockableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "not_unlockable";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description The request body is too large.
         * @example {
         *       "type": "/problems/payload-too-large",
         *       "title": "The request body is too large",
         *       "status": 413,
         *       "detail": "The request body is too large",
         *       "code": "payload_too_large",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        PayloadTooLargeProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "payload_too_large";
            /** @enum {integer} */
            status: 413;
        };
        /**
         * @description The payment provider refused or failed the request.
         * @example {
         *       "type": "/problems/payment-provider-error",
         *       "title": "The payment provider refused or failed the request",
         *       "status": 502,
         *       "detail": "The payment provider refused or failed the request",
         *       "code": "payment_provider_error",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        PaymentProviderErrorProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "payment_provider_error";
            /** @enum {integer} */
            status: 502;
        };
        /**
         * @description Payments are not configured on this server.
         * @example {
         *       "type": "/problems/payments-not-configured",
         *       "title": "Payments are not configured on this server",
         *       "status": 503,
         *       "detail": "Payments are not configured on this server",
         *       "code": "payments_not_configured",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        PaymentsNotConfiguredProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "payments_not_configured";
            /** @enum {integer} */
            status: 503;
        };
        /**
         * @description Too many requests.
         * @example {
         *       "type": "/problems/rate-limited",
         *       "title": "Too many requests",
         *       "status": 429,
         *       "detail": "Too many requests",
         *       "code": "rate_limited",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        RateLimitedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "rate_limited";
            /** @enum {integer} */
            status: 429;
        };
        /**
         * @description A key cannot grant or revoke scopes it does not hold.
         * @example {
         *       "type": "/problems/scope-escalation",
         *       "title": "A key cannot grant or revoke scopes it does not hold",
         *       "status": 403,
         *       "detail": "A key cannot grant or revoke scopes it does not hold",
         *       "code": "scope_escalation",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ScopeEscalationProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "scope_escalation";
            /** @enum {integer} */
            status: 403;
        };
        /**
         * @description Search is temporarily unavailable.
         * @example {
         *       "type": "/problems/search-unavailable",
         *       "title": "Search is temporarily unavailable",
         *       "status": 503,
         *       "detail": "Search is temporarily unavailable",
         *       "code": "search_unavailable",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        SearchUnavailableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "search_unavailable";
            /** @enum {integer} */
            status: 503;
        };
        /**
         * @description The service is not ready.
         * @example {
         *       "type": "/problems/service-unavailable",
         *       "title": "The service is not ready",
         *       "status": 503,
         *       "detail": "The service is not ready",
         *       "code": "service_unavailable",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        ServiceUnavailableProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "service_unavailable";
            /** @enum {integer} */
            status: 503;
        };
        /**
         * @description The sign-in link is invalid, expired or already used.
         * @example {
         *       "type": "/problems/sign-in-link-invalid",
         *       "title": "The sign-in link is invalid, expired or already used",
         *       "status": 400,
         *       "detail": "The sign-in link is invalid, expired or already used",
         *       "code": "sign_in_link_invalid",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        SignInLinkInvalidProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "sign_in_link_invalid";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The slug is already used by another association.
         * @example {
         *       "type": "/problems/slug-taken",
         *       "title": "The slug is already used by another association",
         *       "status": 409,
         *       "detail": "The slug is already used by another association",
         *       "code": "slug_taken",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        SlugTakenProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "slug_taken";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description Authentication is required.
         * @example {
         *       "type": "/problems/unauthenticated",
         *       "title": "Authentication is required",
         *       "status": 401,
         *       "detail": "Authentication is required",
         *       "code": "unauthenticated",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        UnauthenticatedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "unauthenticated";
            /** @enum {integer} */
            status: 401;
        };
        /**
         * @description The terms version is unknown.
         * @example {
         *       "type": "/problems/unknown-terms-version",
         *       "title": "The terms version is unknown",
         *       "status": 400,
         *       "detail": "The terms version is unknown",
         *       "code": "unknown_terms_version",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        UnknownTermsVersionProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "unknown_terms_version";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The content type is not supported.
         * @example {
         *       "type": "/problems/unsupported-media-type",
         *       "title": "The content type is not supported",
         *       "status": 415,
         *       "detail": "The content type is not supported",
         *       "code": "unsupported_media_type",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        UnsupportedMediaTypeProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "unsupported_media_type";
            /** @enum {integer} */
            status: 415;
        };
        /**
         * @description The URL or one of its parameters is too long.
         * @example {
         *       "type": "/problems/uri-too-long",
         *       "title": "The URL or one of its parameters is too long",
         *       "status": 414,
         *       "detail": "The URL or one of its parameters is too long",
         *       "code": "uri_too_long",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        UriTooLongProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "uri_too_long";
            /** @enum {integer} */
            status: 414;
        };
        /**
         * @description The request is invalid.
         * @example {
         *       "type": "/problems/validation-failed",
         *       "title": "The request is invalid",
         *       "status": 400,
         *       "detail": "The request is invalid",
         *       "code": "validation_failed",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f",
         *       "errors": [
         *         {
         *           "field": "limit",
         *           "message": "limit must not be greater than 100"
         *         }
         *       ]
         *     }
         */
        ValidationFailedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "validation_failed";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The wallet is frozen while a payment dispute is open.
         * @example {
         *       "type": "/problems/wallet-frozen",
         *       "title": "The wallet is frozen while a payment dispute is open",
         *       "status": 409,
         *       "detail": "The wallet is frozen while a payment dispute is open",
         *       "code": "wallet_frozen",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        WalletFrozenProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "wallet_frozen";
            /** @enum {integer} */
            status: 409;
        };
        /**
         * @description The webhook event lacks an id, a type or its data object.
         * @example {
         *       "type": "/problems/webhook-event-invalid",
         *       "title": "The webhook event lacks an id, a type or its data object",
         *       "status": 400,
         *       "detail": "The webhook event lacks an id, a type or its data object",
         *       "code": "webhook_event_invalid",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        WebhookEventInvalidProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "webhook_event_invalid";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The webhook signature is missing, invalid or stale.
         * @example {
         *       "type": "/problems/webhook-signature-invalid",
         *       "title": "The webhook signature is missing, invalid or stale",
         *       "status": 400,
         *       "detail": "The webhook signature is missing, invalid or stale",
         *       "code": "webhook_signature_invalid",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        WebhookSignatureInvalidProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "webhook_signature_invalid";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description The webhook URL is not allowed (scheme, credentials, or a non-public address).
         * @example {
         *       "type": "/problems/webhook-url-refused",
         *       "title": "The webhook URL is not allowed (scheme, credentials, or a non-public address)",
         *       "status": 400,
         *       "detail": "The webhook URL is not allowed (scheme, credentials, or a non-public address)",
         *       "code": "webhook_url_refused",
         *       "requestId": "2b9f6c1e-8d4a-4f3b-9c7e-1a2b3c4d5e6f"
         *     }
         */
        WebhookUrlRefusedProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            code: "webhook_url_refused";
            /** @enum {integer} */
            status: 400;
        };
        /**
         * @description A recruiter org asked for access to the association's alumni.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "access_request.created",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "accessRequestId": "4f5a6b7c-8d9e-4f0a-1b2c-3d4e5f6a7b8c",
         *         "orgId": "6b7c8d9e-0f1a-4b2c-3d4e-5f6a7b8c9d0e"
         *       }
         *     }
         */
        AccessRequestCreatedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "access_request.created";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The request, readable at GET /v1/associations/{id}/access-requests.
                 */
                accessRequestId: string;
                /**
                 * Format: uuid
                 * @description The requesting org.
                 */
                orgId: string;
            };
        };
        /**
         * @description An alumnus of the association changed their consent.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "alumnus.consent_changed",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *         "searchable": true,
         *         "unlockable": false,
         *         "contactable": false
         *       }
         *     }
         */
        AlumnusConsentChangedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "alumnus.consent_changed";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The alumnus, readable at GET /v1/associations/{id}/alumni/{alumnusId}.
                 */
                alumnusId: string;
                searchable: boolean;
                unlockable: boolean;
                contactable: boolean;
            };
        };
        /**
         * @description An alumnus whose profile this org unlocked withdrew the consent to full-profile access. Sent to every org that unlocked the person and to no other. Delete the unlocked data.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "alumnus.consent_withdrawn",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *         "unlockId": "0f8e2c1a-3b7d-4c59-9a1e-5d6f7a8b9c0d",
         *         "action": "delete_unlocked_data"
         *       }
         *     }
         */
        AlumnusConsentWithdrawnEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "alumnus.consent_withdrawn";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The alumnus whose unlocked data must be deleted.
                 */
                alumnusId: string;
                /**
                 * Format: uuid
                 * @description This org's unlock of that alumnus.
                 */
                unlockId: string;
                /**
                 * @description What the receiver must do: delete every copy of the unlocked profile of this alumnus.
                 * @enum {string}
                 */
                action: "delete_unlocked_data";
            };
        };
        /**
         * @description An alumnus whose profile this org unlocked had their personal data erased. Sent to every org that unlocked the person and to no other. Delete the unlocked data.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "alumnus.erased",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *         "unlockId": "0f8e2c1a-3b7d-4c59-9a1e-5d6f7a8b9c0d",
         *         "action": "delete_unlocked_data"
         *       }
         *     }
         */
        AlumnusErasedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "alumnus.erased";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The alumnus whose unlocked data must be deleted.
                 */
                alumnusId: string;
                /**
                 * Format: uuid
                 * @description This org's unlock of that alumnus.
                 */
                unlockId: string;
                /**
                 * @description What the receiver must do: delete every copy of the unlocked profile of this alumnus.
                 * @enum {string}
                 */
                action: "delete_unlocked_data";
            };
        };
        /**
         * @description The alumnus accepted a contact request; the held credits were consumed and the email is now readable through the API.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "contact_request.accepted",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "contactRequestId": "7c6b5a49-3827-4165-9f0e-1d2c3b4a5968",
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
         *       }
         *     }
         */
        ContactRequestAcceptedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "contact_request.accepted";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The contact request, readable at GET /v1/contact-requests.
                 */
                contactRequestId: string;
                /**
                 * Format: uuid
                 * @description The alumnus.
                 */
                alumnusId: string;
            };
        };
        /**
         * @description The alumnus declined a contact request; the held credits returned to the wallet.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "contact_request.declined",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "contactRequestId": "7c6b5a49-3827-4165-9f0e-1d2c3b4a5968",
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *         "creditsReleased": 2
         *       }
         *     }
         */
        ContactRequestDeclinedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "contact_request.declined";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The contact request.
                 */
                contactRequestId: string;
                /**
                 * Format: uuid
                 * @description The alumnus.
                 */
                alumnusId: string;
                /** @description Credits returned to the wallet. */
                creditsReleased: number;
            };
        };
        /**
         * @description A contact request got no answer in time; the held credits returned to the wallet.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "contact_request.expired",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "contactRequestId": "7c6b5a49-3827-4165-9f0e-1d2c3b4a5968",
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *         "creditsReleased": 2
         *       }
         *     }
         */
        ContactRequestExpiredEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "contact_request.expired";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The contact request.
                 */
                contactRequestId: string;
                /**
                 * Format: uuid
                 * @description The alumnus.
                 */
                alumnusId: string;
                /** @description Credits returned to the wallet. */
                creditsReleased: number;
            };
        };
        /**
         * @description Credits of a lot expire within 7 days. Sent once per lot.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "credits.expiring",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "lotId": "3e4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a7b",
         *         "credits": 12,
         *         "expiresAt": "2026-12-12T10:00:00.000Z"
         *       }
         *     }
         */
        CreditsExpiringEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "credits.expiring";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The credit lot, listed at GET /v1/wallet.
                 */
                lotId: string;
                /** @description Credits of the lot still available. */
                credits: number;
                /**
                 * Format: date-time
                 * @description When they expire.
                 */
                expiresAt: string;
            };
        };
        /**
         * @description A credit purchase was paid and its credits added to the wallet.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "credits.purchased",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "purchaseId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
         *         "credits": 50,
         *         "expiresAt": "2027-12-05T10:00:00.000Z"
         *       }
         *     }
         */
        CreditsPurchasedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "credits.purchased";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The purchase.
                 */
                purchaseId: string;
                /** @description Credits added to the wallet. */
                credits: number;
                /**
                 * Format: date-time
                 * @description When the credits expire.
                 */
                expiresAt: string | null;
            };
        };
        /**
         * @description An alumni import finished.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "import.completed",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "created": 120,
         *         "updated": 3,
         *         "unchanged": 877,
         *         "failed": 2
         *       }
         *     }
         */
        ImportCompletedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "import.completed";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /** @description Alumni created. */
                created: number;
                /** @description Alumni updated. */
                updated: number;
                /** @description Rows that changed nothing. */
                unchanged: number;
                /** @description Rows refused. */
                failed: number;
            };
        };
        /**
         * @description A payout was transferred to the association's connected account.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "payout.paid",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "payoutId": "5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c9d",
         *         "amountMinor": 123456,
         *         "currency": "eur"
         *       }
         *     }
         */
        PayoutPaidEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "payout.paid";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The payout, listed at GET /v1/associations/{id}/payouts.
                 */
                payoutId: string;
                /** @description Amount, in minor units. */
                amountMinor: number;
                /** @description ISO 4217, lower case. */
                currency: string;
            };
        };
        /**
         * @description The org unlocked a full profile (first unlock only; repeated unlocks are free and emit nothing).
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "profile.unlocked",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "unlockId": "0f8e2c1a-3b7d-4c59-9a1e-5d6f7a8b9c0d",
         *         "alumnusId": "5b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
         *         "associationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *         "creditsCharged": 1
         *       }
         *     }
         */
        ProfileUnlockedEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "profile.unlocked";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The unlock, readable at GET /v1/unlocks.
                 */
                unlockId: string;
                /**
                 * Format: uuid
                 * @description The alumnus; read the profile at GET /v1/profiles/{alumnusId}.
                 */
                alumnusId: string;
                /**
                 * Format: uuid
                 * @description The alumnus's association.
                 */
                associationId: string;
                /** @description Credits charged for the unlock. */
                creditsCharged: number;
            };
        };
        /**
         * @description The wallet was frozen because a payment was disputed; unlocks and contact requests are refused until the dispute closes.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "wallet.frozen",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "purchaseId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"
         *       }
         *     }
         */
        WalletFrozenEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "wallet.frozen";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The disputed purchase.
                 */
                purchaseId: string;
            };
        };
        /**
         * @description Sent by POST /v1/webhook-endpoints/{id}/test to check an endpoint; never sent otherwise.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "type": "ping",
         *       "apiVersion": "2026-12-05",
         *       "timestamp": "2026-12-05T10:00:00.000Z",
         *       "data": {
         *         "endpointId": "8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586"
         *       }
         *     }
         */
        PingEvent: {
            /**
             * Format: uuid
             * @description The event id, also sent as the `webhook-id` header: deduplicate on it.
             */
            id: string;
            /** @enum {string} */
            type: "ping";
            /**
             * @description Version of the payload schema.
             * @enum {string}
             */
            apiVersion: "2026-12-05";
            /**
             * Format: date-time
             * @description When the change happened.
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The endpoint tested.
                 */
                endpointId: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyDto"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description A dependency is failing (problem+json naming it). `service_unavailable`: The service is not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ServiceUnavailableProblem"];
                };
            };
        };
    };
    ApiKeys_listForAssociation: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    ApiKeys_createForAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    ApiKeys_listForOrg: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    ApiKeys_createForOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    ApiKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (also when it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    ApiKeys_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateApiKeyDto"];
            };
        };
        responses: {
            /** @description The replacement key; the old one lapses after `graceSeconds`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `api_key_revoked`: The API key is already revoked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ApiKeyRevokedProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Associations_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Associations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssociationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAssociationDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `slug_taken`: The slug is already used by another association. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["SlugTakenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Associations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationResponseDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Associations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssociationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `admin_only_field`: Only a platform admin may change this field. `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AdminOnlyFieldProblem"] | components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `slug_taken`: The slug is already used by another association. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["SlugTakenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AssociationDashboard_consentHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentHealthDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AssociationDashboard_consentSegment: {
        parameters: {
            query: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Which alumni of the health figures to list. */
                segment: "never_answered" | "never_invited" | "lapsing" | "lapsed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentSegmentPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AssociationDashboard_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendInvitationsDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationsResultDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AssociationDashboard_recruiterOrgs: {
        parameters: {
            query?: {
                /** @description Part of the org's name or email domain. Without it: the orgs that have dealt with this association (unlocks, contact requests, access requests, blocks). */
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruiterOrgActivityListDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    RecruiterOrgs_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruiterOrgPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    RecruiterOrgs_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecruiterOrgDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedRecruiterOrgDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    RecruiterOrgs_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruiterOrgResponseDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Events_feed: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit to start at the oldest event kept (30 days). */
                cursor?: string;
                /** @description Comma-separated event types to return (all when omitted). One of: access_request.created, alumnus.consent_changed, alumnus.consent_withdrawn, alumnus.erased, contact_request.accepted, contact_request.declined, contact_request.expired, credits.expiring, credits.purchased, import.completed, payout.paid, profile.unlocked, wallet.frozen. */
                types?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFeedDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                status?: "pending" | "approved" | "rejected";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `access_request_closed`: The association does not take access requests. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AccessRequestClosedProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_listBlocked: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationBlockPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_block: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlockOrgDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociationBlockDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Access_unblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AssociationDirectory_directory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A JSON array of alumni, or text/csv with a header row. Columns/fields: externalId, firstName, lastName, email, phone, linkedinUrl, currentCompany, headline, industry, seniority, yearsOfExperience, city, country, skills, languages, program, degreeLevel, graduationYear, bio, openToWork, consentSearchable, consentUnlockable, consentContactable, consentCollectedAt, consentTermsVersion, consentProofReference, consentTextHash. Up to 50,000 rows. */
        requestBody: {
            content: {
                "application/json": Record<string, never>[];
                "text/csv": Record<string, never>[];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlumnusPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlumnusResponseDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased: personal data removed, consent history kept without it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAlumnusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlumnusResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `conflict`: The request conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_consentHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentEventDto"][];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniAdmin_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A consent invitation (magic link valid 7 days) is queued for the alumnus. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniSessions_requestMagicLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestMagicLinkDto"];
            };
        };
        responses: {
            /** @description Always 202, whether or not the address is known (no account enumeration). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    AlumniSessions_createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_magic_link`: The magic link is invalid, expired or already used. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidMagicLinkProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlumnusResponseDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erasure: every personal field removed; consent history kept without personal data. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlumnusResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_putConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStateDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `consent_requires_searchable`: unlockable and contactable require searchable. `malformed_body`: The request body could not be parsed. `unknown_terms_version`: The terms version is unknown. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["ConsentRequiresSearchableProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["UnknownTermsVersionProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every purpose withdrawn in one event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStateDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_accessLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_blockedOrgs: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlockedOrgPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_blockOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org no longer sees this alumnus anywhere. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_unblockOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Me_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signs out: the calling session token stops working. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    PeopleAuth_requestSignInLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSignInLinkDto"];
            };
        };
        responses: {
            /** @description Always 202 `{}`, whether or not the address is known (no account enumeration). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    PeopleAuth_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    PeopleAuth_createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeopleSessionDto"];
            };
        };
        responses: {
            /** @description Sets the `pas_session` cookie (HttpOnly, SameSite=Lax). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleSessionResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `sign_in_link_invalid`: The sign-in link is invalid, expired or already used. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["SignInLinkInvalidProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    PeopleAuth_signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session of this person (each account sharing the address) is revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    PeopleAuth_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleSessionResponseDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    PeopleAuth_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is revoked at once and the cookie cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MePreferences_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MePreferences_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MePreferences_terms: {
        parameters: {
            query?: {
                locale?: "fr" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentTermsDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MePreferences_organisations: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationListDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    CreditPacks_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    CreditPacks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCreditPackDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditPackResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Wallet_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WalletResponseDto"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Wallet_ledger: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest entries first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    CreditGrants_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: the same key with the same body replays the first response; with another body it is 422 `idempotency_key_reused`. 1–255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCreditGrantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditGrantResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `idempotency_key_in_progress`: A request with this idempotency key is still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInProgressProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `idempotency_key_reused`: The idempotency key was used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    CheckoutSessions_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: the same key with the same body replays the first response; with another body it is 422 `idempotency_key_reused`. 1–255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCheckoutSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSessionResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `idempotency_key_in_progress`: A request with this idempotency key is still in progress. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyInProgressProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `idempotency_key_reused`: The idempotency key was used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `payment_provider_error`: The payment provider refused or failed the request. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PaymentProviderErrorProblem"];
                };
            };
            /** @description `payments_not_configured`: Payments are not configured on this server. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PaymentsNotConfiguredProblem"];
                };
            };
        };
    };
    StripeWebhooks_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description Checked over the raw body; at most 300 s old. */
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAckDto"];
                };
            };
            /** @description `webhook_event_invalid`: The webhook event lacks an id, a type or its data object. `webhook_signature_invalid`: The webhook signature is missing, invalid or stale. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["WebhookEventInvalidProblem"] | components["schemas"]["WebhookSignatureInvalidProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `payments_not_configured`: Payments are not configured on this server. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PaymentsNotConfiguredProblem"];
                };
            };
        };
    };
    Profiles_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A preview, or the full profile when this org unlocked it and consent still allows (`level`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilePreviewDto"] | components["schemas"]["FullProfileDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `association_access_denied`: The association does not give this org access to its alumni. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AssociationAccessDeniedProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `consent_withdrawn`: The alumnus withdrew the consent this access relied on. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConsentWithdrawnProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Profiles_unlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: the same key with the same body replays the first response; with another body it is 422 `idempotency_key_reused`. 1–255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already unlocked by this org: nothing charged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlockResponseDto"];
                };
            };
            /** @description First unlock: credits charged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlockResponseDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `insufficient_credits`: The wallet does not hold enough credits. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InsufficientCreditsProblem"];
                };
            };
            /** @description `association_access_denied`: The association does not give this org access to its alumni. `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `not_unlockable`: The alumnus does not allow full-profile unlocks. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["AssociationAccessDeniedProblem"] | components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["NotUnlockableProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `conflict`: The request conflicts with the current state. `idempotency_key_in_progress`: A request with this idempotency key is still in progress. `wallet_frozen`: The wallet is frozen while a payment dispute is open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConflictProblem"] | components["schemas"]["IdempotencyKeyInProgressProblem"] | components["schemas"]["WalletFrozenProblem"];
                };
            };
            /** @description `consent_withdrawn`: The alumnus withdrew the consent this access relied on. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ConsentWithdrawnProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `idempotency_key_reused`: The idempotency key was used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Profiles_listUnlocks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnlockPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Search_search: {
        parameters: {
            query?: {
                /** @description Free text: words, "phrases", -negation, or. Accents and case are ignored; small typos are tolerated. */
                q?: string;
                /** @description Narrows the scope to these associations. Comma-separated or repeated; at most 20 values of at most 100 characters. */
                associationIds?: string[];
                /** @description Industries (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                industries?: string[];
                /** @description Seniorities (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                seniorities?: string[];
                /** @description Cities (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                cities?: string[];
                /** @description Countries (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                countries?: string[];
                /** @description Skills (all must match). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                skills?: string[];
                /** @description Languages (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                languages?: string[];
                /** @description Programs (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                programs?: string[];
                /** @description Degree levels (any). Comma-separated or repeated; at most 20 values of at most 100 characters. */
                degreeLevels?: string[];
                graduationYearMin?: number;
                graduationYearMax?: number;
                openToWork?: boolean;
                /** @description `relevance` without `q` orders by lastConfirmedAt. */
                sort?: "relevance" | "graduationYear" | "lastConfirmedAt";
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Facets to count; comma-separated or repeated. */
                facets?: ("associationId" | "industry" | "seniority" | "city" | "country" | "skills" | "languages" | "program" | "degreeLevel" | "graduationYear" | "openToWork")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponseDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `search_unavailable`: Search is temporarily unavailable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["SearchUnavailableProblem"];
                };
            };
        };
    };
    ContactRequests_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry: the same key with the same body replays the first response; with another body it is 422 `idempotency_key_reused`. 1–255 visible ASCII characters, e.g. a UUID. */
                "Idempotency-Key"?: string;
            };
            path: {
                alumnusId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequestDto"];
            };
        };
        responses: {
            /** @description Holds the association's contactPriceCredits. 402 insufficient_credits; 403 not_contactable (visible but no contact consent); 404 not visible; 409 contact_request_open, contact_cap_reached or wallet_frozen. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactRequestResponseDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `insufficient_credits`: The wallet does not hold enough credits. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InsufficientCreditsProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `not_contactable`: The alumnus does not accept contact requests. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["NotContactableProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `contact_cap_reached`: The alumnus has reached their monthly limit of contact requests. `contact_request_open`: An open contact request to this alumnus already exists. `hold_exists`: A credit hold with this reference already exists. `idempotency_key_in_progress`: A request with this idempotency key is still in progress. `wallet_frozen`: The wallet is frozen while a payment dispute is open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ContactCapReachedProblem"] | components["schemas"]["ContactRequestOpenProblem"] | components["schemas"]["HoldExistsProblem"] | components["schemas"]["IdempotencyKeyInProgressProblem"] | components["schemas"]["WalletFrozenProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `idempotency_key_reused`: The idempotency key was used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    ContactRequests_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org's own requests, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRequestPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MyContactRequests_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyContactRequestPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MyContactRequests_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Shares your email with that org. Repeating it answers the same. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyContactRequestDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `not_contactable`: The alumnus does not accept contact requests. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["NotContactableProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `contact_request_not_open`: The contact request is no longer open. `hold_not_open`: The credit hold is already settled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ContactRequestNotOpenProblem"] | components["schemas"]["HoldNotOpenProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    MyContactRequests_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyContactRequestDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `contact_request_not_open`: The contact request is no longer open. `hold_not_open`: The credit hold is already settled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ContactRequestNotOpenProblem"] | components["schemas"]["HoldNotOpenProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Revenue_association: {
        parameters: {
            query?: {
                /** @description First day included (YYYY-MM-DD, in the association's time zone). Give both `from` and `to`, or neither: the default period is the current month and the 12 before it, up to today. */
                from?: string;
                /** @description Last day included; at most 400 days after `from`. */
                to?: string;
                granularity?: "day" | "week" | "month";
                /** @description `csv` answers CSV like `Accept: text/csv` (for a plain download link). */
                format?: "json" | "csv";
                /** @description `source` splits each bucket by what earned it: `unlock` or `contact` (an accepted contact request). */
                groupBy?: "org" | "program" | "graduationYear" | "source";
                /** @description `previous`: also total the period just before, of the same length (whole months when `from` is a first of month). Ignored by the CSV. */
                compare?: "previous" | "none";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (same rows) with `Accept: text/csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevenueReportDto"];
                    "text/csv": components["schemas"]["RevenueReportDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Revenue_platform: {
        parameters: {
            query?: {
                /** @description First day included (YYYY-MM-DD, in the association's time zone). Give both `from` and `to`, or neither: the default period is the current month and the 12 before it, up to today. */
                from?: string;
                /** @description Last day included; at most 400 days after `from`. */
                to?: string;
                granularity?: "day" | "week" | "month";
                /** @description `csv` answers CSV like `Accept: text/csv` (for a plain download link). */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In UTC, with breakage. CSV with `Accept: text/csv`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevenueReportDto"];
                    "text/csv": components["schemas"]["RevenueReportDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Payouts_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Payouts_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSummaryDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Payouts_createAccountLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectAccountLinkDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `payment_provider_error`: The payment provider refused or failed the request. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PaymentProviderErrorProblem"];
                };
            };
            /** @description `payments_not_configured`: Payments are not configured on this server. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PaymentsNotConfiguredProblem"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreatedDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. `webhook_url_refused`: The webhook URL is not allowed (scheme, credentials, or a non-public address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"] | components["schemas"]["WebhookUrlRefusedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. `webhook_url_refused`: The webhook URL is not allowed (scheme, credentials, or a non-public address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"] | components["schemas"]["WebhookUrlRefusedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecretDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAttemptDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. `webhook_url_refused`: The webhook URL is not allowed (scheme, credentials, or a non-public address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"] | components["schemas"]["WebhookUrlRefusedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_attempts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAttemptPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Webhooks_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAttemptDto"];
                };
            };
            /** @description `validation_failed`: The request is invalid. `webhook_url_refused`: The webhook URL is not allowed (scheme, credentials, or a non-public address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"] | components["schemas"]["WebhookUrlRefusedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_listForAssociation: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_inviteToAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `member_exists`: This address is already a member. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MemberExistsProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_removeFromAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `last_owner`: The last owner cannot be removed or demoted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LastOwnerProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_updateInAssociation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `last_owner`: The last owner cannot be removed or demoted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LastOwnerProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_auditForAssociation: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_listForOrg: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_inviteToOrg: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `member_exists`: This address is already a member. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MemberExistsProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_removeFromOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `last_owner`: The last owner cannot be removed or demoted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LastOwnerProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_updateInOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description `body_too_deep`: The request body nests arrays and objects too deeply. `malformed_body`: The request body could not be parsed. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["BodyTooDeepProblem"] | components["schemas"]["MalformedBodyProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `cross_site_request`: A cookie-authenticated write must come from this site. `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. `scope_escalation`: A key cannot grant or revoke scopes it does not hold. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CrossSiteRequestProblem"] | components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"] | components["schemas"]["ScopeEscalationProblem"];
                };
            };
            /** @description `not_found`: The resource was not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `last_owner`: The last owner cannot be removed or demoted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LastOwnerProblem"];
                };
            };
            /** @description `payload_too_large`: The request body is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PayloadTooLargeProblem"];
                };
            };
            /** @description `uri_too_long`: The URL or one of its parameters is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UriTooLongProblem"];
                };
            };
            /** @description `unsupported_media_type`: The content type is not supported. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
    Members_auditForOrg: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description `invalid_cursor`: The cursor is invalid. `validation_failed`: The request is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCursorProblem"] | components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_credentials`: The credentials are invalid, expired or revoked. `unauthenticated`: Authentication is required. */
            401: {
                headers: {
                    /** @description Bearer realm="passerelle" */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidCredentialsProblem"] | components["schemas"]["UnauthenticatedProblem"];
                };
            };
            /** @description `forbidden`: This principal may not call this route. `insufficient_scope`: The API key lacks a required scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"] | components["schemas"]["InsufficientScopeProblem"];
                };
            };
            /** @description `rate_limited`: Too many requests. */
            429: {
                headers: {
                    /** @description Seconds until the window resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description `internal_error`: Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
        };
    };
}
