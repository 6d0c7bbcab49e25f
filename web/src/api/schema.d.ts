// Generated from openapi.json by web/scripts/api-schema.mjs (npm run web:api). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
        get: operations["ApiKeys_listForAssociation"];
        put?: never;
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
        get: operations["ApiKeys_listForOrg"];
        put?: never;
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
        get: operations["Associations_list"];
        put?: never;
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
        get: operations["Associations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
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
        /** How many alumni are searchable, unlockable, contactable, lapsing, or never answered an invitation */
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
        /** The alumni behind one consent-health figure, to select for invitations */
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
        /** Invite (again) a selection of up to 100 alumni to give or renew their consent */
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
        /** Recruiter orgs and how many alumni each unlocked or contacted; search by name or email domain to block one */
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
        get: operations["RecruiterOrgs_list"];
        put?: never;
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
        get: operations["Access_list"];
        put?: never;
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
        get: operations["Access_listBlocked"];
        put?: never;
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
        delete: operations["Access_unblock"];
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
        get: operations["AlumniAdmin_get"];
        put?: never;
        post?: never;
        delete: operations["AlumniAdmin_erase"];
        options?: never;
        head?: never;
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
        get: operations["Me_get"];
        put?: never;
        post?: never;
        delete: operations["Me_erase"];
        options?: never;
        head?: never;
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
        put: operations["Me_putConsent"];
        post?: never;
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
        post: operations["Me_blockOrg"];
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
        /** Mail a sign-in link for each account of an address */
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
        /** The live sessions of the signed-in person */
        get: operations["PeopleAuth_list"];
        put?: never;
        /** Exchange a sign-in token for a session cookie */
        post: operations["PeopleAuth_createSession"];
        /** Sign out everywhere */
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
        /** The signed-in person */
        get: operations["PeopleAuth_current"];
        put?: never;
        post?: never;
        /** Sign out */
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
        /** Which optional mails the alumnus receives */
        get: operations["MePreferences_get"];
        /** Mute or unmute optional mails (sign-in links and invitations are always sent) */
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
        /** The consent text and version shown next to the switches */
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
        /** Recruiter organisations by name or email domain, to block them */
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
        get: operations["CreditPacks_list"];
        put?: never;
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
        /** Payable balance, the current month's accrued share and upcoming payout, and the Stripe Connect status */
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
        get: operations["Webhooks_list"];
        put?: never;
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
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
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
        /** List the association's members */
        get: operations["Members_listForAssociation"];
        put?: never;
        /** Invite a member of the association (mails a 7-day link) */
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
        /** Remove an association member (signed out at once) */
        delete: operations["Members_removeFromAssociation"];
        options?: never;
        head?: never;
        /** Change an association member's role */
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
        /** The association's audit log (writes by members and keys), newest first */
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
        /** List the org's members */
        get: operations["Members_listForOrg"];
        put?: never;
        /** Invite a member of the org (mails a 7-day link) */
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
        /** Remove an org member (signed out at once) */
        delete: operations["Members_removeFromOrg"];
        options?: never;
        head?: never;
        /** Change an org member's role */
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
        /** The org's audit log (writes by members and keys), newest first */
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
            kind: "AlumnusSessionPrincipalDto";
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
            kind: "MemberSessionPrincipalDto";
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
             * @description Language of `text` (the published text when no translation exists).
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
            contactable: boolean;
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
            contactable: boolean;
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
        };
    };
    CreditGrants_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body. */
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
        };
    };
    CheckoutSessions_create: {
        parameters: {
            query?: never;
            header?: {
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
        };
    };
    Profiles_unlock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key. */
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
        };
    };
    ContactRequests_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first response for the same key and body. */
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
        };
    };
}
