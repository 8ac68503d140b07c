package co.pump.icm.model;

import java.util.List;

/**
 * Small configurations for tests, with every field of every record filled in somewhere, so that
 * round-trip and comparison tests notice a field that is dropped.
 */
public final class TestConfigs {

    public static final String MANAGEMENT_ACCOUNT = "111111111111";
    public static final String PROD_ACCOUNT = "222222222222";
    public static final String DEV_ACCOUNT = "333333333333";

    private TestConfigs() {
    }

    public static SourceInfo source() {
        return new SourceInfo(MANAGEMENT_ACCOUNT, "o-abc123defg", MANAGEMENT_ACCOUNT, "us-east-1",
                "arn:aws:sso:::instance/ssoins-1234567890abcdef", "d-1234567890", "acme",
                "arn:aws:sts::111111111111:assumed-role/Admin/alice");
    }

    /** A user with every attribute set. */
    /** The manager of every {@link #fullUser}: a user of {@link #config()}. */
    public static final String MANAGER = "bob@acme.com";

    public static User fullUser(String userName, String given, String family) {
        String display = given + " " + family;
        return new User(userName, display,
                new Name(display, family, given, "Q", "Dr.", "PhD"),
                given.toLowerCase(), "https://profiles.example.com/" + userName,
                List.of(new Email(userName, "work", true)),
                List.of(new Address("1 Main St", "Springfield", "IL", "62701", "US",
                        "1 Main St, Springfield, IL 62701, US", "work", true)),
                List.of(new PhoneNumber("+1-555-0100", "work", true)),
                "Employee", "Engineer", "en-US", "en_US", "America/Chicago", "ENABLED",
                List.of(new Photo("https://photos.example.com/" + userName + ".png", "photo", "Portrait", true)),
                "https://www.example.com", "1990-01-31",
                List.of(new Role("Engineer", "work", true)),
                new EnterpriseExtension("E-1001", "CC-100", "Acme", "Engineering", "Platform", MANAGER),
                List.of(new ExternalId("https://scim.example.com", "ext-" + userName)),
                new Origin("906745d2a4-" + uuidFor(userName), "2024-01-02T03:04:05Z", "arn:aws:iam::111111111111:root",
                        "2024-02-03T04:05:06Z", "arn:aws:iam::111111111111:root"));
    }

    /** A user with only the attributes IAM Identity Center requires. */
    public static User minimalUser(String userName, String given, String family) {
        return new User(userName, given + " " + family, new Name(null, family, given, null, null, null),
                null, null, List.of(), List.of(), List.of(), null, null, null, null, null, null,
                List.of(), null, null, List.of(), null);
    }

    public static PermissionSet adminPermissionSet() {
        return new PermissionSet("AdministratorAccess", "Full access", "PT4H", "https://console.aws.amazon.com/",
                List.of(new Tag("team", "platform"), new Tag("cost-center", "")),
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"iam:CreateUser\",\"Resource\":\"*\"}]}",
                List.of(new ManagedPolicy("arn:aws:iam::aws:policy/AdministratorAccess", "AdministratorAccess")),
                List.of(new CustomerManagedPolicyReference("AuditRead", "/security/")),
                PermissionsBoundary.managed("arn:aws:iam::aws:policy/PowerUserAccess"),
                new Origin("arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-aaaaaaaaaaaaaaaa",
                        "2024-01-02T03:04:05Z", null, null, null));
    }

    public static PermissionSet readOnlyPermissionSet() {
        return new PermissionSet("ReadOnly", "Read-only access", "PT8H", null,
                List.of(), null,
                List.of(new ManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", "ReadOnlyAccess")),
                List.of(),
                PermissionsBoundary.customerManaged("Boundary", "/"),
                new Origin("arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-bbbbbbbbbbbbbbbb", null, null, null, null));
    }

    /**
     * A complete small configuration: three users (one full, one minimal, one in no group), two
     * groups (one empty), memberships, two permission sets with every policy kind, assignments
     * to users and groups, accounts, ABAC and an application.
     */
    public static IdentityCenterConfig full() {
        var alice = fullUser("alice@acme.com", "Alice", "Smith");
        var bob = minimalUser("bob@acme.com", "Bob", "Jones");
        var carol = minimalUser("carol@acme.com", "Carol", "White");
        var admins = new Group("Admins", "Platform administrators",
                List.of(new ExternalId("https://scim.example.com", "grp-admins")), Origin.of("906745d2a4-g1"));
        var auditors = new Group("Auditors", null, List.of(), Origin.of("906745d2a4-g2"));
        return new IdentityCenterConfig(source(),
                List.of(new Account(MANAGEMENT_ACCOUNT, "acme-management", "aws@acme.com", "ACTIVE"),
                        new Account(PROD_ACCOUNT, "acme-prod", "prod@acme.com", "ACTIVE"),
                        new Account(DEV_ACCOUNT, "acme-dev", "dev@acme.com", "ACTIVE")),
                List.of(alice, bob, carol),
                List.of(admins, auditors),
                List.of(new GroupMembership("Admins", "alice@acme.com", Origin.of("906745d2a4-m1")),
                        new GroupMembership("Admins", "bob@acme.com", Origin.of("906745d2a4-m2"))),
                List.of(adminPermissionSet(), readOnlyPermissionSet()),
                List.of(new AccountAssignment(PROD_ACCOUNT, "AdministratorAccess", PrincipalType.GROUP, "Admins",
                                Origin.of("906745d2a4-g1")),
                        new AccountAssignment(DEV_ACCOUNT, "ReadOnly", PrincipalType.USER, "carol@acme.com", null),
                        new AccountAssignment(DEV_ACCOUNT, "AdministratorAccess", PrincipalType.USER, "alice@acme.com",
                                null)),
                new AccessControlConfiguration("ENABLED", null,
                        List.of(new AccessControlAttribute("Department", List.of("${path:enterprise.department}")))),
                List.of(new Application("arn:aws:sso::111111111111:application/ssoins-1234567890abcdef/apl-1111111111111111",
                        "Wiki", "Team wiki", "ENABLED", MANAGEMENT_ACCOUNT,
                        "arn:aws:sso::aws:applicationProvider/custom", "ENABLED", "IDENTITY_CENTER",
                        "https://wiki.acme.com", "2024-03-01T00:00:00Z")));
    }

    private static String uuidFor(String seed) {
        return java.util.UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
