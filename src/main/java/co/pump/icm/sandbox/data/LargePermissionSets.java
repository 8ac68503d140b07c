package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/**
 * Generates permission sets for {@link LargeData}. The policy kinds rotate with the index, so that
 * any ten consecutive permission sets hold every kind: an inline policy every third, customer
 * managed references every fourth, a managed boundary or a customer managed boundary every fifth.
 */
final class LargePermissionSets {

    private static final String[] ROLES = {"Admin", "PowerUser", "Developer", "ReadOnly", "ViewOnly", "Billing",
            "SecurityAudit", "DataEngineer", "Support", "DatabaseAdmin", "NetworkAdmin", "Operator", "Analyst",
            "Deployer", "Auditor"};
    /** AWS managed policies that exist in every AWS account. */
    private static final String[] MANAGED = {"AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess",
            "job-function/ViewOnlyAccess", "job-function/Billing", "SecurityAudit", "AWSSupportAccess",
            "job-function/DatabaseAdministrator", "job-function/NetworkAdministrator",
            "job-function/SystemAdministrator", "job-function/DataScientist", "AmazonS3ReadOnlyAccess",
            "AmazonEC2ReadOnlyAccess", "CloudWatchReadOnlyAccess", "AmazonAthenaFullAccess",
            "AWSCloudFormationReadOnlyAccess"};
    private static final CustomerManagedPolicyReference[] CUSTOMER_MANAGED = {
            new CustomerManagedPolicyReference("QuillonGuardrails", "/platform/"),
            new CustomerManagedPolicyReference("DataLakeRead", "/data/"),
            new CustomerManagedPolicyReference("DataLakeWrite", "/data/"),
            new CustomerManagedPolicyReference("KmsUsage", "/security/"),
            new CustomerManagedPolicyReference("LogsRead", "/ops/logging/"),
            new CustomerManagedPolicyReference("CostTagging", "/")};
    private static final CustomerManagedPolicyReference[] BOUNDARIES = {
            new CustomerManagedPolicyReference("QuillonBoundary", "/boundaries/"),
            new CustomerManagedPolicyReference("ContractorBoundary", "/boundaries/contractors/")};
    private static final String[] MANAGED_BOUNDARIES = {"PowerUserAccess", "ReadOnlyAccess"};
    private static final String[] RELAY_STATES = {"https://console.aws.amazon.com/",
            "https://console.aws.amazon.com/s3/home?region=us-east-1",
            "https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#dashboards:"};

    private final Random random;

    LargePermissionSets(Random random) {
        this.random = random;
    }

    List<PermissionSet> generate(int count) {
        var sets = new ArrayList<PermissionSet>(count);
        for (int i = 0; i < count; i++) {
            sets.add(permissionSet(i));
        }
        return sets;
    }

    private PermissionSet permissionSet(int i) {
        String role = ROLES[random.nextInt(ROLES.length)];
        String department = LargeDataGenerator.DEPARTMENTS[random.nextInt(LargeDataGenerator.DEPARTMENTS.length)];
        String name = role + "-" + String.format("%04d", i + 1);

        var managed = new ArrayList<ManagedPolicy>();
        int first = random.nextInt(MANAGED.length);
        managed.add(managed(MANAGED[first]));
        if (random.nextBoolean()) {
            managed.add(managed(MANAGED[(first + 1 + random.nextInt(MANAGED.length - 1)) % MANAGED.length]));
        }
        var customerManaged = new ArrayList<CustomerManagedPolicyReference>();
        if (i % 4 == 1) {
            int ref = random.nextInt(CUSTOMER_MANAGED.length);
            customerManaged.add(CUSTOMER_MANAGED[ref]);
            if (random.nextBoolean()) {
                customerManaged.add(CUSTOMER_MANAGED[(ref + 1) % CUSTOMER_MANAGED.length]);
            }
        }
        PermissionsBoundary boundary = null;
        if (i % 5 == 2) {
            boundary = PermissionsBoundary.managed(
                    arn(MANAGED_BOUNDARIES[random.nextInt(MANAGED_BOUNDARIES.length)]));
        } else if (i % 5 == 4) {
            CustomerManagedPolicyReference ref = BOUNDARIES[random.nextInt(BOUNDARIES.length)];
            boundary = PermissionsBoundary.customerManaged(ref.name(), ref.path());
        }
        var tags = new ArrayList<Tag>();
        if (i % 2 == 0) {
            tags.add(new Tag("team", department.toLowerCase().replace(' ', '-')));
            tags.add(new Tag("cost-center", "cc-" + (1000 + random.nextInt(9000))));
            if (random.nextBoolean()) {
                tags.add(new Tag("reviewed", ""));
            }
        }
        String relayState = i % 6 == 0 ? RELAY_STATES[random.nextInt(RELAY_STATES.length)] : null;
        String inline = i % 3 == 0 ? inlinePolicy(department) : null;
        return new PermissionSet(name, role + " access for the " + department + " department",
                "PT" + (1 + random.nextInt(12)) + "H", relayState, tags, inline, managed, customerManaged, boundary,
                null);
    }

    private String inlinePolicy(String department) {
        String bucket = "quillon-" + department.toLowerCase().replace(' ', '-') + "-" + random.nextInt(1000);
        String effect = random.nextBoolean() ? "Allow" : "Deny";
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TeamBucket\",\"Effect\":\"" + effect
                + "\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\"],\"Resource\":"
                + "[\"arn:aws:s3:::" + bucket + "/*\"]}]}";
    }

    private static String arn(String path) {
        return "arn:aws:iam::aws:policy/" + path;
    }

    private static ManagedPolicy managed(String path) {
        return new ManagedPolicy(arn(path), path.substring(path.lastIndexOf('/') + 1));
    }
}
