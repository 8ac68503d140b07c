package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.Email;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Name;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;

/**
 * Generates one {@link LargeData} scenario: Quillon Industries, a company of any size. Users,
 * groups and accounts are generated here; permission sets by {@link LargePermissionSets}.
 */
final class LargeDataGenerator {

    static final String DOMAIN = "quillon.example";
    static final String SOURCE_ORGANIZATION = "o-quillon001";
    static final String MANAGEMENT = "111111111111";

    // Display form and user-name form of each name, so that user names stay plain ASCII.
    private static final String[][] GIVEN = {
            {"Olivia", "olivia"}, {"Liam", "liam"}, {"Amara", "amara"}, {"Noah", "noah"}, {"Sofía", "sofia"},
            {"Mateo", "mateo"}, {"Priya", "priya"}, {"Arjun", "arjun"}, {"Wei", "wei"}, {"Mei", "mei"},
            {"Jonas", "jonas"}, {"Chloé", "chloe"}, {"Zoë", "zoe"}, {"Łukasz", "lukasz"}, {"Fatima", "fatima"},
            {"Omar", "omar"}, {"Yuki", "yuki"}, {"Kenji", "kenji"}, {"Ingrid", "ingrid"}, {"Lars", "lars"},
            {"Grace", "grace"}, {"Samuel", "samuel"}, {"Hannah", "hannah"}, {"Elena", "elena"}, {"Ravi", "ravi"},
            {"Nina", "nina"}, {"Carlos", "carlos"}, {"Lucía", "lucia"}, {"Aisha", "aisha"}, {"Daniel", "daniel"},
            {"Emily", "emily"}, {"Marcus", "marcus"}, {"Ana", "ana"}, {"Tomás", "tomas"}, {"Leila", "leila"},
            {"George", "george"}, {"Rachel", "rachel"}, {"Kevin", "kevin"}, {"Sara", "sara"}, {"Björn", "bjorn"}};
    private static final String[][] FAMILY = {
            {"Okafor", "okafor"}, {"Reyes", "reyes"}, {"Raman", "raman"}, {"Becker", "becker"}, {"García", "garcia"},
            {"O'Connor", "oconnor"}, {"Chen", "chen"}, {"Khan", "khan"}, {"Müller", "muller"}, {"Watson", "watson"},
            {"Kim", "kim"}, {"Romero", "romero"}, {"Mehta", "mehta"}, {"Schmidt", "schmidt"}, {"Bennett", "bennett"},
            {"Liu", "liu"}, {"Silva", "silva"}, {"Iyer", "iyer"}, {"Nowak", "nowak"}, {"Martin", "martin"},
            {"Adeyemi", "adeyemi"}, {"Larsen", "larsen"}, {"Hill", "hill"}, {"Benali", "benali"}, {"Nguyen", "nguyen"},
            {"Petrova", "petrova"}, {"Mendes", "mendes"}, {"Kowalski", "kowalski"}, {"Fischer", "fischer"},
            {"Carter", "carter"}, {"Tanaka", "tanaka"}, {"Haddad", "haddad"}, {"Patel", "patel"}, {"Dubois", "dubois"},
            {"Brooks", "brooks"}, {"Harris", "harris"}, {"Lindqvist", "lindqvist"}, {"Sato", "sato"},
            {"Novák", "novak"}, {"Ferreira", "ferreira"}};
    private static final String[] TITLES = {"Software Engineer", "Senior Software Engineer", "Staff Engineer",
            "Engineering Manager", "Data Engineer", "Data Scientist", "Site Reliability Engineer", "Security Engineer",
            "Product Manager", "Support Engineer", "Network Engineer", "Database Administrator", "Financial Analyst",
            "Designer", "QA Engineer", "Solutions Architect"};
    static final String[] DEPARTMENTS = {"Payments", "Platform", "Data", "Security", "Mobile", "Web", "Search",
            "Billing", "Logistics", "Marketing", "Finance", "Support", "Identity", "Networking", "Analytics",
            "Machine Learning"};
    private static final String[] TEAM_KINDS = {"Engineers", "Operators", "Readers", "Admins", "Analysts", "On-Call",
            "Leads", "Contractors"};
    private static final String[] ENVIRONMENTS = {"prod", "staging", "dev", "test"};

    private final LargeData.Counts counts;
    private final Random random;

    LargeDataGenerator(LargeData.Counts counts, long seed) {
        this.counts = counts;
        this.random = new Random(seed);
    }

    SandboxScenario scenario() {
        List<Account> accounts = accounts();
        List<User> users = users();
        List<Group> groups = groups();
        List<GroupMembership> memberships = memberships(users, groups);
        var permissionSets = new LargePermissionSets(random).generate(counts.permissionSets());
        List<AccountAssignment> assignments = assignments(accounts, users, groups, permissionSets);
        var config = new IdentityCenterConfig(
                new SourceInfo(MANAGEMENT, SOURCE_ORGANIZATION, MANAGEMENT, "us-east-1", null, null, "quillon", null),
                accounts, users, groups, memberships, permissionSets, assignments, accessControl(), applications());

        List<Account> members = accounts.subList(1, accounts.size());
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < members.size() - 1; i++) {
            moved.add(members.get(i).id());
        }
        var source = new ScenarioOrganization(SOURCE_ORGANIZATION, accounts.get(0), null, members);
        var target = new ScenarioOrganization(ConfigScenario.TARGET_ORG,
                new Account("999999999999", "pump-management", "aws-management@pump.example", "ACTIVE"),
                new Account("888888888888", "quillon-identity", "aws-quillon-identity@pump.example", "ACTIVE"),
                List.of(new Account("777777777777", "pump-log-archive", "aws-log-archive@pump.example", "ACTIVE")));
        return new SandboxScenario(source, target, moved, "us-east-1", "eu-west-1", config,
                PolicyPlacement.requiredBy(config), null, IdentityCenterConfig.empty(null), false);
    }

    private List<Account> accounts() {
        var accounts = new ArrayList<Account>(counts.accounts());
        accounts.add(new Account(MANAGEMENT, "quillon-management", "aws-management@" + DOMAIN, "ACTIVE"));
        for (int i = 1; i < counts.accounts(); i++) {
            String team = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)].toLowerCase().replace(' ', '-');
            String name = "quillon-" + team + "-" + ENVIRONMENTS[i % ENVIRONMENTS.length] + "-" + i;
            accounts.add(new Account(String.format("2%011d", i), name, "aws-" + name + "@" + DOMAIN, "ACTIVE"));
        }
        return accounts;
    }

    private List<User> users() {
        var users = new ArrayList<User>(counts.users());
        Office[] offices = Office.values();
        String website = "https://www." + DOMAIN;
        for (int i = 0; i < counts.users(); i++) {
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String[] family = FAMILY[random.nextInt(FAMILY.length)];
            Office office = offices[random.nextInt(offices.length)];
            String handle = given[1] + "." + family[1] + i;
            String userName = handle + "@" + DOMAIN;
            String display = given[0] + " " + family[0];
            List<Photo> photos = random.nextInt(5) == 0
                    ? List.of(new Photo("https://people." + DOMAIN + "/photos/" + handle + ".jpg", "photo",
                            "Portrait of " + display, true))
                    : List.of();
            String birthdate = random.nextInt(3) == 0
                    ? (1960 + random.nextInt(43)) + "-" + twoDigits(1 + random.nextInt(12)) + "-"
                            + twoDigits(1 + random.nextInt(28))
                    : null;
            users.add(new User(userName, display, new Name(display, family[0], given[0], null, null, null),
                    given[0], "https://people." + DOMAIN + "/" + handle,
                    List.of(new Email(userName, "work", true)),
                    List.of(office.address()),
                    List.of(new PhoneNumber(office.phonePrefix + twoDigits(random.nextInt(100)), "work",
                            true)),
                    random.nextInt(10) == 0 ? "Contractor" : "Employee",
                    TITLES[random.nextInt(TITLES.length)], office.language, office.locale, office.timezone,
                    random.nextInt(100) == 0 ? "DISABLED" : "ENABLED",
                    photos, website, birthdate, List.of(), enterprise(i), List.of(), null));
        }
        return users;
    }

    private List<Group> groups() {
        var groups = new ArrayList<Group>(counts.groups());
        for (int i = 0; i < counts.groups(); i++) {
            String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String kind = TEAM_KINDS[random.nextInt(TEAM_KINDS.length)];
            groups.add(new Group(department + " " + kind + " " + (i + 1),
                    kind + " of the " + department + " department", List.of(), null));
        }
        return groups;
    }

    private List<GroupMembership> memberships(List<User> users, List<Group> groups) {
        long[] pairs = distinct(counts.memberships(), (long) users.size() * groups.size());
        var memberships = new ArrayList<GroupMembership>(pairs.length);
        for (long pair : pairs) {
            memberships.add(new GroupMembership(groups.get((int) (pair / users.size())).displayName(),
                    users.get((int) (pair % users.size())).userName(), null));
        }
        return memberships;
    }

    /**
     * The management account gets the first permission set, for the first group; the rest are
     * spread over member accounts, seven in ten to groups.
     */
    private List<AccountAssignment> assignments(List<Account> accounts, List<User> users, List<Group> groups,
                                                List<PermissionSet> sets) {
        int permissionSetCount = sets.size();
        var list = new ArrayList<AccountAssignment>(counts.assignments());
        list.add(new AccountAssignment(MANAGEMENT, sets.get(0).name(), PrincipalType.GROUP, groups.get(0).displayName(),
                null));
        int members = accounts.size() - 1;
        long principals = users.size() + groups.size();
        Set<Long> seen = new HashSet<>(counts.assignments() * 2);
        long[] keys = new long[counts.assignments() - 1];
        int n = 0;
        while (n < keys.length) {
            long account = random.nextInt(members);
            long ps = random.nextInt(permissionSetCount);
            long principal = random.nextInt(10) < 7
                    ? random.nextInt(groups.size())
                    : groups.size() + random.nextInt(users.size());
            long key = (account * permissionSetCount + ps) * principals + principal;
            if (seen.add(key)) {
                keys[n++] = key;
            }
        }
        Arrays.sort(keys);
        for (long key : keys) {
            int principal = (int) (key % principals);
            long rest = key / principals;
            String accountId = accounts.get(1 + (int) (rest / permissionSetCount)).id();
            String psName = sets.get((int) (rest % permissionSetCount)).name();
            list.add(principal < groups.size()
                    ? new AccountAssignment(accountId, psName, PrincipalType.GROUP, groups.get(principal).displayName(),
                            null)
                    : new AccountAssignment(accountId, psName, PrincipalType.USER,
                            users.get(principal - groups.size()).userName(), null));
        }
        return list;
    }

    /** {@code count} distinct numbers below {@code space}, sorted. */
    private long[] distinct(int count, long space) {
        if (space <= 4L * count) {
            // Dense: a partial shuffle of every number.
            int[] all = new int[(int) space];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            long[] picked = new long[count];
            for (int i = 0; i < count; i++) {
                int j = i + random.nextInt(all.length - i);
                int swap = all[i];
                all[i] = all[j];
                all[j] = swap;
                picked[i] = all[i];
            }
            Arrays.sort(picked);
            return picked;
        }
        // Sparse: draw, sort, drop repeats, and draw again for the few that were repeated.
        // Sorting beats a hash set of boxed numbers by far at a few hundred thousand.
        long[] picked = new long[0];
        while (picked.length < count) {
            long[] more = Arrays.copyOf(picked, count);
            for (int i = picked.length; i < count; i++) {
                more[i] = (long) (random.nextDouble() * space);
            }
            Arrays.sort(more);
            int unique = 0;
            for (int i = 0; i < more.length; i++) {
                if (i == 0 || more[i] != more[i - 1]) {
                    more[unique++] = more[i];
                }
            }
            picked = Arrays.copyOf(more, unique);
        }
        return picked;
    }

    /**
     * What the data's ABAC attributes read (department and cost center), from the user's place in
     * the list: no random draw, so that a seed gives the same people as before they had it. No
     * managers: a benchmark import makes as many requests as before.
     */
    private static EnterpriseExtension enterprise(int i) {
        String department = DEPARTMENTS[i % DEPARTMENTS.length];
        return new EnterpriseExtension(null, "CC-" + (1000 + i % DEPARTMENTS.length), null, null, department, null);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static AccessControlConfiguration accessControl() {
        return new AccessControlConfiguration("ENABLED", null, List.of(
                new AccessControlAttribute("Department", List.of("${path:enterprise.department}")),
                new AccessControlAttribute("CostCenter", List.of("${path:enterprise.costCenter}"))));
    }

    private static List<Application> applications() {
        return List.of(
                new Application(null, "Quillon-Portal", "Employee portal", "ENABLED", MANAGEMENT,
                        "arn:aws:sso::aws:applicationProvider/custom-saml", "ENABLED", "APPLICATION",
                        "https://portal.quillon.example/sso", "2022-02-14T08:00:00Z"),
                new Application(null, "Quillon-Metrics", "Operations metrics", "ENABLED", MANAGEMENT,
                        "arn:aws:sso::aws:applicationProvider/custom", "ENABLED", "IDENTITY_CENTER", null,
                        "2022-09-30T12:30:00Z"));
    }
}
