package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.sandbox.AwsError;

class SsoAdminPolicyTest {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    private final SsoAdminFixture fx = new SsoAdminFixture();
    private final String arn = fx.createPermissionSet("Dev");

    private JsonNode call(String operation, Object... members) {
        List<Object> all = new ArrayList<>(List.of("InstanceArn", fx.instance.arn, "PermissionSetArn", arn));
        all.addAll(List.of(members));
        return fx.call(operation, fx.management, all.toArray());
    }

    private AwsError error(String operation, Object... members) {
        List<Object> all = new ArrayList<>(List.of("InstanceArn", fx.instance.arn, "PermissionSetArn", arn));
        all.addAll(List.of(members));
        return fx.error(operation, fx.management, all.toArray());
    }

    @Test
    void putsGetsAndDeletesTheInlinePolicy() {
        assertThat(call("GetInlinePolicyForPermissionSet").path("InlinePolicy").asText()).isEmpty();
        call("PutInlinePolicyToPermissionSet", "InlinePolicy", POLICY);
        assertThat(call("GetInlinePolicyForPermissionSet").path("InlinePolicy").asText()).isEqualTo(POLICY);
        call("DeleteInlinePolicyFromPermissionSet");
        assertThat(fx.instance.permissionSets.get(arn).inlinePolicy()).isNull();
        call("DeleteInlinePolicyFromPermissionSet");
    }

    @Test
    void theInlinePolicyMustBeAJsonObject() {
        AwsError notJson = error("PutInlinePolicyToPermissionSet", "InlinePolicy", "{\"Version\": ");
        assertThat(notJson.code()).isEqualTo("ValidationException");
        assertThat(notJson.getMessage()).startsWith("The inline policy is not a valid JSON policy document: ");
        AwsError array = error("PutInlinePolicyToPermissionSet", "InlinePolicy", "[]");
        assertThat(array.getMessage())
                .isEqualTo("The inline policy is not a valid JSON policy document: it must be a JSON object.");
        AwsError trailing = error("PutInlinePolicyToPermissionSet", "InlinePolicy", "{} {}");
        assertThat(trailing.getMessage()).startsWith("The inline policy is not a valid JSON policy document: ");
    }

    @Test
    void theInlinePolicyHasSizeLimits() {
        String tooLong = "{\"a\":\"" + " ".repeat(32_768) + "\"}";
        AwsError length = error("PutInlinePolicyToPermissionSet", "InlinePolicy", tooLong);
        assertThat(length.getMessage()).startsWith("1 validation error detected: Value '{\"a\":\"")
                .endsWith("at 'inlinePolicy' failed to satisfy constraint: Member must have length less than or equal to 32768");

        String dense = "{\"a\":\"" + "x".repeat(10_240) + "\"}";
        AwsError quota = error("PutInlinePolicyToPermissionSet", "InlinePolicy", dense);
        assertThat(quota.code()).isEqualTo("ServiceQuotaExceededException");
        assertThat(quota.getMessage()).isEqualTo("The inline policy has 10248 characters that are not whitespace; "
                + "IAM Identity Center allows at most 10240.");
    }

    @Test
    void attachesListsAndDetachesAwsManagedPolicies() {
        call("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        call("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
        JsonNode attached = call("ListManagedPoliciesInPermissionSet").path("AttachedManagedPolicies");
        assertThat(attached).hasSize(2);
        assertThat(attached.get(1).path("Arn").asText()).isEqualTo("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
        assertThat(attached.get(1).path("Name").asText()).isEqualTo("ViewOnlyAccess");

        call("DetachManagedPolicyFromPermissionSet", "ManagedPolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(call("ListManagedPoliciesInPermissionSet").path("AttachedManagedPolicies"))
                .extracting(p -> p.path("Name").asText()).containsExactly("ViewOnlyAccess");
        AwsError missing = error("DetachManagedPolicyFromPermissionSet", "ManagedPolicyArn",
                "arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(missing.code()).isEqualTo("ResourceNotFoundException");
        assertThat(missing.getMessage()).isEqualTo("The managed policy arn:aws:iam::aws:policy/ReadOnlyAccess is not "
                + "attached to the permission set " + arn + ".");
    }

    @Test
    void onlyAwsManagedPolicyArnsAreAccepted() {
        AwsError error = error("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn",
                "arn:aws:iam::333333333333:policy/ReadAudit");
        assertThat(error.getMessage()).isEqualTo("1 validation error detected: Value "
                + "'arn:aws:iam::333333333333:policy/ReadAudit' at 'managedPolicyArn' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: "
                + "arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((/[A-Za-z0-9\\.,\\+@=_-]+)*)/([A-Za-z0-9\\.,\\+=@_-]+)");
    }

    @Test
    void attachingTwiceIsAConflict() {
        call("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        AwsError managed = error("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn",
                "arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(managed.code()).isEqualTo("ConflictException");
        assertThat(managed.getMessage()).isEqualTo("The managed policy arn:aws:iam::aws:policy/ReadOnlyAccess is already "
                + "attached to the permission set " + arn + ".");

        call("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "ReadAudit"));
        AwsError reference = error("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "ReadAudit", "Path", "/"));
        assertThat(reference.code()).isEqualTo("ConflictException");
        assertThat(reference.getMessage()).isEqualTo("The customer managed policy reference /ReadAudit is already "
                + "attached to the permission set " + arn + ".");
    }

    @Test
    void allowsTwentyPoliciesInAllButNotTwentyOne() {
        for (int i = 0; i < 12; i++) {
            call("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn", "arn:aws:iam::aws:policy/Policy" + i);
        }
        for (int i = 0; i < 8; i++) {
            call("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                    Map.of("Name", "Custom" + i, "Path", "/team/"));
        }
        assertThat(PermissionSetRecords.attachedPolicies(fx.instance.permissionSets.get(arn))).isEqualTo(20);
        AwsError managed = error("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn",
                "arn:aws:iam::aws:policy/OneTooMany");
        assertThat(managed.code()).isEqualTo("ServiceQuotaExceededException");
        assertThat(managed.getMessage()).isEqualTo("The permission set " + arn + " already has 20 AWS managed and "
                + "customer managed policies attached, the most IAM Identity Center allows.");
        AwsError reference = error("AttachCustomerManagedPolicyReferenceToPermissionSet",
                "CustomerManagedPolicyReference", Map.of("Name", "OneTooMany"));
        assertThat(reference.code()).isEqualTo("ServiceQuotaExceededException");
    }

    @Test
    void attachesListsAndDetachesCustomerManagedPolicyReferences() {
        call("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "ReadAudit"));
        call("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "Deploy", "Path", "/ci/"));
        JsonNode listed = call("ListCustomerManagedPolicyReferencesInPermissionSet").path("CustomerManagedPolicyReferences");
        assertThat(listed).extracting(r -> r.path("Path").asText() + r.path("Name").asText())
                .containsExactly("/ReadAudit", "/ci/Deploy");

        call("DetachCustomerManagedPolicyReferenceFromPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "Deploy", "Path", "/ci/"));
        assertThat(fx.instance.permissionSets.get(arn).customerManagedPolicies())
                .containsExactly(new CustomerManagedPolicyReference("ReadAudit", "/"));
        AwsError missing = error("DetachCustomerManagedPolicyReferenceFromPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "Deploy", "Path", "/ci/"));
        assertThat(missing.code()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void customerManagedReferencesFollowIamNameAndPathRules() {
        AwsError error = error("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Name", "Read Audit", "Path", "team"));
        assertThat(error.getMessage()).isEqualTo("2 validation errors detected: Value 'Read Audit' at "
                + "'customerManagedPolicyReference.name' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: [\\w+=,.@-]+; Value 'team' at 'customerManagedPolicyReference.path' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");
        AwsError noName = error("AttachCustomerManagedPolicyReferenceToPermissionSet", "CustomerManagedPolicyReference",
                Map.of("Path", "/"));
        assertThat(noName.getMessage()).isEqualTo("1 validation error detected: Value null at "
                + "'customerManagedPolicyReference.name' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void putsGetsAndDeletesThePermissionsBoundary() {
        AwsError none = error("GetPermissionsBoundaryForPermissionSet");
        assertThat(none.code()).isEqualTo("ResourceNotFoundException");
        assertThat(none.getMessage()).isEqualTo("The permission set " + arn + " has no permissions boundary.");

        call("PutPermissionsBoundaryToPermissionSet", "PermissionsBoundary",
                Map.of("ManagedPolicyArn", "arn:aws:iam::aws:policy/PowerUserAccess"));
        assertThat(call("GetPermissionsBoundaryForPermissionSet").path("PermissionsBoundary")
                .path("ManagedPolicyArn").asText()).isEqualTo("arn:aws:iam::aws:policy/PowerUserAccess");

        call("PutPermissionsBoundaryToPermissionSet", "PermissionsBoundary",
                Map.of("CustomerManagedPolicyReference", Map.of("Name", "TeamBoundary", "Path", "/boundaries/")));
        JsonNode boundary = call("GetPermissionsBoundaryForPermissionSet").path("PermissionsBoundary");
        assertThat(boundary.has("ManagedPolicyArn")).isFalse();
        assertThat(boundary.path("CustomerManagedPolicyReference").path("Name").asText()).isEqualTo("TeamBoundary");
        assertThat(boundary.path("CustomerManagedPolicyReference").path("Path").asText()).isEqualTo("/boundaries/");
        assertThat(fx.instance.permissionSets.get(arn).permissionsBoundary())
                .isEqualTo(PermissionsBoundary.customerManaged("TeamBoundary", "/boundaries/"));

        call("DeletePermissionsBoundaryFromPermissionSet");
        assertThat(fx.instance.permissionSets.get(arn).permissionsBoundary()).isNull();
    }

    @Test
    void aBoundaryNeedsExactlyOneKind() {
        AwsError both = error("PutPermissionsBoundaryToPermissionSet", "PermissionsBoundary",
                Map.of("ManagedPolicyArn", "arn:aws:iam::aws:policy/PowerUserAccess",
                        "CustomerManagedPolicyReference", Map.of("Name", "TeamBoundary")));
        assertThat(both.code()).isEqualTo("ValidationException");
        assertThat(both.getMessage()).isEqualTo("A permissions boundary needs exactly one of ManagedPolicyArn and "
                + "CustomerManagedPolicyReference.");
        AwsError neither = error("PutPermissionsBoundaryToPermissionSet", "PermissionsBoundary", Map.of());
        assertThat(neither.getMessage()).isEqualTo(both.getMessage());
        AwsError missing = error("PutPermissionsBoundaryToPermissionSet");
        assertThat(missing.getMessage()).isEqualTo("1 validation error detected: Value null at 'permissionsBoundary' "
                + "failed to satisfy constraint: Member must not be null");
    }

    @Test
    void tagsAreAddedOverwrittenAndRemoved() {
        fx.call("TagResource", fx.management, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "team", "Value", "core"), Map.of("Key", "env", "Value", "prod")));
        fx.call("TagResource", fx.management, "InstanceArn", fx.instance.arn, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "team", "Value", "platform")));
        JsonNode tags = fx.call("ListTagsForResource", fx.management, "ResourceArn", arn).path("Tags");
        assertThat(tags).extracting(t -> t.path("Key").asText() + "=" + t.path("Value").asText())
                .containsExactly("team=platform", "env=prod");

        fx.call("UntagResource", fx.management, "ResourceArn", arn, "TagKeys", List.of("team", "absent"));
        assertThat(fx.instance.permissionSets.get(arn).tags()).extracting(t -> t.key()).containsExactly("env");
    }

    @Test
    void tagRulesAreEnforced() {
        AwsError pattern = fx.error("TagResource", fx.management, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "bad*key", "Value", "v")));
        assertThat(pattern.getMessage()).isEqualTo("1 validation error detected: Value 'bad*key' at 'tags.1.member.key' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)");
        AwsError duplicate = fx.error("TagResource", fx.management, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "a", "Value", "1"), Map.of("Key", "a", "Value", "2")));
        assertThat(duplicate.getMessage()).isEqualTo("Duplicate tag key 'a' in the request.");
        AwsError reserved = fx.error("TagResource", fx.management, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "aws:owner", "Value", "1")));
        assertThat(reserved.getMessage()).isEqualTo("Tag key 'aws:owner' uses the prefix aws:, which is reserved for AWS.");
        AwsError noKeys = fx.error("UntagResource", fx.management, "ResourceArn", arn, "TagKeys", List.of());
        assertThat(noKeys.getMessage()).isEqualTo("1 validation error detected: Value at 'tagKeys' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 1");
    }

    @Test
    void aPermissionSetHoldsAtMostFiftyTags() {
        List<Map<String, String>> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(Map.of("Key", "k" + i, "Value", "v"));
        }
        fx.call("TagResource", fx.management, "ResourceArn", arn, "Tags", fifty);
        AwsError error = fx.error("TagResource", fx.management, "ResourceArn", arn,
                "Tags", List.of(Map.of("Key", "one-more", "Value", "v")));
        assertThat(error.code()).isEqualTo("ServiceQuotaExceededException");
        assertThat(error.getMessage()).isEqualTo("A resource can have at most 50 tags; this request would leave 51.");
        fx.call("TagResource", fx.management, "ResourceArn", arn, "Tags", List.of(Map.of("Key", "k0", "Value", "new")));
    }

    @Test
    void tagsOnResourcesOutsideTheCallersInstanceAreDenied() {
        String foreign = "arn:aws:sso:::permissionSet/" + fx.otherInstance.instanceId() + "/ps-0123456789abcdef";
        AwsError error = fx.error("ListTagsForResource", fx.management, "ResourceArn", foreign);
        assertThat(error.code()).isEqualTo("AccessDeniedException");
        assertThat(error.getMessage()).isEqualTo("User: arn:aws:iam::111111111111:user/admin is not authorized to "
                + "perform: sso:ListTagsForResource on resource: " + foreign);
        assertThat(fx.call("ListTagsForResource", fx.management, "ResourceArn", fx.instance.arn).path("Tags")).isEmpty();
        AwsError instanceTag = fx.error("TagResource", fx.management, "ResourceArn", fx.instance.arn,
                "Tags", List.of(Map.of("Key", "a", "Value", "b")));
        assertThat(instanceTag.getMessage())
                .isEqualTo("The sandbox keeps no tags on the instance itself (" + fx.instance.arn
                        + "); permission sets, applications and trusted token issuers have tags.");
    }

    @Test
    void policyChangesMarkAProvisionedPermissionSetOutdatedButTagsDoNot() {
        call("PutInlinePolicyToPermissionSet", "InlinePolicy", POLICY);
        assertThat(fx.instance.outdatedPermissionSets).doesNotContain(arn);
        assertThat(fx.assignAndSettle(SsoAdminFixture.MEMBER_2, arn, fx.alice).path("Status").asText())
                .isEqualTo("SUCCEEDED");

        fx.call("TagResource", fx.management, "ResourceArn", arn, "Tags", List.of(Map.of("Key", "a", "Value", "b")));
        assertThat(fx.instance.outdatedPermissionSets).doesNotContain(arn);
        call("AttachManagedPolicyToPermissionSet", "ManagedPolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(fx.instance.outdatedPermissionSets).contains(arn);
    }
}
