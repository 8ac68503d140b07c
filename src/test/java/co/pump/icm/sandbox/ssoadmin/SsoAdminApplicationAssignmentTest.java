package co.pump.icm.sandbox.ssoadmin;

import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.CUSTOM_SAML;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.Q_BUSINESS;
import static co.pump.icm.sandbox.ssoadmin.ApplicationFixture.denied;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.MembershipRecord;

/**
 * Application assignments (create, delete, describe, list by application and by principal) and the
 * assignment configuration.
 */
class SsoAdminApplicationAssignmentTest {

    private final ApplicationFixture apps = new ApplicationFixture();
    private final SsoAdminFixture fx = apps.fx;
    private final String wiki = apps.createApplication(fx.management, "Wiki");

    private JsonNode assign(Caller caller, String applicationArn, String type, String principalId) {
        return fx.call("CreateApplicationAssignment", caller, "ApplicationArn", applicationArn,
                "PrincipalType", type, "PrincipalId", principalId);
    }

    private static List<String> principals(JsonNode assignments) {
        return java.util.stream.StreamSupport.stream(assignments.spliterator(), false)
                .map(a -> a.path("PrincipalType").asText() + " " + a.path("PrincipalId").asText()).toList();
    }

    @Test
    void assignsUsersAndGroupsAndListsThem() {
        assertThat(assign(fx.management, wiki, "USER", fx.alice).size()).isZero();
        assign(fx.management, wiki, "GROUP", fx.admins);
        JsonNode described = fx.call("DescribeApplicationAssignment", fx.management, "ApplicationArn", wiki,
                "PrincipalType", "GROUP", "PrincipalId", fx.admins);
        assertThat(described.path("ApplicationArn").asText()).isEqualTo(wiki);
        assertThat(described.path("PrincipalType").asText()).isEqualTo("GROUP");
        assertThat(described.path("PrincipalId").asText()).isEqualTo(fx.admins);

        JsonNode listed = fx.call("ListApplicationAssignments", fx.management, "ApplicationArn", wiki);
        assertThat(principals(listed.path("ApplicationAssignments")))
                .containsExactly("USER " + fx.alice, "GROUP " + fx.admins);
        assertThat(listed.path("ApplicationAssignments").get(0).path("ApplicationArn").asText()).isEqualTo(wiki);

        fx.call("DeleteApplicationAssignment", fx.management, "ApplicationArn", wiki, "PrincipalType", "USER",
                "PrincipalId", fx.alice);
        assertThat(principals(fx.call("ListApplicationAssignments", fx.management, "ApplicationArn", wiki)
                .path("ApplicationAssignments"))).containsExactly("GROUP " + fx.admins);
    }

    @Test
    void applicationsMadeInTheConsoleTakeAssignmentsToo() {
        String grafana = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT);
        String assistant = apps.consoleApplication("Assistant", Q_BUSINESS, SsoAdminFixture.MANAGEMENT);
        assign(fx.management, grafana, "GROUP", fx.admins);
        assign(fx.management, assistant, "USER", fx.bob);
        assertThat(principals(fx.call("ListApplicationAssignments", fx.management, "ApplicationArn", grafana)
                .path("ApplicationAssignments"))).containsExactly("GROUP " + fx.admins);
        assertThat(principals(fx.call("ListApplicationAssignments", fx.management, "ApplicationArn", assistant)
                .path("ApplicationAssignments"))).containsExactly("USER " + fx.bob);
    }

    @Test
    void refusesDuplicatesUnknownPrincipalsAndMissingAssignments() {
        assign(fx.management, wiki, "USER", fx.alice);
        AwsError twice = fx.error("CreateApplicationAssignment", fx.management, "ApplicationArn", wiki,
                "PrincipalType", "USER", "PrincipalId", fx.alice);
        assertThat(twice.code()).isEqualTo("ConflictException");
        assertThat(twice.getMessage()).isEqualTo("The USER " + fx.alice + " is already assigned to the application "
                + "with arn '" + wiki + "'.");

        String nobody = fx.instance.identityStoreId.substring(2) + "-00000000-0000-4000-8000-000000000000";
        AwsError unknown = fx.error("CreateApplicationAssignment", fx.management, "ApplicationArn", wiki,
                "PrincipalType", "GROUP", "PrincipalId", nobody);
        assertThat(unknown.code()).isEqualTo("ResourceNotFoundException");
        assertThat(unknown.getMessage()).isEqualTo("Could not find GROUP with PrincipalId " + nobody
                + " in identity store " + fx.instance.identityStoreId + ".");

        for (String operation : List.of("DescribeApplicationAssignment", "DeleteApplicationAssignment")) {
            AwsError missing = fx.error(operation, fx.management, "ApplicationArn", wiki, "PrincipalType", "USER",
                    "PrincipalId", fx.bob);
            assertThat(missing.code()).isEqualTo("ResourceNotFoundException");
            assertThat(missing.getMessage()).isEqualTo("The USER " + fx.bob + " is not assigned to the application "
                    + "with arn '" + wiki + "'.");
        }

        AwsError invalid = fx.error("CreateApplicationAssignment", fx.management, "ApplicationArn", "apl-1",
                "PrincipalType", "ROLE", "PrincipalId", "x");
        assertThat(invalid.getMessage()).isEqualTo("4 validation errors detected: "
                + "Value 'apl-1' at 'applicationArn' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: " + ApplicationShapes.APPLICATION_ARN.pattern() + "; "
                + "Value 'apl-1' at 'applicationArn' failed to satisfy constraint: Member must have length greater "
                + "than or equal to 10; "
                + "Value 'x' at 'principalId' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: " + Shapes.PRINCIPAL_ID.pattern() + "; "
                + "Value 'ROLE' at 'principalType' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[USER, GROUP]");
    }

    @Test
    void anApplicationTakesAtMostOneHundredGroups() {
        for (int i = 0; i < 100; i++) {
            String id = fx.world.ids().resourceId(fx.instance.identityStoreId);
            fx.instance.groups.put(id, new Group("Team" + i, null, List.of(), Origin.of(id)));
            assign(fx.management, wiki, "GROUP", id);
        }
        AwsError error = fx.error("CreateApplicationAssignment", fx.management, "ApplicationArn", wiki,
                "PrincipalType", "GROUP", "PrincipalId", fx.admins);
        assertThat(error.code()).isEqualTo("ServiceQuotaExceededException");
        assertThat(error.getMessage()).isEqualTo("The application with arn '" + wiki + "' already has 100 groups "
                + "assigned, the most an application can have.");
        assign(fx.management, wiki, "USER", fx.alice);

        JsonNode page = fx.call("ListApplicationAssignments", fx.management, "ApplicationArn", wiki, "MaxResults", 100);
        assertThat(page.path("ApplicationAssignments")).hasSize(100);
        JsonNode rest = fx.call("ListApplicationAssignments", fx.management, "ApplicationArn", wiki,
                "NextToken", page.path("NextToken").asText());
        assertThat(principals(rest.path("ApplicationAssignments"))).containsExactly("USER " + fx.alice);
    }

    @Test
    void listsAPrincipalsAssignmentsIncludingThroughItsGroups() {
        String grafana = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT);
        String other = apps.createApplication(fx.management, "Other");
        fx.instance.memberships.put("m-1", new MembershipRecord("m-1", fx.admins, fx.alice));
        assign(fx.management, wiki, "USER", fx.alice);
        assign(fx.management, grafana, "GROUP", fx.admins);
        assign(fx.management, other, "USER", fx.bob);

        JsonNode alice = fx.call("ListApplicationAssignmentsForPrincipal", fx.management, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", fx.alice).path("ApplicationAssignments");
        assertThat(alice).extracting(a -> a.path("ApplicationArn").asText() + " " + a.path("PrincipalType").asText())
                .containsExactly(wiki + " USER", grafana + " GROUP");
        JsonNode group = fx.call("ListApplicationAssignmentsForPrincipal", fx.management, "InstanceArn",
                fx.instance.arn, "PrincipalType", "GROUP", "PrincipalId", fx.admins).path("ApplicationAssignments");
        assertThat(group).extracting(a -> a.path("ApplicationArn").asText()).containsExactly(grafana);
        JsonNode filtered = fx.call("ListApplicationAssignmentsForPrincipal", fx.management, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", fx.alice,
                "Filter", Map.of("ApplicationArn", grafana)).path("ApplicationAssignments");
        assertThat(filtered).extracting(a -> a.path("ApplicationArn").asText()).containsExactly(grafana);

        JsonNode paged = fx.call("ListApplicationAssignmentsForPrincipal", fx.management, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", fx.alice, "MaxResults", 1);
        assertThat(paged.path("ApplicationAssignments")).hasSize(1);
        assertThat(paged.path("NextToken").asText()).isNotEmpty();

        String nobody = fx.instance.identityStoreId.substring(2) + "-00000000-0000-4000-8000-000000000000";
        AwsError unknown = fx.error("ListApplicationAssignmentsForPrincipal", fx.management, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", nobody);
        assertThat(unknown.getMessage()).isEqualTo("Could not find USER with PrincipalId " + nobody
                + " in identity store " + fx.instance.identityStoreId + ".");
    }

    @Test
    void aDelegatedAdministratorMustFilterByOneOfItsOwnApplications() {
        String own = apps.createApplication(fx.delegated, "Portal");
        assign(fx.delegated, own, "USER", fx.alice);
        assign(fx.management, wiki, "USER", fx.alice);

        AwsError unfiltered = fx.error("ListApplicationAssignmentsForPrincipal", fx.delegated, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", fx.alice);
        assertThat(unfiltered.code()).isEqualTo("AccessDeniedException");
        assertThat(unfiltered.getMessage())
                .isEqualTo(denied(fx.delegated, "ListApplicationAssignmentsForPrincipal", fx.instance.arn));
        AwsError otherAccount = fx.error("ListApplicationAssignmentsForPrincipal", fx.delegated, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", fx.alice, "Filter", Map.of("ApplicationArn", wiki));
        assertThat(otherAccount.getMessage())
                .isEqualTo(denied(fx.delegated, "ListApplicationAssignmentsForPrincipal", wiki));
        JsonNode filtered = fx.call("ListApplicationAssignmentsForPrincipal", fx.delegated, "InstanceArn",
                fx.instance.arn, "PrincipalType", "USER", "PrincipalId", fx.alice, "Filter", Map.of("ApplicationArn", own))
                .path("ApplicationAssignments");
        assertThat(filtered).extracting(a -> a.path("ApplicationArn").asText()).containsExactly(own);

        AwsError assignElsewhere = fx.error("CreateApplicationAssignment", fx.delegated, "ApplicationArn", wiki,
                "PrincipalType", "USER", "PrincipalId", fx.bob);
        assertThat(assignElsewhere.getMessage()).isEqualTo(denied(fx.delegated, "CreateApplicationAssignment", wiki));
    }

    @Test
    void anAssignmentIsRequiredUntilTheConfigurationSaysOtherwise() {
        assertThat(fx.call("GetApplicationAssignmentConfiguration", fx.management, "ApplicationArn", wiki)
                .path("AssignmentRequired").asBoolean()).isTrue();
        fx.call("PutApplicationAssignmentConfiguration", fx.management, "ApplicationArn", wiki,
                "AssignmentRequired", false);
        assertThat(fx.call("GetApplicationAssignmentConfiguration", fx.management, "ApplicationArn", wiki)
                .path("AssignmentRequired").asBoolean()).isFalse();

        AwsError missing = fx.error("PutApplicationAssignmentConfiguration", fx.management, "ApplicationArn", wiki);
        assertThat(missing.getMessage()).isEqualTo("1 validation error detected: Value null at 'assignmentRequired' "
                + "failed to satisfy constraint: Member must not be null");
        AwsError wrongType = fx.error("PutApplicationAssignmentConfiguration", fx.management, "ApplicationArn", wiki,
                "AssignmentRequired", "no");
        assertThat(wrongType.code()).isEqualTo("SerializationException");
        assertThat(wrongType.getMessage()).isEqualTo("Expected a boolean at 'assignmentRequired'");
    }

    @Test
    void applicationsMadeInTheConsoleTakeNoAssignmentConfiguration() {
        String grafana = apps.consoleApplication("Grafana", CUSTOM_SAML, SsoAdminFixture.MANAGEMENT);
        String assistant = apps.consoleApplication("Assistant", Q_BUSINESS, SsoAdminFixture.MANAGEMENT);
        for (String arn : List.of(grafana, assistant)) {
            AwsError error = fx.error("PutApplicationAssignmentConfiguration", fx.management, "ApplicationArn", arn,
                    "AssignmentRequired", false);
            assertThat(error.code()).isEqualTo("ValidationException");
            assertThat(error.getMessage()).isEqualTo("The application with arn '" + arn
                    + "' is not supported for this action.");
            assertThat(fx.call("GetApplicationAssignmentConfiguration", fx.management, "ApplicationArn", arn)
                    .path("AssignmentRequired").asBoolean()).isTrue();
        }
    }
}
