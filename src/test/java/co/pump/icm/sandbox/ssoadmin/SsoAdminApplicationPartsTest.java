package co.pump.icm.sandbox.ssoadmin;

import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.CUSTOM_SAML;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.Q_BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;

/** Grants, access scopes, authentication methods and the session configuration of applications. */
class SsoAdminApplicationPartsTest {

    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    private static final Map<String, Object> POLICY = Map.of("Version", "2012-10-17", "Statement", List.of(Map.of(
            "Effect", "Allow", "Principal", Map.of("AWS", "arn:aws:iam::333333333333:role/Backend"),
            "Action", "sso-oauth:CreateTokenWithIAM", "Resource", "*")));

    private final ApplicationFixture apps = new ApplicationFixture();
    private final SsoAdminFixture fx = apps.fx;
    private final String app = apps.createApplication(fx.management, "Analytics");
    private final String issuer = apps.createIssuer(fx.management, "Okta", "https://okta.example.com/oauth2/default");

    private JsonNode putGrant(String type, Map<String, Object> grant) {
        return fx.call("PutApplicationGrant", fx.management, "ApplicationArn", app, "GrantType", type, "Grant", grant);
    }

    private AwsError grantError(String type, Map<String, Object> grant) {
        return fx.error("PutApplicationGrant", fx.management, "ApplicationArn", app, "GrantType", type, "Grant", grant);
    }

    @Test
    void putsGetsListsAndDeletesEveryGrantType() {
        putGrant("authorization_code", Map.of("AuthorizationCode",
                Map.of("RedirectUris", List.of("https://app.example.com/callback"))));
        putGrant(JWT_BEARER, Map.of("JwtBearer", Map.of("AuthorizedTokenIssuers", List.of(Map.of(
                "TrustedTokenIssuerArn", issuer, "AuthorizedAudiences", List.of("analytics", "analytics-dev"))))));
        putGrant("refresh_token", Map.of("RefreshToken", Map.of()));
        putGrant(TOKEN_EXCHANGE, Map.of("TokenExchange", Map.of()));

        JsonNode bearer = fx.call("GetApplicationGrant", fx.management, "ApplicationArn", app, "GrantType", JWT_BEARER)
                .path("Grant").path("JwtBearer").path("AuthorizedTokenIssuers").get(0);
        assertThat(bearer.path("TrustedTokenIssuerArn").asText()).isEqualTo(issuer);
        assertThat(bearer.path("AuthorizedAudiences")).extracting(JsonNode::asText)
                .containsExactly("analytics", "analytics-dev");
        JsonNode grants = fx.call("ListApplicationGrants", fx.management, "ApplicationArn", app).path("Grants");
        assertThat(grants).extracting(g -> g.path("GrantType").asText())
                .containsExactly("authorization_code", JWT_BEARER, "refresh_token", TOKEN_EXCHANGE);
        assertThat(grants.get(0).path("Grant").path("AuthorizationCode").path("RedirectUris").get(0).asText())
                .isEqualTo("https://app.example.com/callback");
        assertThat(grants.get(2).path("Grant").has("RefreshToken")).isTrue();

        // Putting a grant type again replaces it.
        putGrant("authorization_code", Map.of("AuthorizationCode", Map.of("RedirectUris", List.of("https://b/"))));
        assertThat(fx.call("GetApplicationGrant", fx.management, "ApplicationArn", app, "GrantType",
                "authorization_code").path("Grant").path("AuthorizationCode").path("RedirectUris"))
                .extracting(JsonNode::asText).containsExactly("https://b/");

        fx.call("DeleteApplicationGrant", fx.management, "ApplicationArn", app, "GrantType", "refresh_token");
        AwsError gone = fx.error("GetApplicationGrant", fx.management, "ApplicationArn", app,
                "GrantType", "refresh_token");
        assertThat(gone.code()).isEqualTo("ResourceNotFoundException");
        assertThat(gone.getMessage()).isEqualTo("The application with arn '" + app
                + "' has no grant of type 'refresh_token'.");
        assertThat(fx.error("DeleteApplicationGrant", fx.management, "ApplicationArn", app,
                "GrantType", "refresh_token").getMessage()).isEqualTo(gone.getMessage());
    }

    @Test
    void aGrantSetsExactlyTheUnionMemberItsTypeNames() {
        AwsError two = grantError("refresh_token", Map.of("RefreshToken", Map.of(), "TokenExchange", Map.of()));
        assertThat(two.code()).isEqualTo("ValidationException");
        assertThat(two.getMessage()).isEqualTo("1 validation error detected: Value at 'grant' failed to satisfy "
                + "constraint: Member must have exactly one of AuthorizationCode, JwtBearer, RefreshToken, "
                + "TokenExchange set");
        AwsError none = grantError("refresh_token", Map.of());
        assertThat(none.getMessage()).isEqualTo(two.getMessage());
        AwsError mismatch = grantError("authorization_code", Map.of("RefreshToken", Map.of()));
        assertThat(mismatch.getMessage()).isEqualTo("1 validation error detected: Value at 'grant' failed to "
                + "satisfy constraint: Member must set AuthorizationCode for the grant type authorization_code");
        AwsError type = grantError("password", Map.of("RefreshToken", Map.of()));
        assertThat(type.getMessage()).isEqualTo("1 validation error detected: Value 'password' at 'grantType' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [authorization_code, "
                + "refresh_token, " + JWT_BEARER + ", " + TOKEN_EXCHANGE + "]");
        AwsError noGrant = fx.error("PutApplicationGrant", fx.management, "ApplicationArn", app,
                "GrantType", "refresh_token");
        assertThat(noGrant.getMessage()).isEqualTo("1 validation error detected: Value null at 'grant' failed to "
                + "satisfy constraint: Member must not be null");
    }

    @Test
    void authorizationCodeNeedsOneToTenRedirectUris() {
        AwsError missing = grantError("authorization_code", Map.of("AuthorizationCode", Map.of()));
        assertThat(missing.getMessage()).isEqualTo("1 validation error detected: Value null at "
                + "'grant.authorizationCode.redirectUris' failed to satisfy constraint: Member must not be null");
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("https://app.example.com/cb" + i);
        }
        AwsError tooMany = grantError("authorization_code", Map.of("AuthorizationCode", Map.of("RedirectUris", eleven)));
        assertThat(tooMany.getMessage()).isEqualTo("1 validation error detected: Value at "
                + "'grant.authorizationCode.redirectUris' failed to satisfy constraint: Member must have length less "
                + "than or equal to 10");
        putGrant("authorization_code", Map.of("AuthorizationCode", Map.of("RedirectUris", eleven.subList(0, 10))));
    }

    @Test
    void aJwtBearerGrantNamesTokenIssuersOfTheInstance() {
        AwsError noIssuers = grantError(JWT_BEARER, Map.of("JwtBearer", Map.of()));
        assertThat(noIssuers.getMessage()).isEqualTo("1 validation error detected: Value null at "
                + "'grant.jwtBearer.authorizedTokenIssuers' failed to satisfy constraint: Member must not be null");
        AwsError noArn = grantError(JWT_BEARER, Map.of("JwtBearer", Map.of("AuthorizedTokenIssuers",
                List.of(Map.of("AuthorizedAudiences", List.of("x"))))));
        assertThat(noArn.getMessage()).isEqualTo("1 validation error detected: Value null at "
                + "'grant.jwtBearer.authorizedTokenIssuers.1.member.trustedTokenIssuerArn' failed to satisfy "
                + "constraint: Member must not be null");
        AwsError emptyAudiences = grantError(JWT_BEARER, Map.of("JwtBearer", Map.of("AuthorizedTokenIssuers",
                List.of(Map.of("TrustedTokenIssuerArn", issuer, "AuthorizedAudiences", List.of())))));
        assertThat(emptyAudiences.getMessage()).isEqualTo("1 validation error detected: Value at "
                + "'grant.jwtBearer.authorizedTokenIssuers.1.member.authorizedAudiences' failed to satisfy "
                + "constraint: Member must have length greater than or equal to 1");

        String unknown = issuer.substring(0, issuer.length() - 12) + "000000000000";
        AwsError missing = grantError(JWT_BEARER, Map.of("JwtBearer", Map.of("AuthorizedTokenIssuers",
                List.of(Map.of("TrustedTokenIssuerArn", unknown)))));
        assertThat(missing.code()).isEqualTo("ValidationException");
        assertThat(missing.getMessage()).isEqualTo("The trusted token issuer with arn '" + unknown
                + "' does not exist in the instance " + fx.instance.arn + ".");
    }

    @Test
    void applicationsMadeInTheConsoleTakeNoGrantsScopesOrAuthenticationMethods() {
        for (String arn : List.of(apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT),
                apps.consoleApplication("Assistant", Q_BUSINESS, SsoAdminFixture.MANAGEMENT))) {
            String notSupported = "The application with arn '" + arn + "' is not supported for this action.";
            assertThat(fx.error("PutApplicationGrant", fx.management, "ApplicationArn", arn, "GrantType",
                    "refresh_token", "Grant", Map.of("RefreshToken", Map.of())).getMessage()).isEqualTo(notSupported);
            assertThat(fx.error("PutApplicationAccessScope", fx.management, "ApplicationArn", arn, "Scope",
                    "redshift:connect").getMessage()).isEqualTo(notSupported);
            assertThat(fx.error("PutApplicationAuthenticationMethod", fx.management, "ApplicationArn", arn,
                    "AuthenticationMethodType", "IAM", "AuthenticationMethod", Map.of("Iam", Map.of("ActorPolicy",
                            POLICY))).getMessage()).isEqualTo(notSupported);
            // Reading answers what they hold: nothing.
            assertThat(fx.call("ListApplicationGrants", fx.management, "ApplicationArn", arn).path("Grants")).isEmpty();
            assertThat(fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", arn).path("Scopes"))
                    .isEmpty();
            assertThat(fx.call("ListApplicationAuthenticationMethods", fx.management, "ApplicationArn", arn)
                    .path("AuthenticationMethods")).isEmpty();
        }
    }

    @Test
    void accessScopesHaveAuthorizedTargetsInTheInstance() {
        String reports = apps.createApplication(fx.management, "Reports");
        fx.call("PutApplicationAccessScope", fx.management, "ApplicationArn", app, "Scope", "redshift:connect",
                "AuthorizedTargets", List.of(reports, fx.instance.arn));
        fx.call("PutApplicationAccessScope", fx.management, "ApplicationArn", app, "Scope", "s3:access:read_write");
        JsonNode scope = fx.call("GetApplicationAccessScope", fx.management, "ApplicationArn", app,
                "Scope", "redshift:connect");
        assertThat(scope.path("Scope").asText()).isEqualTo("redshift:connect");
        assertThat(scope.path("AuthorizedTargets")).extracting(JsonNode::asText).containsExactly(reports,
                fx.instance.arn);
        JsonNode listed = fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", app).path("Scopes");
        assertThat(listed).extracting(s -> s.path("Scope").asText())
                .containsExactly("redshift:connect", "s3:access:read_write");
        assertThat(listed.get(1).has("AuthorizedTargets")).isFalse();

        String foreign = "arn:aws:sso::111111111111:application/" + fx.instance.instanceId() + "/apl-bbbbbbbbbbbbbbbb";
        AwsError unknownTarget = fx.error("PutApplicationAccessScope", fx.management, "ApplicationArn", app,
                "Scope", "redshift:connect", "AuthorizedTargets", List.of(foreign));
        assertThat(unknownTarget.code()).isEqualTo("ValidationException");
        assertThat(unknownTarget.getMessage()).isEqualTo("The authorized target '" + foreign
                + "' is neither the instance " + fx.instance.arn + " nor one of its applications.");
        AwsError pattern = fx.error("PutApplicationAccessScope", fx.management, "ApplicationArn", app,
                "Scope", "a:b:c:d", "AuthorizedTargets", List.of("arn:aws:s3:::bucket"));
        assertThat(pattern.getMessage()).isEqualTo("2 validation errors detected: Value 'a:b:c:d' at 'scope' failed "
                + "to satisfy constraint: Member must satisfy regular expression pattern: "
                + ApplicationShapes.SCOPE.pattern() + "; Value 'arn:aws:s3:::bucket' at 'authorizedTargets.1.member' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + ApplicationShapes.SCOPE_TARGET.pattern());

        fx.call("DeleteApplicationAccessScope", fx.management, "ApplicationArn", app, "Scope", "redshift:connect");
        AwsError gone = fx.error("GetApplicationAccessScope", fx.management, "ApplicationArn", app,
                "Scope", "redshift:connect");
        assertThat(gone.code()).isEqualTo("ResourceNotFoundException");
        assertThat(gone.getMessage()).isEqualTo("The application with arn '" + app
                + "' has no access scope 'redshift:connect'.");
    }

    @Test
    void anApplicationHasAtMostTwentyFiveAccessScopesListedTenAtATime() {
        for (int i = 0; i < 25; i++) {
            fx.call("PutApplicationAccessScope", fx.management, "ApplicationArn", app, "Scope", "scope" + i);
        }
        AwsError error = fx.error("PutApplicationAccessScope", fx.management, "ApplicationArn", app, "Scope", "one:more");
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.getMessage()).isEqualTo("The application with arn '" + app + "' already has 25 access "
                + "scopes, the most an application can have.");
        fx.call("PutApplicationAccessScope", fx.management, "ApplicationArn", app, "Scope", "scope0",
                "AuthorizedTargets", List.of(fx.instance.arn));

        JsonNode page = fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", app, "MaxResults", 10);
        assertThat(page.path("Scopes")).hasSize(10);
        JsonNode defaultPage = fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", app);
        assertThat(defaultPage.path("Scopes")).hasSize(10);
        AwsError tooMany = fx.error("ListApplicationAccessScopes", fx.management, "ApplicationArn", app,
                "MaxResults", 11);
        assertThat(tooMany.getMessage()).isEqualTo("1 validation error detected: Value '11' at 'maxResults' failed "
                + "to satisfy constraint: Member must have value less than or equal to 10");
        int total = 0;
        String token = null;
        do {
            JsonNode next = token == null
                    ? fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", app, "MaxResults", 7)
                    : fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", app, "MaxResults", 7,
                    "NextToken", token);
            total += next.path("Scopes").size();
            token = next.has("NextToken") ? next.path("NextToken").asText() : null;
        } while (token != null);
        assertThat(total).isEqualTo(25);
    }

    @Test
    void theIamAuthenticationMethodHoldsAnActorPolicy() {
        fx.call("PutApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM", "AuthenticationMethod", Map.of("Iam", Map.of("ActorPolicy", POLICY)));
        JsonNode method = fx.call("GetApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM").path("AuthenticationMethod");
        assertThat(method.path("Iam").path("ActorPolicy").path("Statement").get(0).path("Action").asText())
                .isEqualTo("sso-oauth:CreateTokenWithIAM");
        JsonNode listed = fx.call("ListApplicationAuthenticationMethods", fx.management, "ApplicationArn", app)
                .path("AuthenticationMethods");
        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.path("AuthenticationMethodType").asText()).isEqualTo("IAM");
            assertThat(m.path("AuthenticationMethod").path("Iam").path("ActorPolicy").path("Version").asText())
                    .isEqualTo("2012-10-17");
        });

        AwsError notObject = fx.error("PutApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM", "AuthenticationMethod", Map.of("Iam", Map.of("ActorPolicy", "allow")));
        assertThat(notObject.getMessage()).isEqualTo("1 validation error detected: Value at "
                + "'authenticationMethod.iam.actorPolicy' failed to satisfy constraint: Member must be a JSON policy "
                + "document (an object)");
        AwsError noMember = fx.error("PutApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "SAML", "AuthenticationMethod", Map.of());
        assertThat(noMember.getMessage()).isEqualTo("2 validation errors detected: Value 'SAML' at "
                + "'authenticationMethodType' failed to satisfy constraint: Member must satisfy enum value set: [IAM]; "
                + "Value at 'authenticationMethod' failed to satisfy constraint: Member must have exactly one of Iam set");
        AwsError noPolicy = fx.error("PutApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM", "AuthenticationMethod", Map.of("Iam", Map.of()));
        assertThat(noPolicy.getMessage()).isEqualTo("1 validation error detected: Value null at "
                + "'authenticationMethod.iam.actorPolicy' failed to satisfy constraint: Member must not be null");

        fx.call("DeleteApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM");
        AwsError gone = fx.error("GetApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM");
        assertThat(gone.code()).isEqualTo("ResourceNotFoundException");
        assertThat(gone.getMessage()).isEqualTo("The application with arn '" + app
                + "' has no authentication method 'IAM'.");
        assertThat(fx.error("DeleteApplicationAuthenticationMethod", fx.management, "ApplicationArn", app,
                "AuthenticationMethodType", "IAM").getMessage()).isEqualTo(gone.getMessage());
    }

    @Test
    void userBackgroundSessionsAreOffUntilTurnedOnAndNotForSamlApplications() {
        assertThat(fx.call("GetApplicationSessionConfiguration", fx.management, "ApplicationArn", app)
                .path("UserBackgroundSessionApplicationStatus").asText()).isEqualTo("DISABLED");
        fx.call("PutApplicationSessionConfiguration", fx.management, "ApplicationArn", app,
                "UserBackgroundSessionApplicationStatus", "ENABLED");
        fx.call("PutApplicationSessionConfiguration", fx.management, "ApplicationArn", app);
        assertThat(fx.call("GetApplicationSessionConfiguration", fx.management, "ApplicationArn", app)
                .path("UserBackgroundSessionApplicationStatus").asText()).isEqualTo("ENABLED");

        String assistant = apps.consoleApplication("Assistant", Q_BUSINESS, SsoAdminFixture.MANAGEMENT);
        fx.call("PutApplicationSessionConfiguration", fx.management, "ApplicationArn", assistant,
                "UserBackgroundSessionApplicationStatus", "ENABLED");
        String grafana = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT);
        AwsError saml = fx.error("PutApplicationSessionConfiguration", fx.management, "ApplicationArn", grafana,
                "UserBackgroundSessionApplicationStatus", "ENABLED");
        assertThat(saml.getMessage()).isEqualTo("The application with arn '" + grafana
                + "' is not supported for this action.");
        AwsError value = fx.error("PutApplicationSessionConfiguration", fx.management, "ApplicationArn", app,
                "UserBackgroundSessionApplicationStatus", "ON");
        assertThat(value.getMessage()).isEqualTo("1 validation error detected: Value 'ON' at "
                + "'userBackgroundSessionApplicationStatus' failed to satisfy constraint: Member must satisfy enum "
                + "value set: [ENABLED, DISABLED]");
    }

    @Test
    void aDelegatedAdministratorCannotChangeAnotherAccountsApplication() {
        String denied = ApplicationFixture.denied(fx.delegated, "PutApplicationAccessScope", app);
        assertThat(fx.error("PutApplicationAccessScope", fx.delegated, "ApplicationArn", app, "Scope", "x")
                .getMessage()).isEqualTo(denied);
        assertThat(fx.error("ListApplicationGrants", fx.delegated, "ApplicationArn", app).getMessage())
                .isEqualTo(ApplicationFixture.denied(fx.delegated, "ListApplicationGrants", app));
    }
}
