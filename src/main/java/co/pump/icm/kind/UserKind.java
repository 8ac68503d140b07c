package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

/** Identity Store users, keyed by user name regardless of case. */
public final class UserKind implements MigratedKind<String, User> {

    /**
     * Everything CreateUser accepts except the user name, which IAM Identity Center keeps fixed
     * once a user exists. External IDs come from an identity provider through SCIM, and no API
     * sets the user status (docs/aws-behaviour.md, "Identity Store users"), so neither is here.
     */
    public static final Set<String> SETTABLE_FIELDS = Set.of("displayName", "name", "nickName",
            "profileUrl", "emails", "addresses", "phoneNumbers", "userType", "title", "preferredLanguage", "locale",
            "timezone", "photos", "website", "birthdate", "roles", "enterprise");

    private static final UserManager MANAGER = new UserManager();

    private static final KeyRules<String, User> KEYS = new KeyRules<>("user", User::userName, Keys::fold,
            Comparator.naturalOrder(), Keys::quote, "a user without a user name",
            "user names are unique regardless of case");

    UserKind() {
    }

    @Override
    public Category category() {
        return Category.USERS;
    }

    @Override
    public Class<User> type() {
        return User.class;
    }

    @Override
    public String noun() {
        return "user";
    }

    @Override
    public String optionName() {
        return "users";
    }

    @Override
    public List<User> items(IdentityCenterConfig config) {
        return config.users();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<User> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), items, c.groups(), c.memberships(),
                c.permissionSets(), c.assignments(), c.accessControl(), c.applications(), c.more());
    }

    @Override
    public KeyRules<String, User> keys() {
        return KEYS;
    }

    @Override
    public String changeId(User item) {
        return "user:" + item.userName();
    }

    @Override
    public String label(User item) {
        return item.userName();
    }

    @Override
    public String name(User item) {
        return item.userName();
    }

    @Override
    public boolean namesIgnoreCase() {
        return true;
    }

    /** A user may name another user as its manager. */
    @Override
    public List<Category> refersTo() {
        return List.of(Category.USERS);
    }

    @Override
    public List<Reference> references(User item) {
        Reference manager = UserManager.of(item);
        return manager == null ? List.of() : List.of(manager);
    }

    @Override
    public Origin origin(User item) {
        return item.origin();
    }

    @Override
    public User withOrigin(User u, Origin origin) {
        return new User(u.userName(), u.displayName(), u.name(), u.nickName(), u.profileUrl(), u.emails(),
                u.addresses(), u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(), u.locale(),
                u.timezone(), u.userStatus(), u.photos(), u.website(), u.birthdate(), u.roles(), u.enterprise(),
                u.externalIds(), origin);
    }

    @Override
    public CategoryComparison<String, User> compare(List<User> left, List<User> right, CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    @Override
    public List<FieldChange> diff(User left, User right) {
        return UserFields.diff(left, right);
    }

    // ---- The snapshot file

    @Override
    public String section() {
        return "users";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<User> order() {
        return Comparator.comparing(User::userName, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Override
    public User canonical(User item) {
        return item;
    }

    @Override
    public void validate(List<User> items, Places places, Names names) {
        var seen = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            User user = items.get(i);
            Checks item = places.item(i, user::userName);
            IdentityRules.user(user, item);
            Reference manager = UserManager.of(user);
            if (manager != null) {
                names.check(item, manager);
            }
            if (user.userName() == null) {
                continue;
            }
            // Identity Center treats user names case-insensitively: "Alice" and "alice" are one user.
            Integer earlier = seen.putIfAbsent(Keys.fold(user.userName()), i);
            if (earlier != null) {
                item.add("duplicate userName: " + places.path(earlier) + " has "
                        + Checks.quote(items.get(earlier).userName()) + " (user names are unique regardless of case)");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("userName");
    }

    @Override
    public Csv<User> csv() {
        return new Csv<>("users.csv", "users", List.of("userName", "displayName", "givenName", "middleName",
                "familyName", "formattedName", "honorificPrefix", "honorificSuffix", "nickName", "emails",
                "phoneNumbers", "addresses", "title", "userType", "preferredLanguage", "locale", "timezone",
                "userStatus", "profileUrl", "website", "birthdate", "photos", "groups", "externalIds", "userId",
                "createdAt", "updatedAt",
                // Newer attributes come last, so that the columns of earlier files keep their places.
                "role", "employeeNumber", "costCenter", "organization", "division", "department", "manager"),
                UserText::csvRow);
    }

    @Override
    public Count count(List<User> items) {
        return new Count("Users", "users", items.size());
    }

    // ---- Planning

    @Override
    public Blocked createBlocked(User user, Planning planning) {
        if (planning.identitiesFromProvider()) {
            return Blocked.skip("not provisioned by your identity provider yet");
        }
        if (isDisabled(user) && !planning.includeDisabledUsers()) {
            // AWS's API creates users enabled and cannot disable one (docs/aws-behaviour.md,
            // "Identity Store users"): created, the user could sign in again.
            return new Blocked(false, DISABLED_SKIPPED, "it is disabled in the source and not created");
        }
        if (Reserved.isReserved(user.userName())) {
            return Blocked.conflict("AWS reserves the user name " + user.userName()
                    + "; rename the user in the source first", "its name is reserved by AWS");
        }
        return null;
    }

    @Override
    public void planned(User user, String changeId, boolean created, Planning planning) {
        if (created && isDisabled(user)) {
            planning.warn(changeId, "User " + user.userName() + " is disabled in the source, and AWS's API creates "
                    + "users enabled: disable the user in the IAM Identity Center console right after the import.");
        }
    }

    /** The reason a user disabled in the source is not created, unless disabled users are included. */
    public static final String DISABLED_SKIPPED = "disabled in the source: AWS's API cannot create a disabled user, "
            + "so it is not created (include disabled users to create it enabled, then disable it in the console)";

    /** True when the user is disabled in the instance it was read from. */
    public static boolean isDisabled(User user) {
        return "DISABLED".equals(user.userStatus());
    }

    @Override
    public Set<String> settableFields() {
        return SETTABLE_FIELDS;
    }

    @Override
    public String updateSkipped(User desired, Planning planning) {
        return planning.identitiesFromProvider() ? "managed by your identity provider; the import does not change it" : null;
    }

    @Override
    public String updateConflict(User desired, Planning planning) {
        return null;
    }

    @Override
    public boolean keptWhenAbsent(User current, Planning planning) {
        return planning.identitiesFromProvider();
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.IDENTITY_STORE;
    }

    @Override
    public String idName() {
        return "userId";
    }

    @Override
    public Map<String, String> create(User user, Resolved ids, InstanceWriter writer) {
        return Map.of("userId", writer.createUser(user));
    }

    @Override
    public Map<String, String> update(User desired, User current, List<FieldChange> fields, Resolved ids,
                                      InstanceWriter writer, IdentityCenterConfig target) {
        String id = current.origin().id();
        // A new manager is set afterwards, once that person exists (UserManager).
        boolean managerLater = !MANAGER.of(desired, current).isEmpty();
        List<String> paths = fields.stream().map(FieldChange::path)
                .filter(path -> !(managerLater && path.equals(UserManager.FIELD))).toList();
        if (!paths.isEmpty()) {
            writer.updateUser(id, desired, paths);
        }
        return Map.of("userId", id);
    }

    @Override
    public Map<String, String> delete(User current, Resolved ids, InstanceWriter writer) {
        writer.deleteUser(current.origin().id(), current.userName());
        return Map.of("userId", current.origin().id());
    }

    @Override
    public LaterReferences<User> laterReferences() {
        return MANAGER;
    }

    // ---- Undoing

    /**
     * icm creates users with the attributes CreateUser takes and updates them field by field;
     * external IDs come only from an identity provider, and AWS creates users enabled.
     */
    @Override
    public User leftByRun(User before, User after, User current, Set<String> f) {
        if (before == null) {
            String status = current == null || current.userStatus() == null ? null : "ENABLED";
            return new User(after.userName(), after.displayName(), after.name(), after.nickName(), after.profileUrl(),
                    after.emails(), after.addresses(), after.phoneNumbers(), after.userType(), after.title(),
                    after.preferredLanguage(), after.locale(), after.timezone(), status, after.photos(),
                    after.website(), after.birthdate(), after.roles(), after.enterprise(), List.of(), null);
        }
        User b = before;
        return new User(b.userName(),
                f.contains("displayName") ? after.displayName() : b.displayName(),
                f.contains("name") ? after.name() : b.name(),
                f.contains("nickName") ? after.nickName() : b.nickName(),
                f.contains("profileUrl") ? after.profileUrl() : b.profileUrl(),
                f.contains("emails") ? after.emails() : b.emails(),
                f.contains("addresses") ? after.addresses() : b.addresses(),
                f.contains("phoneNumbers") ? after.phoneNumbers() : b.phoneNumbers(),
                f.contains("userType") ? after.userType() : b.userType(),
                f.contains("title") ? after.title() : b.title(),
                f.contains("preferredLanguage") ? after.preferredLanguage() : b.preferredLanguage(),
                f.contains("locale") ? after.locale() : b.locale(),
                f.contains("timezone") ? after.timezone() : b.timezone(),
                b.userStatus(),
                f.contains("photos") ? after.photos() : b.photos(),
                f.contains("website") ? after.website() : b.website(),
                f.contains("birthdate") ? after.birthdate() : b.birthdate(),
                f.contains("roles") ? after.roles() : b.roles(),
                f.contains("enterprise") ? after.enterprise() : b.enterprise(),
                b.externalIds(), b.origin());
    }

    /** A user with a manager is written in two requests: the user, then its manager (UserManager). */
    @Override
    public User partlyCreated(User after) {
        return after.manager() == null ? null : after.withManager(null);
    }

    @Override
    public String replacedSinceRun(User now, Map<String, String> ids, Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(User item, Category referred) {
        return MANAGER_OF + item.userName();
    }

    private static final String MANAGER_OF = "the manager of ";

    @Override
    public String deleteConflict(User item, List<List<String>> kept) {
        List<String> all = Guards.flat(kept);
        List<String> reports = all.stream().filter(s -> s.startsWith(MANAGER_OF)).toList();
        List<String> picked = all.stream().filter(s -> !s.startsWith(MANAGER_OF)).toList();
        if (!picked.isEmpty()) {
            return "it has picked up group memberships or access since the run (" + Guards.shown(picked)
                    + "); deleting the user would remove them too. Remove them first, or keep the user";
        }
        return reports.isEmpty() ? null : "it is " + Guards.shown(reports) + (reports.size() == 1 ? ", who stays" :
                ", who stay") + "; deleting the user would "
                + "leave a manager who does not exist. Give them another manager first, or keep the user";
    }

    @Override
    public String objectionToDelete(User u, InstanceLookup lookup, Function<String, String> names) {
        String id = Guards.id(u.origin());
        return Guards.unchanged(lookup.user(id), u.origin())
                ? Guards.stillUsed("user", lookup.groupsOf(id), lookup.assignmentsOf(PrincipalType.USER, id), names)
                : Guards.changed("user");
    }

    @Override
    public String objectionToRestore(User current, InstanceLookup lookup) {
        return Guards.unchanged(lookup.user(Guards.id(current.origin())), current.origin()) ? null
                : Guards.changed("user");
    }

    @Override
    public String objectionToCreate(User item, InstanceLookup lookup) {
        return lookup.userId(item.userName()) != null
                ? "a user named " + item.userName() + " exists again" + Guards.SINCE_PLANNED : null;
    }

    // ---- On screen

    @Override
    public String summary(User user) {
        return user.displayName() == null ? "" : user.displayName();
    }

    @Override
    public String searchText(User user, Related related) {
        String label = label(user);
        String email = user.primaryEmail();
        var text = new StringBuilder(label);
        if (user.displayName() != null && !user.displayName().equals(label)) {
            text.append(' ').append(user.displayName());
        }
        if (email != null && !email.equalsIgnoreCase(label)) {
            text.append(' ').append(email);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Fact> facts(User u, Related related) {
        return new Facts()
                .add("User name", u.userName())
                .add("Display name", u.displayName())
                .add("Name", UserText.name(u.name()))
                .add("Emails", Facts.lines(u.emails(), e -> e.value() + (Boolean.TRUE.equals(e.primary()) ? "  (primary)" : "")))
                .add("Phone numbers", Facts.lines(u.phoneNumbers(), p -> p.value() + (p.type() == null ? "" : "  (" + p.type() + ")")))
                .add("Title", u.title())
                .add("User type", u.userType())
                .add("Locale", u.locale())
                .add("Time zone", u.timezone())
                .add("Status", u.userStatus())
                .add("Role", UserText.role(u))
                .addAll(UserText.enterprise(u))
                .add("Direct reports", UserText.limited(reportsOf(u, related)))
                .add("Groups", UserText.limited(groupsOf(u, related)))
                .list();
    }

    @Override
    public String document(User item) {
        return null;
    }

    @Override
    public Table<User> table(List<User> items, Supplier<Related> related) {
        return new Table<>("Users", section(), items, List.of(
                text("User name", User::userName, 230),
                text("Display name", User::displayName, 200),
                text("Email", User::primaryEmail, 260),
                text("Status", User::userStatus, 110)),
                u -> Keys.search(u.userName(), u.displayName(), u.primaryEmail(), u.userStatus(), u.title(),
                        u.enterprise() == null ? null : u.enterprise().department()),
                u -> new Detail(u.userName(), UserText.detail(u, String.join(", ", groupsOf(u, related.get())),
                        String.join(", ", reportsOf(u, related.get()))), null));
    }

    /** The users the configuration gives this user as their manager. */
    static List<String> reportsOf(User user, Related related) {
        return related.referring(Kinds.USERS, Category.USERS, user.userName()).stream().map(User::userName).toList();
    }

    /** The groups the configuration puts the user in. */
    static List<String> groupsOf(User user, Related related) {
        return related.referring(Kinds.MEMBERSHIPS, Category.USERS, user.userName()).stream()
                .map(GroupMembership::groupName).toList();
    }

    /** The user name parts, as a person reads them. */
    static String name(Name n) {
        return UserText.name(n);
    }
}
