package co.pump.icm.sandbox.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.state.ApplicationPortal;

/**
 * An application for the sandbox to hold, by natural keys: its fields, how it is set up and who is
 * assigned to it. Any sort may be seeded (customer managed OAuth or SAML, AWS managed), as if it
 * had been made in the console or by the AWS service that owns it.
 *
 * @param account   the account that owns it, or null for the instance's management account
 * @param createdAt ISO-8601 instant, or null for the instance's creation
 * @param assignees users (by user name) and groups (by display name) assigned to it
 */
public record ApplicationSeed(String name, String providerArn, String account, String description, String status,
                              ApplicationPortal portal, String createdAt, List<Tag> tags, Setup setup,
                              List<Assignee> assignees) {

    public ApplicationSeed {
        tags = List.copyOf(tags);
        assignees = List.copyOf(assignees);
        portal = portal == null ? ApplicationPortal.NONE : portal;
        setup = setup == null ? Setup.NONE : setup;
    }

    /** A user or group assigned to the application. */
    public record Assignee(PrincipalType type, String name) {
    }

    /**
     * How an application is set up.
     *
     * @param redirectUris           the authorization code grant's redirect URIs; empty for no such grant
     * @param jwtBearer              the JWT bearer grant's token issuers (by name) with their audiences; empty for
     *                               no such grant
     * @param accessScopes           access scopes with their authorized targets (applications, by name)
     * @param actorPolicy            the IAM authentication method's actor policy (JSON), or null for none
     * @param userBackgroundSessions ENABLED or DISABLED
     */
    public record Setup(boolean assignmentRequired, String userBackgroundSessions, List<String> redirectUris,
                        boolean refreshToken, boolean tokenExchange, Map<String, List<String>> jwtBearer,
                        Map<String, List<String>> accessScopes, String actorPolicy) {

        /** What a new application has: an assignment required and nothing else. */
        public static final Setup NONE = new Setup(true, "DISABLED", List.of(), false, false, Map.of(), Map.of(), null);

        public Setup {
            redirectUris = List.copyOf(redirectUris);
            // Ordered copies: seeding iterates them, and lists return what was put in that order.
            jwtBearer = new LinkedHashMap<>(jwtBearer);
            accessScopes = new LinkedHashMap<>(accessScopes);
        }
    }
}
