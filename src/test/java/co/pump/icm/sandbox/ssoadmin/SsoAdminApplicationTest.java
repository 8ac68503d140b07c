package co.pump.icm.sandbox.ssoadmin;

import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.CUSTOM;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.CUSTOM_SAML;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.Q_BUSINESS;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.denied;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;

/** CreateApplication, DescribeApplication, UpdateApplication, DeleteApplication, ListApplications. */
class SsoAdminApplicationTest {

    private final ApplicationFixture apps = new ApplicationFixture();
    private final SsoAdminFixture fx = apps.fx;

    @Test
    void createsACustomerManagedOAuthApplicationOwnedByTheCallersAccount() {
        fx.advance(java.time.Duration.ofSeconds(42));
        String arn = apps.createApplication(fx.management, "Wiki", "Description", "Team wiki",
                "PortalOptions", Map.of("Visibility", "DISABLED",
                        "SignInOptions", Map.of("Origin", "APPLICATION", "ApplicationUrl", "https://wiki.example.com/")),
                "Tags", List.of(Map.of("Key", "team", "Value", "platform")));
        assertThat(arn).matches("arn:aws:sso::111111111111:application/" + fx.instance.instanceId()
                + "/apl-[0-9a-f]{16}");

        JsonNode app = fx.call("DescribeApplication", fx.management, "ApplicationArn", arn);
        assertThat(app.path("ApplicationArn").asText()).isEqualTo(arn);
        assertThat(app.path("ApplicationProviderArn").asText()).isEqualTo(CUSTOM);
        assertThat(app.path("Name").asText()).isEqualTo("Wiki");
        assertThat(app.path("Description").asText()).isEqualTo("Team wiki");
        assertThat(app.path("ApplicationAccount").asText()).isEqualTo(SsoAdminFixture.MANAGEMENT);
        assertThat(app.path("InstanceArn").asText()).isEqualTo(fx.instance.arn);
        assertThat(app.path("IdentityStoreArn").asText())
                .isEqualTo("arn:aws:identitystore::111111111111:identitystore/" + fx.instance.identityStoreId);
        assertThat(app.path("Status").asText()).isEqualTo("ENABLED");
        assertThat(app.path("PortalOptions").path("Visibility").asText()).isEqualTo("DISABLED");
        assertThat(app.path("PortalOptions").path("SignInOptions").path("Origin").asText()).isEqualTo("APPLICATION");
        assertThat(app.path("PortalOptions").path("SignInOptions").path("ApplicationUrl").asText())
                .isEqualTo("https://wiki.example.com/");
        assertThat(app.path("CreatedDate").asDouble()).isEqualTo(SsoAdminFixture.START / 1000.0 + 42);
        assertThat(app.path("CreatedFrom").asText()).isEqualTo("eu-west-1");
        assertThat(fx.call("ListTagsForResource", fx.management, "ResourceArn", arn).path("Tags").get(0)
                .path("Value").asText()).isEqualTo("platform");

        String delegatedApp = apps.createApplication(fx.delegated, "Portal", "Status", "DISABLED");
        assertThat(delegatedApp).startsWith("arn:aws:sso::222222222222:application/");
        assertThat(fx.call("DescribeApplication", fx.delegated, "ApplicationArn", delegatedApp).path("Status")
                .asText()).isEqualTo("DISABLED");
    }

    @Test
    void theApiCreatesOnlyCustomerManagedOAuthApplications() {
        for (String provider : List.of(CUSTOM_SAML, Q_BUSINESS)) {
            AwsError error = fx.error("CreateApplication", fx.management, "InstanceArn", fx.instance.arn,
                    "ApplicationProviderArn", provider, "Name", "Console only");
            assertThat(error.code()).isEqualTo("ValidationException");
            assertThat(error.getMessage()).isEqualTo("The application provider with arn '" + provider
                    + "' is not supported for this action.");
        }
        assertThat(fx.instance.applications).isEmpty();
    }

    @Test
    void validatesEveryMemberAgainstTheModel() {
        AwsError error = fx.error("CreateApplication", fx.management, "InstanceArn", fx.instance.arn,
                "ApplicationProviderArn", "arn:aws:sso::aws:provider/custom", "Name", "n".repeat(101),
                "Description", "d".repeat(129), "Status", "PAUSED", "ClientToken", "",
                "PortalOptions", Map.of("Visibility", "HIDDEN",
                        "SignInOptions", Map.of("Origin", "APPLICATION", "ApplicationUrl", "ftp://files")));
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.getMessage()).isEqualTo("8 validation errors detected: "
                + "Value 'arn:aws:sso::aws:provider/custom' at 'applicationProviderArn' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: "
                + "arn:aws(-[a-z]{1,5}){0,3}:sso::aws:applicationProvider/[a-zA-Z0-9-/]+; "
                + "Value '" + "n".repeat(101) + "' at 'name' failed to satisfy constraint: Member must have length "
                + "less than or equal to 100; "
                + "Value '" + "d".repeat(129) + "' at 'description' failed to satisfy constraint: Member must have "
                + "length less than or equal to 128; "
                + "Value 'HIDDEN' at 'portalOptions.visibility' failed to satisfy constraint: Member must satisfy "
                + "enum value set: [ENABLED, DISABLED]; "
                + "Value 'ftp://files' at 'portalOptions.signInOptions.applicationUrl' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: "
                + "http(s)?:\\/\\/[-a-zA-Z0-9+&@#\\/%?=~_|!:,.;]*[-a-zA-Z0-9+&bb@#\\/%?=~_|]; "
                + "Value 'PAUSED' at 'status' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[ENABLED, DISABLED]; "
                + "Value '' at 'clientToken' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: [!-~]+; "
                + "Value '' at 'clientToken' failed to satisfy constraint: Member must have length greater than or "
                + "equal to 1");

        AwsError missing = fx.error("CreateApplication", fx.management, "InstanceArn", fx.instance.arn,
                "PortalOptions", Map.of("SignInOptions", Map.of()));
        assertThat(missing.getMessage()).isEqualTo("3 validation errors detected: "
                + "Value null at 'applicationProviderArn' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'name' failed to satisfy constraint: Member must not be null; "
                + "Value null at 'portalOptions.signInOptions.origin' failed to satisfy constraint: Member must not "
                + "be null");
    }

    @Test
    void anApplicationUrlIsRequiredWhenSignInStartsAtTheApplication() {
        AwsError error = fx.error("CreateApplication", fx.management, "InstanceArn", fx.instance.arn,
                "ApplicationProviderArn", CUSTOM, "Name", "Wiki",
                "PortalOptions", Map.of("SignInOptions", Map.of("Origin", "APPLICATION")));
        assertThat(error.getMessage()).isEqualTo("1 validation error detected: Value at "
                + "'portalOptions.signInOptions.applicationUrl' failed to satisfy constraint: Member must not be null "
                + "when Origin is APPLICATION");
        String arn = apps.createApplication(fx.management, "Wiki",
                "PortalOptions", Map.of("SignInOptions", Map.of("Origin", "IDENTITY_CENTER")));
        AwsError update = fx.error("UpdateApplication", fx.management, "ApplicationArn", arn,
                "PortalOptions", Map.of("SignInOptions", Map.of("Origin", "APPLICATION")));
        assertThat(update.getMessage()).isEqualTo(error.getMessage());
    }

    @Test
    void namesAreUniqueInTheInstance() {
        apps.createApplication(fx.management, "Wiki");
        String other = apps.createApplication(fx.management, "Docs");
        AwsError error = fx.error("CreateApplication", fx.management, "InstanceArn", fx.instance.arn,
                "ApplicationProviderArn", CUSTOM, "Name", "Wiki");
        assertThat(error.code()).isEqualTo("ConflictException");
        assertThat(error.getMessage()).isEqualTo("An application named 'Wiki' already exists in the instance "
                + fx.instance.arn + ".");
        AwsError rename = fx.error("UpdateApplication", fx.management, "ApplicationArn", other, "Name", "Wiki");
        assertThat(rename.getMessage()).isEqualTo(error.getMessage());
        fx.call("UpdateApplication", fx.management, "ApplicationArn", other, "Name", "Docs");
    }

    @Test
    void aRetryWithTheSameClientTokenCreatesNothingNew() {
        String first = apps.createApplication(fx.management, "Wiki", "ClientToken", "retry-1");
        String again = apps.createApplication(fx.management, "Wiki", "ClientToken", "retry-1");
        assertThat(again).isEqualTo(first);
        assertThat(fx.instance.applications).hasSize(1);

        AwsError mismatch = fx.error("CreateApplication", fx.management, "InstanceArn", fx.instance.arn,
                "ApplicationProviderArn", CUSTOM, "Name", "Docs", "ClientToken", "retry-1");
        assertThat(mismatch.code()).isEqualTo("ConflictException");
        assertThat(mismatch.getMessage()).isEqualTo("IdempotentParameterMismatch: the ClientToken 'retry-1' was "
                + "already used with other parameters.");
    }

    @Test
    void updatesNameDescriptionStatusAndSignInButNotVisibility() {
        String arn = apps.createApplication(fx.management, "Wiki", "PortalOptions", Map.of("Visibility", "ENABLED",
                "SignInOptions", Map.of("Origin", "IDENTITY_CENTER")));
        fx.call("UpdateApplication", fx.management, "ApplicationArn", arn, "Name", "Handbook",
                "Description", "Runbooks", "Status", "DISABLED",
                "PortalOptions", Map.of("SignInOptions", Map.of("Origin", "APPLICATION",
                        "ApplicationUrl", "https://handbook.example.com")));
        JsonNode app = fx.call("DescribeApplication", fx.management, "ApplicationArn", arn);
        assertThat(app.path("Name").asText()).isEqualTo("Handbook");
        assertThat(app.path("Description").asText()).isEqualTo("Runbooks");
        assertThat(app.path("Status").asText()).isEqualTo("DISABLED");
        assertThat(app.path("PortalOptions").path("Visibility").asText()).isEqualTo("ENABLED");
        assertThat(app.path("PortalOptions").path("SignInOptions").path("ApplicationUrl").asText())
                .isEqualTo("https://handbook.example.com");

        fx.call("UpdateApplication", fx.management, "ApplicationArn", arn);
        assertThat(fx.call("DescribeApplication", fx.management, "ApplicationArn", arn).path("Name").asText())
                .isEqualTo("Handbook");
    }

    @Test
    void applicationsMadeInTheConsoleCannotBeUpdatedButCanBeDeleted() {
        String saml = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT);
        String managed = apps.consoleApplication("Assistant", Q_BUSINESS, SsoAdminFixture.MANAGEMENT);
        for (String arn : List.of(saml, managed)) {
            AwsError error = fx.error("UpdateApplication", fx.management, "ApplicationArn", arn, "Description", "x");
            assertThat(error.code()).isEqualTo("ValidationException");
            assertThat(error.getMessage()).isEqualTo("The application with arn '" + arn
                    + "' is not supported for this action.");
            fx.call("DeleteApplication", fx.management, "ApplicationArn", arn);
        }
        assertThat(fx.instance.applications).isEmpty();
    }

    @Test
    void deletingAnApplicationTakesItsPartsAlong() {
        String arn = apps.createApplication(fx.management, "Wiki");
        fx.call("CreateApplicationAssignment", fx.management, "ApplicationArn", arn, "PrincipalType", "USER",
                "PrincipalId", fx.alice);
        fx.call("PutApplicationAccessScope", fx.management, "ApplicationArn", arn, "Scope", "s3:access:read");
        fx.call("DeleteApplication", fx.management, "ApplicationArn", arn);

        AwsError gone = fx.error("DescribeApplication", fx.management, "ApplicationArn", arn);
        assertThat(gone.code()).isEqualTo("ResourceNotFoundException");
        assertThat(gone.getMessage()).isEqualTo("The application with arn '" + arn + "' does not exist.");
        assertThat(fx.error("ListApplicationAssignments", fx.management, "ApplicationArn", arn).getMessage())
                .isEqualTo(gone.getMessage());
        assertThat(fx.error("DeleteApplication", fx.management, "ApplicationArn", arn).getMessage())
                .isEqualTo(gone.getMessage());
        // A new application of the same name starts empty.
        String again = apps.createApplication(fx.management, "Wiki");
        assertThat(fx.call("ListApplicationAccessScopes", fx.management, "ApplicationArn", again).path("Scopes"))
                .isEmpty();
    }

    @Test
    void anApplicationOfAnotherInstanceIsDenied() {
        String foreign = "arn:aws:sso::555555555555:application/" + fx.otherInstance.instanceId()
                + "/apl-0123456789abcdef";
        for (String operation : List.of("DescribeApplication", "DeleteApplication", "UpdateApplication")) {
            AwsError error = fx.error(operation, fx.management, "ApplicationArn", foreign);
            assertThat(error.code()).isEqualTo("AccessDeniedException");
            assertThat(error.getMessage()).isEqualTo(denied(fx.management, operation, foreign));
        }
        AwsError create = fx.error("CreateApplication", fx.member, "InstanceArn", fx.instance.arn,
                "ApplicationProviderArn", CUSTOM, "Name", "Wiki");
        assertThat(create.getMessage()).isEqualTo(denied(fx.member, "CreateApplication", fx.instance.arn));
    }

    @Test
    void aDelegatedAdministratorListsAndUsesOnlyItsOwnAccountsApplications() {
        String managementApp = apps.createApplication(fx.management, "Wiki");
        String delegatedApp = apps.createApplication(fx.delegated, "Portal");

        AwsError unfiltered = fx.error("ListApplications", fx.delegated, "InstanceArn", fx.instance.arn);
        assertThat(unfiltered.code()).isEqualTo("AccessDeniedException");
        assertThat(unfiltered.getMessage()).isEqualTo(denied(fx.delegated, "ListApplications", fx.instance.arn));
        AwsError otherAccount = fx.error("ListApplications", fx.delegated, "InstanceArn", fx.instance.arn,
                "Filter", Map.of("ApplicationAccount", SsoAdminFixture.MANAGEMENT));
        assertThat(otherAccount.getMessage()).isEqualTo(unfiltered.getMessage());

        JsonNode own = fx.call("ListApplications", fx.delegated, "InstanceArn", fx.instance.arn,
                "Filter", Map.of("ApplicationAccount", SsoAdminFixture.DELEGATED)).path("Applications");
        assertThat(own).extracting(a -> a.path("ApplicationArn").asText()).containsExactly(delegatedApp);
        assertThat(fx.call("ListApplications", fx.management, "InstanceArn", fx.instance.arn).path("Applications"))
                .extracting(a -> a.path("ApplicationArn").asText()).containsExactly(managementApp, delegatedApp);

        AwsError describe = fx.error("DescribeApplication", fx.delegated, "ApplicationArn", managementApp);
        assertThat(describe.getMessage()).isEqualTo(denied(fx.delegated, "DescribeApplication", managementApp));
        AwsError delete = fx.error("DeleteApplication", fx.delegated, "ApplicationArn", managementApp);
        assertThat(delete.getMessage()).isEqualTo(denied(fx.delegated, "DeleteApplication", managementApp));
    }

    @Test
    void listsFilterByProviderAndPageAtMostFiftyAtATime() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            created.add(apps.createApplication(fx.management, "App" + i));
        }
        String saml = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MEMBER_1);
        JsonNode first = fx.call("ListApplications", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 100);
        assertThat(first.path("Applications")).hasSize(50);
        JsonNode second = fx.call("ListApplications", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 100,
                "NextToken", first.path("NextToken").asText());
        assertThat(second.path("Applications")).hasSize(6);
        assertThat(second.has("NextToken")).isFalse();

        JsonNode samlOnly = fx.call("ListApplications", fx.management, "InstanceArn", fx.instance.arn,
                "Filter", Map.of("ApplicationProvider", CUSTOM_SAML)).path("Applications");
        assertThat(samlOnly).extracting(a -> a.path("ApplicationArn").asText()).containsExactly(saml);
        assertThat(samlOnly.get(0).path("ApplicationAccount").asText()).isEqualTo(SsoAdminFixture.MEMBER_1);
        assertThat(saml).startsWith("arn:aws:sso::333333333333:application/");

        AwsError tooMany = fx.error("ListApplications", fx.management, "InstanceArn", fx.instance.arn,
                "MaxResults", 101);
        assertThat(tooMany.getMessage()).isEqualTo("1 validation error detected: Value '101' at 'maxResults' failed "
                + "to satisfy constraint: Member must have value less than or equal to 100");
    }

    @Test
    void tagsApplicationsLikePermissionSets() {
        String arn = apps.createApplication(fx.management, "Wiki", "Tags", List.of(Map.of("Key", "a", "Value", "1")));
        fx.call("TagResource", fx.management, "ResourceArn", arn, "Tags", List.of(Map.of("Key", "b", "Value", "2"),
                Map.of("Key", "a", "Value", "3")));
        fx.call("UntagResource", fx.management, "ResourceArn", arn, "TagKeys", List.of("b", "missing"));
        assertThat(fx.call("ListTagsForResource", fx.management, "ResourceArn", arn, "InstanceArn", fx.instance.arn)
                .path("Tags")).singleElement().satisfies(t -> {
                    assertThat(t.path("Key").asText()).isEqualTo("a");
                    assertThat(t.path("Value").asText()).isEqualTo("3");
                });
        AwsError reserved = fx.error("TagResource", fx.management, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "aws:x", "Value", "1")));
        assertThat(reserved.getMessage()).isEqualTo("Tag key 'aws:x' uses the prefix aws:, which is reserved for AWS.");

        String saml = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT);
        fx.call("TagResource", fx.management, "ResourceArn", saml, "Tags", List.of(Map.of("Key", "k", "Value", "v")));
        assertThat(fx.call("ListTagsForResource", fx.management, "ResourceArn", saml).path("Tags")).hasSize(1);

        AwsError other = fx.error("TagResource", fx.delegated, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "k", "Value", "v")));
        assertThat(other.getMessage()).isEqualTo(denied(fx.delegated, "TagResource", arn));
        String missing = "arn:aws:sso::111111111111:application/" + fx.instance.instanceId() + "/apl-aaaaaaaaaaaaaaaa";
        AwsError notFound = fx.error("ListTagsForResource", fx.management, "ResourceArn", missing);
        assertThat(notFound.code()).isEqualTo("ResourceNotFoundException");
        assertThat(notFound.getMessage()).isEqualTo("The application with arn '" + missing + "' does not exist.");
    }

    @Test
    void listsAndDescribesApplicationProviders() {
        JsonNode providers = fx.call("ListApplicationProviders", fx.member).path("ApplicationProviders");
        assertThat(providers).extracting(p -> p.path("ApplicationProviderArn").asText())
                .contains(CUSTOM, CUSTOM_SAML, Q_BUSINESS);
        JsonNode saml = fx.call("DescribeApplicationProvider", fx.management, "ApplicationProviderArn", CUSTOM_SAML);
        assertThat(saml.path("FederationProtocol").asText()).isEqualTo("SAML");
        assertThat(saml.path("DisplayData").path("DisplayName").asText()).isEqualTo("Customer managed SAML 2.0 application");
        JsonNode paged = fx.call("ListApplicationProviders", fx.management, "MaxResults", 1);
        assertThat(paged.path("ApplicationProviders")).hasSize(1);
        assertThat(paged.has("NextToken")).isTrue();

        String unknown = "arn:aws:sso::aws:applicationProvider/nonesuch";
        AwsError error = fx.error("DescribeApplicationProvider", fx.management, "ApplicationProviderArn", unknown);
        assertThat(error.code()).isEqualTo("ResourceNotFoundException");
        assertThat(error.getMessage()).isEqualTo("The application provider with arn '" + unknown + "' does not exist.");
    }
}
