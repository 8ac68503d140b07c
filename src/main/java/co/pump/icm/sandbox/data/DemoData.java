package co.pump.icm.sandbox.data;

import static co.pump.icm.sandbox.data.DemoPermissionSets.ADMINISTRATOR;
import static co.pump.icm.sandbox.data.DemoPermissionSets.BILLING;
import static co.pump.icm.sandbox.data.DemoPermissionSets.BREAK_GLASS;
import static co.pump.icm.sandbox.data.DemoPermissionSets.DATABASE_ADMIN;
import static co.pump.icm.sandbox.data.DemoPermissionSets.DATA_ENGINEER;
import static co.pump.icm.sandbox.data.DemoPermissionSets.DEVELOPER;
import static co.pump.icm.sandbox.data.DemoPermissionSets.NETWORK_ADMIN;
import static co.pump.icm.sandbox.data.DemoPermissionSets.POWER_USER;
import static co.pump.icm.sandbox.data.DemoPermissionSets.READ_ONLY;
import static co.pump.icm.sandbox.data.DemoPermissionSets.SECURITY_AUDIT;
import static co.pump.icm.sandbox.data.DemoPermissionSets.SUPPORT_ENGINEER;
import static co.pump.icm.sandbox.data.DemoPermissionSets.VIEW_ONLY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.SourceInfo;

/**
 * The demo data set: Larkspur Labs, a 40-person software company whose AWS accounts Pump is
 * moving into its own organization.
 *
 * <p>The source organization {@value #SOURCE_ORGANIZATION} has the management account
 * {@value #MANAGEMENT} and five member accounts: prod {@value #PROD}, staging {@value #STAGING},
 * dev {@value #DEV}, security {@value #SECURITY} and sandbox {@value #SANDBOX}. Its instance in
 * {@code us-east-1} holds 40 users (one DISABLED, one in no group), 8 groups (Break Glass has no
 * members), 12 permission sets using every policy kind, 60 assignments (AdministratorAccess is the
 * one permission set assigned in the management account), an ABAC configuration, a trusted token
 * issuer and five applications of every sort ({@link DemoApplications}).
 *
 * <p>The target organization {@value #TARGET_ORGANIZATION} has the management account
 * {@value #TARGET_MANAGEMENT}, the delegated administrator {@value #TARGET_DELEGATED_ADMIN} with an
 * empty instance in {@code eu-west-1}, and a log archive account {@value #TARGET_LOG_ARCHIVE}. Prod,
 * staging, dev and security have moved there; sandbox has not. Every customer managed policy the
 * permission sets refer to exists where they are assigned, so the demo import completes;
 * {@link #scenarioWithMissingPolicy()} leaves {@code /data/DataLakeAccess} out of dev, so that
 * provisioning {@code DataEngineer} there fails, for showing and testing how a failure looks.
 */
public final class DemoData {

    public static final String SOURCE_ORGANIZATION = "o-larkspur01";
    public static final String TARGET_ORGANIZATION = "o-pump000001";
    public static final String SOURCE_REGION = "us-east-1";
    public static final String TARGET_REGION = "eu-west-1";

    public static final String MANAGEMENT = "111111111111";
    public static final String PROD = "222222222222";
    public static final String STAGING = "333333333333";
    public static final String DEV = "444444444444";
    public static final String SECURITY = "555555555555";
    /** The one member account that has not moved. */
    public static final String SANDBOX = "666666666666";
    public static final String TARGET_LOG_ARCHIVE = "777777777777";
    public static final String TARGET_DELEGATED_ADMIN = "888888888888";
    public static final String TARGET_MANAGEMENT = "999999999999";

    /** Missing in {@link #DEV}: provisioning {@code DataEngineer} there fails. */
    public static final MissingPolicy MISSING_POLICY =
            new MissingPolicy(DEV, DemoPermissionSets.DATA_LAKE_ACCESS.qualifiedName(), DATA_ENGINEER);

    static final String CLOUD_ADMINS = "Cloud Admins";
    static final String DEVELOPERS = "Developers";
    static final String DATA_ENGINEERING = "Data Engineering";
    static final String SECURITY_AUDITORS = "Security Auditors";
    static final String FINANCE = "Finance";
    static final String SUPPORT = "Support Engineers";
    static final String NETWORK = "Network Operations";
    /** The group with no members. */
    static final String BREAK_GLASS_GROUP = "Break Glass";
    /** The user in no group: an external auditor with direct assignments only. */
    static final String UNGROUPED = "leila.farouk";

    private DemoData() {
    }

    /** The demo scenario. It is always the same; only the IDs a sandbox issues depend on its seed. */
    public static SandboxScenario scenario() {
        return scenario(null);
    }

    /** The demo scenario with {@link #MISSING_POLICY} left out of dev. */
    public static SandboxScenario scenarioWithMissingPolicy() {
        return scenario(MISSING_POLICY);
    }

    /**
     * The demo with larkspur-security ({@value #SECURITY}) still in the current organization too,
     * beside larkspur-sandbox: two accounts that can arrive in the new organization during the
     * call (see {@code icm sandbox --accounts-join-after}).
     */
    public static SandboxScenario scenarioWithAccountsArriving() {
        return scenario().withAccountsStillOutside(List.of(SECURITY));
    }

    private static SandboxScenario scenario(MissingPolicy missing) {
        IdentityCenterConfig config = config();
        var policies = PolicyPlacement.requiredBy(config);
        if (missing != null) {
            policies.get(missing.accountId()).remove(missing.policy());
        }
        var source = new ScenarioOrganization(SOURCE_ORGANIZATION,
                account(MANAGEMENT, "larkspur-management", "aws-management"), null,
                List.of(account(PROD, "larkspur-prod", "aws-prod"),
                        account(STAGING, "larkspur-staging", "aws-staging"),
                        account(DEV, "larkspur-dev", "aws-dev"),
                        account(SECURITY, "larkspur-security", "aws-security"),
                        account(SANDBOX, "larkspur-sandbox", "aws-sandbox")));
        var target = new ScenarioOrganization(TARGET_ORGANIZATION,
                new Account(TARGET_MANAGEMENT, "pump-management", "aws-management@pump.example", "ACTIVE"),
                new Account(TARGET_DELEGATED_ADMIN, "larkspur-identity", "aws-larkspur-identity@pump.example", "ACTIVE"),
                List.of(new Account(TARGET_LOG_ARCHIVE, "pump-log-archive", "aws-log-archive@pump.example", "ACTIVE")));
        return new SandboxScenario(source, target, List.of(PROD, STAGING, DEV, SECURITY), SOURCE_REGION, TARGET_REGION,
                config, policies, missing, IdentityCenterConfig.empty(null), false, DemoApplications.scenario());
    }

    private static IdentityCenterConfig config() {
        var accounts = new ArrayList<Account>();
        accounts.add(account(MANAGEMENT, "larkspur-management", "aws-management"));
        accounts.add(account(PROD, "larkspur-prod", "aws-prod"));
        accounts.add(account(STAGING, "larkspur-staging", "aws-staging"));
        accounts.add(account(DEV, "larkspur-dev", "aws-dev"));
        accounts.add(account(SECURITY, "larkspur-security", "aws-security"));
        accounts.add(account(SANDBOX, "larkspur-sandbox", "aws-sandbox"));
        return new IdentityCenterConfig(
                new SourceInfo(MANAGEMENT, SOURCE_ORGANIZATION, MANAGEMENT, SOURCE_REGION, null, null, "larkspur", null),
                accounts, DemoPeople.users(), groups(), memberships(), DemoPermissionSets.all(), assignments(),
                new AccessControlConfiguration("ENABLED", null, List.of(
                        new AccessControlAttribute("Department", List.of("${path:enterprise.department}")),
                        new AccessControlAttribute("CostCenter", List.of("${path:enterprise.costCenter}")),
                        new AccessControlAttribute("Division", List.of("${path:enterprise.division}")))),
                DemoApplications.scenario().asInventory());
    }

    private static List<Group> groups() {
        return List.of(
                new Group(CLOUD_ADMINS, "Platform engineers who run the AWS organization", List.of(), null),
                new Group(DEVELOPERS, "Product engineering, including contractors", List.of(), null),
                new Group(DATA_ENGINEERING, "Data platform, analytics and databases", List.of(), null),
                new Group(SECURITY_AUDITORS, "Security and compliance reviews", List.of(), null),
                new Group(FINANCE, "Finance and FinOps", List.of(), null),
                new Group(SUPPORT, "Customer support engineering", List.of(), null),
                new Group(NETWORK, "Networking and connectivity", List.of(), null),
                new Group(BREAK_GLASS_GROUP, "Emergency access; members are added only during an incident",
                        List.of(), null));
    }

    private static List<GroupMembership> memberships() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        members.put(CLOUD_ADMINS, List.of("maya.okafor", "daniel.reyes", "priya.raman", "tom.becker", "george.harris"));
        members.put(DEVELOPERS, List.of("daniel.reyes", "sofia.garcia", "liam.oconnor", "wei.chen", "aisha.khan",
                "jonas.muller", "emily.watson", "noah.kim", "lucia.romero", "arjun.mehta", "hannah.schmidt",
                "oliver.bennett", "chloe.dubois", "ethan.brooks"));
        members.put(DATA_ENGINEERING, List.of("grace.liu", "mateo.silva", "ananya.iyer", "lukasz.nowak", "zoe.martin",
                "wei.chen", "sarah.obrien", "vikram.patel"));
        members.put(SECURITY_AUDITORS, List.of("samuel.adeyemi", "ingrid.larsen", "marcus.hill", "fatima.benali"));
        members.put(FINANCE, List.of("rachel.goldberg", "kevin.nguyen", "elena.petrova", "george.harris"));
        members.put(SUPPORT, List.of("carlos.mendes", "nina.kowalski", "ravi.shankar", "julia.fischer"));
        members.put(NETWORK, List.of("ben.carter", "yuki.tanaka", "omar.haddad", "priya.raman"));
        var memberships = new ArrayList<GroupMembership>();
        members.forEach((group, handles) -> handles.forEach(handle ->
                memberships.add(new GroupMembership(group, DemoPeople.userName(handle), null))));
        return memberships;
    }

    private static List<AccountAssignment> assignments() {
        var list = new ArrayList<AccountAssignment>();
        groupAccess(list, CLOUD_ADMINS, ADMINISTRATOR, MANAGEMENT, PROD, STAGING, DEV, SECURITY, SANDBOX);
        groupAccess(list, DEVELOPERS, DEVELOPER, STAGING, DEV, SANDBOX);
        groupAccess(list, DEVELOPERS, READ_ONLY, PROD, SECURITY);
        groupAccess(list, DATA_ENGINEERING, DATA_ENGINEER, PROD, STAGING, DEV);
        groupAccess(list, DATA_ENGINEERING, READ_ONLY, SECURITY);
        groupAccess(list, SECURITY_AUDITORS, SECURITY_AUDIT, PROD, STAGING, DEV, SECURITY, SANDBOX);
        groupAccess(list, FINANCE, BILLING, PROD, STAGING, DEV);
        groupAccess(list, FINANCE, VIEW_ONLY, SECURITY);
        groupAccess(list, SUPPORT, SUPPORT_ENGINEER, PROD, STAGING, DEV);
        groupAccess(list, SUPPORT, VIEW_ONLY, PROD);
        groupAccess(list, NETWORK, NETWORK_ADMIN, PROD, STAGING, DEV, SECURITY);
        groupAccess(list, BREAK_GLASS_GROUP, BREAK_GLASS, PROD, STAGING, DEV, SECURITY, SANDBOX);

        userAccess(list, "maya.okafor", ADMINISTRATOR, MANAGEMENT);
        for (String dba : List.of("sarah.obrien", "vikram.patel")) {
            userAccess(list, dba, DATABASE_ADMIN, PROD, STAGING);
        }
        for (String engineer : List.of("daniel.reyes", "tom.becker", "noah.kim", "arjun.mehta")) {
            userAccess(list, engineer, POWER_USER, DEV, SANDBOX);
        }
        userAccess(list, UNGROUPED, SECURITY_AUDIT, SECURITY, PROD);
        userAccess(list, UNGROUPED, READ_ONLY, PROD);
        userAccess(list, "chloe.dubois", VIEW_ONLY, STAGING);
        userAccess(list, "ethan.brooks", VIEW_ONLY, STAGING);
        userAccess(list, "kevin.nguyen", BILLING, SANDBOX);
        userAccess(list, "emily.watson", READ_ONLY, PROD);
        userAccess(list, "george.harris", READ_ONLY, PROD);
        userAccess(list, "hannah.schmidt", READ_ONLY, STAGING);
        userAccess(list, "zoe.martin", DATA_ENGINEER, SANDBOX);
        return list;
    }

    private static void groupAccess(List<AccountAssignment> list, String group, String permissionSet,
                                    String... accounts) {
        for (String account : accounts) {
            list.add(new AccountAssignment(account, permissionSet, PrincipalType.GROUP, group, null));
        }
    }

    private static void userAccess(List<AccountAssignment> list, String handle, String permissionSet,
                                   String... accounts) {
        for (String account : accounts) {
            list.add(new AccountAssignment(account, permissionSet, PrincipalType.USER, DemoPeople.userName(handle),
                    null));
        }
    }

    private static Account account(String id, String name, String mailbox) {
        return new Account(id, name, mailbox + "@" + DemoPeople.DOMAIN, "ACTIVE");
    }
}
