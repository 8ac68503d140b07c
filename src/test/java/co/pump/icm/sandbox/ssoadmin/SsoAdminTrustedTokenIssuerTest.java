package co.pump.icm.sandbox.ssoadmin;

import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.denied;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.oidc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;

/** Create, describe, list, update and delete trusted token issuers, and tag them. */
class SsoAdminTrustedTokenIssuerTest {

    private static final String URL = "https://login.example.com/oauth2/default";

    private final ApplicationFixture apps = new ApplicationFixture();
    private final SsoAdminFixture fx = apps.fx;

    @Test
    void createsDescribesAndListsAnOidcJwtIssuer() {
        String arn = fx.call("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Okta", "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration", oidc(URL),
                "Tags", List.of(Map.of("Key", "owner", "Value", "platform"))).path("TrustedTokenIssuerArn").asText();
        assertThat(arn).matches("arn:aws:sso::111111111111:trustedTokenIssuer/" + fx.instance.instanceId()
                + "/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}");
        JsonNode issuer = fx.call("DescribeTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn);
        assertThat(issuer.path("TrustedTokenIssuerArn").asText()).isEqualTo(arn);
        assertThat(issuer.path("Name").asText()).isEqualTo("Okta");
        assertThat(issuer.path("TrustedTokenIssuerType").asText()).isEqualTo("OIDC_JWT");
        JsonNode config = issuer.path("TrustedTokenIssuerConfiguration").path("OidcJwtConfiguration");
        assertThat(config.path("IssuerUrl").asText()).isEqualTo(URL);
        assertThat(config.path("ClaimAttributePath").asText()).isEqualTo("email");
        assertThat(config.path("IdentityStoreAttributePath").asText()).isEqualTo("emails.value");
        assertThat(config.path("JwksRetrievalOption").asText()).isEqualTo("OPEN_ID_DISCOVERY");

        JsonNode listed = fx.call("ListTrustedTokenIssuers", fx.management, "InstanceArn", fx.instance.arn)
                .path("TrustedTokenIssuers");
        assertThat(listed).singleElement().satisfies(i -> {
            assertThat(i.path("TrustedTokenIssuerArn").asText()).isEqualTo(arn);
            assertThat(i.path("Name").asText()).isEqualTo("Okta");
            assertThat(i.path("TrustedTokenIssuerType").asText()).isEqualTo("OIDC_JWT");
            assertThat(i.has("TrustedTokenIssuerConfiguration")).isFalse();
        });
        assertThat(fx.call("ListTagsForResource", fx.management, "ResourceArn", arn).path("Tags").get(0)
                .path("Key").asText()).isEqualTo("owner");
    }

    @Test
    void validatesTheConfigurationAgainstTheModel() {
        AwsError error = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Okta issuer", "TrustedTokenIssuerType", "SAML",
                "TrustedTokenIssuerConfiguration", Map.of("OidcJwtConfiguration", Map.of("IssuerUrl", "ftp://x",
                        "ClaimAttributePath", "email.addr.x.y", "IdentityStoreAttributePath", "emails_value",
                        "JwksRetrievalOption", "STATIC")));
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.getMessage()).isEqualTo("6 validation errors detected: "
                + "Value 'Okta issuer' at 'name' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: [\\w+=,.@-]+; "
                + "Value 'SAML' at 'trustedTokenIssuerType' failed to satisfy constraint: Member must satisfy enum "
                + "value set: [OIDC_JWT]; "
                + "Value 'ftp://x' at 'trustedTokenIssuerConfiguration.oidcJwtConfiguration.issuerUrl' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: "
                + ApplicationShapes.ISSUER_URL.pattern() + "; "
                + "Value 'email.addr.x.y' at 'trustedTokenIssuerConfiguration.oidcJwtConfiguration.claimAttributePath' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + ApplicationShapes.CLAIM_ATTRIBUTE_PATH.pattern() + "; "
                + "Value 'emails_value' at "
                + "'trustedTokenIssuerConfiguration.oidcJwtConfiguration.identityStoreAttributePath' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: "
                + ApplicationShapes.IDENTITY_STORE_ATTRIBUTE_PATH.pattern() + "; "
                + "Value 'STATIC' at 'trustedTokenIssuerConfiguration.oidcJwtConfiguration.jwksRetrievalOption' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [OPEN_ID_DISCOVERY]");

        AwsError noMember = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Okta", "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration", Map.of());
        assertThat(noMember.getMessage()).isEqualTo("1 validation error detected: Value at "
                + "'trustedTokenIssuerConfiguration' failed to satisfy constraint: Member must have exactly one of "
                + "OidcJwtConfiguration set");
        AwsError missing = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Okta", "TrustedTokenIssuerType", "OIDC_JWT",
                "TrustedTokenIssuerConfiguration", Map.of("OidcJwtConfiguration", Map.of("IssuerUrl", URL)));
        assertThat(missing.getMessage()).isEqualTo("3 validation errors detected: "
                + "Value null at 'trustedTokenIssuerConfiguration.oidcJwtConfiguration.claimAttributePath' failed to "
                + "satisfy constraint: Member must not be null; "
                + "Value null at 'trustedTokenIssuerConfiguration.oidcJwtConfiguration.identityStoreAttributePath' "
                + "failed to satisfy constraint: Member must not be null; "
                + "Value null at 'trustedTokenIssuerConfiguration.oidcJwtConfiguration.jwksRetrievalOption' failed "
                + "to satisfy constraint: Member must not be null");
    }

    @Test
    void namesAndIssuerUrlsAreUniqueAndAnInstanceHasAtMostTen() {
        apps.createIssuer(fx.management, "Okta", URL);
        AwsError name = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Okta", "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration",
                oidc("https://other.example.com"));
        assertThat(name.code()).isEqualTo("ConflictException");
        assertThat(name.getMessage()).isEqualTo("A trusted token issuer named 'Okta' already exists in the instance "
                + fx.instance.arn + ".");
        AwsError url = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Okta2", "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration", oidc(URL));
        assertThat(url.code()).isEqualTo("ConflictException");
        assertThat(url.getMessage()).isEqualTo("A trusted token issuer with the issuer URL '" + URL
                + "' already exists in the instance " + fx.instance.arn + ".");

        for (int i = 2; i <= 10; i++) {
            apps.createIssuer(fx.management, "Issuer" + i, "https://issuer" + i + ".example.com");
        }
        AwsError quota = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Issuer11", "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration",
                oidc("https://issuer11.example.com"));
        assertThat(quota.code()).isEqualTo("ServiceQuotaExceededException");
        assertThat(quota.getMessage()).isEqualTo("The instance " + fx.instance.arn + " already has 10 trusted "
                + "token issuers, the most an instance can have.");
        JsonNode page = fx.call("ListTrustedTokenIssuers", fx.management, "InstanceArn", fx.instance.arn,
                "MaxResults", 4);
        assertThat(page.path("TrustedTokenIssuers")).hasSize(4);
        assertThat(page.path("NextToken").asText()).isNotEmpty();
    }

    @Test
    void aRetryWithTheSameClientTokenCreatesNothingNew() {
        Object[] request = {"InstanceArn", fx.instance.arn, "Name", "Okta", "TrustedTokenIssuerType", "OIDC_JWT",
                "TrustedTokenIssuerConfiguration", oidc(URL), "ClientToken", "once"};
        String first = fx.call("CreateTrustedTokenIssuer", fx.management, request).path("TrustedTokenIssuerArn").asText();
        String again = fx.call("CreateTrustedTokenIssuer", fx.management, request).path("TrustedTokenIssuerArn").asText();
        assertThat(again).isEqualTo(first);
        assertThat(fx.instance.trustedTokenIssuers).hasSize(1);
        AwsError mismatch = fx.error("CreateTrustedTokenIssuer", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Other", "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration", oidc(URL),
                "ClientToken", "once");
        assertThat(mismatch.getMessage()).isEqualTo("IdempotentParameterMismatch: the ClientToken 'once' was "
                + "already used with other parameters.");
    }

    @Test
    void updatesTheNameAndPathsButKeepsTheIssuerUrl() {
        String arn = apps.createIssuer(fx.management, "Okta", URL);
        fx.call("UpdateTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn, "Name", "Okta-Prod",
                "TrustedTokenIssuerConfiguration", Map.of("OidcJwtConfiguration", Map.of("ClaimAttributePath", "sub",
                        "IdentityStoreAttributePath", "externalIds.id")));
        JsonNode config = fx.call("DescribeTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn);
        assertThat(config.path("Name").asText()).isEqualTo("Okta-Prod");
        JsonNode oidc = config.path("TrustedTokenIssuerConfiguration").path("OidcJwtConfiguration");
        assertThat(oidc.path("ClaimAttributePath").asText()).isEqualTo("sub");
        assertThat(oidc.path("IdentityStoreAttributePath").asText()).isEqualTo("externalIds.id");
        assertThat(oidc.path("IssuerUrl").asText()).isEqualTo(URL);
        assertThat(oidc.path("JwksRetrievalOption").asText()).isEqualTo("OPEN_ID_DISCOVERY");

        apps.createIssuer(fx.management, "Entra", "https://entra.example.com");
        AwsError rename = fx.error("UpdateTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn,
                "Name", "Entra");
        assertThat(rename.getMessage()).isEqualTo("A trusted token issuer named 'Entra' already exists in the "
                + "instance " + fx.instance.arn + ".");
        AwsError union = fx.error("UpdateTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn,
                "TrustedTokenIssuerConfiguration", Map.of());
        assertThat(union.getMessage()).isEqualTo("1 validation error detected: Value at "
                + "'trustedTokenIssuerConfiguration' failed to satisfy constraint: Member must have exactly one of "
                + "OidcJwtConfiguration set");
    }

    @Test
    void deletingAnIssuerLeavesTheGrantsThatNameIt() {
        String arn = apps.createIssuer(fx.management, "Okta", URL);
        String app = apps.createApplication(fx.management, "Analytics");
        fx.call("PutApplicationGrant", fx.management, "ApplicationArn", app,
                "GrantType", "urn:ietf:params:oauth:grant-type:jwt-bearer", "Grant",
                Map.of("JwtBearer", Map.of("AuthorizedTokenIssuers", List.of(Map.of("TrustedTokenIssuerArn", arn)))));
        fx.call("DeleteTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn);

        AwsError gone = fx.error("DescribeTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn);
        assertThat(gone.code()).isEqualTo("ResourceNotFoundException");
        assertThat(gone.getMessage()).isEqualTo("The trusted token issuer with arn '" + arn + "' does not exist.");
        for (String operation : List.of("DeleteTrustedTokenIssuer", "UpdateTrustedTokenIssuer")) {
            assertThat(fx.error(operation, fx.management, "TrustedTokenIssuerArn", arn).getMessage())
                    .isEqualTo(gone.getMessage());
        }
        assertThat(fx.call("GetApplicationGrant", fx.management, "ApplicationArn", app,
                "GrantType", "urn:ietf:params:oauth:grant-type:jwt-bearer").path("Grant").path("JwtBearer")
                .path("AuthorizedTokenIssuers").get(0).path("TrustedTokenIssuerArn").asText()).isEqualTo(arn);
    }

    @Test
    void aDelegatedAdministratorSeesAndChangesOnlyItsOwnAccountsIssuers() {
        String managementIssuer = apps.createIssuer(fx.management, "Okta", URL);
        String own = apps.createIssuer(fx.delegated, "Entra", "https://entra.example.com");
        assertThat(own).startsWith("arn:aws:sso::222222222222:trustedTokenIssuer/");
        assertThat(fx.call("ListTrustedTokenIssuers", fx.delegated, "InstanceArn", fx.instance.arn)
                .path("TrustedTokenIssuers")).extracting(i -> i.path("Name").asText()).containsExactly("Entra");
        assertThat(fx.call("ListTrustedTokenIssuers", fx.management, "InstanceArn", fx.instance.arn)
                .path("TrustedTokenIssuers")).hasSize(2);
        for (String operation : List.of("DescribeTrustedTokenIssuer", "UpdateTrustedTokenIssuer",
                "DeleteTrustedTokenIssuer")) {
            AwsError error = fx.error(operation, fx.delegated, "TrustedTokenIssuerArn", managementIssuer);
            assertThat(error.code()).isEqualTo("AccessDeniedException");
            assertThat(error.getMessage()).isEqualTo(denied(fx.delegated, operation, managementIssuer));
        }
        AwsError tag = fx.error("TagResource", fx.delegated, "ResourceArn", managementIssuer,
                "Tags", List.of(Map.of("Key", "k", "Value", "v")));
        assertThat(tag.getMessage()).isEqualTo(denied(fx.delegated, "TagResource", managementIssuer));
        AwsError member = fx.error("ListTrustedTokenIssuers", fx.member, "InstanceArn", fx.instance.arn);
        assertThat(member.getMessage()).isEqualTo(denied(fx.member, "ListTrustedTokenIssuers", fx.instance.arn));
    }

    @Test
    void tagsIssuers() {
        String arn = apps.createIssuer(fx.management, "Okta", URL);
        fx.call("TagResource", fx.management, "ResourceArn", arn, "Tags", List.of(Map.of("Key", "env", "Value", "prod")));
        fx.call("UntagResource", fx.management, "ResourceArn", arn, "TagKeys", List.of("env"));
        fx.call("TagResource", fx.management, "ResourceArn", arn, "Tags", List.of(Map.of("Key", "team", "Value", "id")));
        assertThat(fx.call("ListTagsForResource", fx.management, "ResourceArn", arn).path("Tags"))
                .extracting(t -> t.path("Key").asText()).containsExactly("team");
        assertThat(fx.call("DescribeTrustedTokenIssuer", fx.management, "TrustedTokenIssuerArn", arn).path("Name")
                .asText()).isEqualTo("Okta");
    }
}
