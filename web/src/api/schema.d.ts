// Generated from openapi.json by web/scripts/api-schema.mjs (npm run web:api). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description **Access:** public, no credentials. */
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
        /** @description **Access:** public, no credentials. */
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["ApiKeys_listForAssociation"];
        put?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `keys:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["ApiKeys_listForOrg"];
        put?: never;
        /**
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Associations_list"];
        put?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`).
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * How many alumni are searchable, unlockable, contactable, lapsing, or never answered an invitation
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * The alumni behind one consent-health figure, to select for invitations
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * Invite (again) a selection of up to 100 alumni to give or renew their consent
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * Recruiter orgs and how many alumni each unlocked or contacted; search by name or email domain to block one
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["RecruiterOrgs_list"];
        put?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`).
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Access_list"];
        put?: never;
        /**
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `access:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Access_listBlocked"];
        put?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:read` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["AlumniAdmin_get"];
        put?: never;
        post?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `alumni:write` (member roles: association owner, association alumni_manager); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["AlumniAdmin_erase"];
        options?: never;
        head?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** public, no credentials.
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
         * @description **Access:** public, no credentials.
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Me_get"];
        put?: never;
        post?: never;
        /**
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Me_erase"];
        options?: never;
        head?: never;
        /**
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        put: operations["Me_putConsent"];
        post?: never;
        /**
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        post: operations["Me_blockOrg"];
        /**
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * Mail a sign-in link for each account of an address
         * @description **Access:** public, no credentials.
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
         * The live sessions of the signed-in person
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["PeopleAuth_list"];
        put?: never;
        /**
         * Exchange a sign-in token for a session cookie
         * @description **Access:** public, no credentials.
         *
         *     **Rate limit class:** `sign-in` (see the `RateLimit-Policy` response header).
         */
        post: operations["PeopleAuth_createSession"];
        /**
         * Sign out everywhere
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["PeopleAuth_current"];
        put?: never;
        post?: never;
        /**
         * Sign out
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie); or an association key (`pas_asc_…`) or a member of the association signed in to the web app; or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * Which optional mails the alumnus receives
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["MePreferences_get"];
        /**
         * Mute or unmute optional mails (sign-in links and invitations are always sent)
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * The consent text and version shown next to the switches, in French or English (English by default)
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * Recruiter organisations by name or email domain, to block them
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["CreditPacks_list"];
        put?: never;
        /**
         * @description **Access:** a platform-admin key (`pas_adm_…`).
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`).
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** public, no credentials.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** an alumnus session (bearer `pas_ses_…` or the web-app cookie).
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`).
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * Payable balance, the current month's accrued share and upcoming payout, and the Stripe Connect status
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        /**
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `webhooks:manage` (member roles: org owner, association owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        /**
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app; or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * List the association's members
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: association owner); a platform-admin key holds every permission.
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Members_listForAssociation"];
        put?: never;
        /**
         * Invite a member of the association (mails a 7-day link)
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * Remove an association member (signed out at once)
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * The association's audit log (writes by members and keys), newest first
         * @description **Access:** a platform-admin key (`pas_adm_…`); or an association key (`pas_asc_…`) or a member of the association signed in to the web app.
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
         * List the org's members
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
         *
         *     **Scopes:** `members:manage` (member roles: org owner).
         *
         *     **Rate limit class:** `default` (see the `RateLimit-Policy` response header).
         */
        get: operations["Members_listForOrg"];
        put?: never;
        /**
         * Invite a member of the org (mails a 7-day link)
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * Remove an org member (signed out at once)
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
         * The org's audit log (writes by members and keys), newest first
         * @description **Access:** a recruiter-org key (`pas_rec_…`) or a member of the org signed in to the web app.
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
            /** @description Why the org wants access, shown to the association admin. */
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
            /** @description An anonymised preview may appear in recruiter searches. */
            searchable: boolean;
            /** @description Recruiters may unlock the full profile (requires searchable). */
            unlockable: boolean;
            /** @description Recruiters may send contact requests (requires searchable). */
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
            /** @description Credits available to spend. */
            balance: number;
            /** @description Credits held by open contact requests. */
            heldCredits: number;
            /** @description True while a payment dispute is open: no credits can be spent. */
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
            /** Format: uuid */
            packId: string;
            /** @example https://ats.example.com/credits/success */
            successUrl: string;
            /** @example https://ats.example.com/credits/cancel */
            cancelUrl: string;
        };
        CheckoutSessionResponseDto: {
            /** @description Stripe Checkout page to send the buyer to. */
            checkoutUrl: string;
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
            /** @description Credits charged by this request: 0 when the org had already unlocked the profile. */
            creditsCharged: number;
            /** @description Wallet balance after this request. */
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
            message: string;
            /** @description Yearly salary, minor units. */
            salaryMinMinor?: number;
            /** @description Yearly salary, minor units; at least salaryMinMinor. */
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
            /** @description A dependency is failing (problem+json naming it). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
