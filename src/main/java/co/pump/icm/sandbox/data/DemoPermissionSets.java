package co.pump.icm.sandbox.data;

import java.util.List;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/**
 * The demo company's 12 permission sets. Between them they use every policy kind: inline
 * policies, AWS managed policies, customer managed policy references with paths, and permissions
 * boundaries of both kinds.
 */
final class DemoPermissionSets {

    static final String ADMINISTRATOR = "AdministratorAccess";
    static final String BREAK_GLASS = "BreakGlass";
    static final String POWER_USER = "PowerUser";
    static final String DEVELOPER = "Developer";
    static final String READ_ONLY = "ReadOnly";
    static final String VIEW_ONLY = "ViewOnly";
    static final String BILLING = "Billing";
    static final String SECURITY_AUDIT = "SecurityAudit";
    static final String DATA_ENGINEER = "DataEngineer";
    static final String SUPPORT_ENGINEER = "SupportEngineer";
    static final String DATABASE_ADMIN = "DatabaseAdmin";
    static final String NETWORK_ADMIN = "NetworkAdmin";

    /** Customer managed policies the permission sets reference, as path and name. */
    static final CustomerManagedPolicyReference DEVELOPER_GUARDRAILS =
            new CustomerManagedPolicyReference("DeveloperGuardrails", "/platform/");
    static final CustomerManagedPolicyReference DEVELOPER_BOUNDARY =
            new CustomerManagedPolicyReference("DeveloperBoundary", "/platform/boundaries/");
    static final CustomerManagedPolicyReference DATA_LAKE_ACCESS =
            new CustomerManagedPolicyReference("DataLakeAccess", "/data/");
    static final CustomerManagedPolicyReference SECURITY_TOOLING_READ =
            new CustomerManagedPolicyReference("SecurityToolingRead", "/security/");
    static final CustomerManagedPolicyReference RDS_SECRETS_READ =
            new CustomerManagedPolicyReference("RdsSecretsRead", "/");

    private static final String CONSOLE = "https://console.aws.amazon.com/";

    private static final String POWER_USER_INLINE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
            + "\"DenyAccountAndOrganizationChanges\",\"Effect\":\"Deny\",\"Action\":[\"account:*\","
            + "\"organizations:*\",\"iam:CreateUser\",\"iam:CreateAccessKey\"],\"Resource\":\"*\"}]}";

    private static final String DATA_ENGINEER_INLINE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
            + "\"DataLakeBuckets\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\","
            + "\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::larkspur-data-lake\","
            + "\"arn:aws:s3:::larkspur-data-lake/*\"]},{\"Sid\":\"GlueCatalog\",\"Effect\":\"Allow\","
            + "\"Action\":[\"glue:Get*\",\"glue:StartJobRun\",\"glue:BatchGetPartition\"],\"Resource\":\"*\"}]}";

    private static final String DATABASE_ADMIN_INLINE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
            + "\"NoDeletingDatabases\",\"Effect\":\"Deny\",\"Action\":[\"rds:DeleteDBCluster\","
            + "\"rds:DeleteDBInstance\",\"dynamodb:DeleteTable\"],\"Resource\":\"*\"}]}";

    private DemoPermissionSets() {
    }

    static List<PermissionSet> all() {
        return List.of(
                ps(ADMINISTRATOR, "Full administrator access for the platform team", "PT4H", CONSOLE,
                        List.of(tag("team", "platform"), tag("risk", "high")), null,
                        List.of(managed("AdministratorAccess")), List.of(), null),
                ps(BREAK_GLASS, "Emergency administrator access; every use is reviewed by security", "PT1H", null,
                        List.of(tag("purpose", "emergency"), tag("owner", "security@larkspur.example"),
                                tag("reviewed", "")), null,
                        List.of(managed("AdministratorAccess")), List.of(), null),
                ps(POWER_USER, "Everything but account, organization and IAM user changes", "PT8H", CONSOLE,
                        List.of(tag("team", "platform")), POWER_USER_INLINE,
                        List.of(managed("PowerUserAccess")), List.of(), null),
                ps(DEVELOPER, "Build and run services within the platform guardrails", "PT8H",
                        "https://console.aws.amazon.com/lambda/home?region=us-east-1#/functions",
                        List.of(tag("team", "engineering"), tag("cost-center", "cc-2100")), null,
                        List.of(managed("PowerUserAccess")), List.of(DEVELOPER_GUARDRAILS),
                        PermissionsBoundary.customerManaged(DEVELOPER_BOUNDARY.name(), DEVELOPER_BOUNDARY.path())),
                ps(READ_ONLY, "Read access to every service", "PT12H", null,
                        List.of(), null, List.of(managed("ReadOnlyAccess")), List.of(), null),
                ps(VIEW_ONLY, "See resources without reading their data", "PT8H", null,
                        List.of(tag("audience", "contractors")), null,
                        List.of(managed("job-function/ViewOnlyAccess")), List.of(), null),
                ps(BILLING, "Bills, budgets and cost explorer", "PT2H", "https://console.aws.amazon.com/billing/home#/",
                        List.of(tag("team", "finance")), null,
                        List.of(managed("job-function/Billing")), List.of(), null),
                ps(SECURITY_AUDIT, "Security review of configuration and logs", "PT8H", null,
                        List.of(tag("team", "security"), tag("compliance", "soc2")), null,
                        List.of(managed("SecurityAudit"), managed("ReadOnlyAccess")), List.of(SECURITY_TOOLING_READ),
                        PermissionsBoundary.managed(arn("ReadOnlyAccess"))),
                ps(DATA_ENGINEER, "Data lake pipelines with S3, Glue and Athena", "PT8H",
                        "https://console.aws.amazon.com/athena/home?region=us-east-1",
                        List.of(tag("team", "data"), tag("data-classification", "confidential")), DATA_ENGINEER_INLINE,
                        List.of(managed("AmazonAthenaFullAccess")), List.of(DATA_LAKE_ACCESS),
                        PermissionsBoundary.managed(arn("PowerUserAccess"))),
                ps(SUPPORT_ENGINEER, "Open AWS support cases and look at resources", "PT4H",
                        "https://console.aws.amazon.com/support/home",
                        List.of(tag("team", "support")), null,
                        List.of(managed("AWSSupportAccess"), managed("job-function/ViewOnlyAccess")), List.of(), null),
                ps(DATABASE_ADMIN, "Run the databases, but never delete one", "PT4H", null,
                        List.of(tag("team", "data")), DATABASE_ADMIN_INLINE,
                        List.of(managed("job-function/DatabaseAdministrator")), List.of(RDS_SECRETS_READ), null),
                ps(NETWORK_ADMIN, "VPCs, transit gateways, DNS and load balancers", "PT4H",
                        "https://console.aws.amazon.com/vpc/home?region=us-east-1",
                        List.of(tag("team", "network")), null,
                        List.of(managed("job-function/NetworkAdministrator")), List.of(), null));
    }

    private static PermissionSet ps(String name, String description, String session, String relayState,
                                    List<Tag> tags, String inlinePolicy, List<ManagedPolicy> managed,
                                    List<CustomerManagedPolicyReference> customerManaged,
                                    PermissionsBoundary boundary) {
        return new PermissionSet(name, description, session, relayState, tags, inlinePolicy, managed, customerManaged,
                boundary, null);
    }

    private static Tag tag(String key, String value) {
        return new Tag(key, value);
    }

    private static String arn(String path) {
        return "arn:aws:iam::aws:policy/" + path;
    }

    private static ManagedPolicy managed(String path) {
        return new ManagedPolicy(arn(path), path.substring(path.lastIndexOf('/') + 1));
    }
}
