package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.AccountAssignment.AssignmentKey;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;

/**
 * Access for a user or group to an AWS account through a permission set: by account ID,
 * permission set name, principal type and principal name. AWS makes and removes one
 * asynchronously, one at a time per account.
 */
public final class AssignmentKind implements LinkKind<AssignmentKey, AccountAssignment>,
        AccountRequestKind<AssignmentKey, AccountAssignment> {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    private static final KeyRules<AssignmentKey, AccountAssignment> KEYS = new KeyRules<>("assignment",
            (AccountAssignment a) -> a.accountId() == null || a.permissionSetName() == null || a.principalType() == null
                    || a.principalName() == null ? null : a.key(),
            key -> key.principalType() != PrincipalType.USER ? key
                    : Keys.sameIfFolded(key, key.principalName(), folded -> new AssignmentKey(key.accountId(),
                    key.permissionSetName(), key.principalType(), folded)),
            Comparator.<AssignmentKey>naturalOrder(),
            AssignmentKey::toString,
            "an account assignment without an account ID, permission set name, principal type or principal name",
            "an assignment is listed once (user names are compared regardless of case)");

    AssignmentKind() {
    }

    @Override
    public Category category() {
        return Category.ASSIGNMENTS;
    }

    @Override
    public Class<AccountAssignment> type() {
        return AccountAssignment.class;
    }

    @Override
    public String noun() {
        return "assignment";
    }

    @Override
    public String optionName() {
        return "assignments";
    }

    @Override
    public List<AccountAssignment> items(IdentityCenterConfig config) {
        return config.assignments();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<AccountAssignment> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), c.memberships(),
                c.permissionSets(), items, c.accessControl(), c.applications(), c.more());
    }

    @Override
    public KeyRules<AssignmentKey, AccountAssignment> keys() {
        return KEYS;
    }

    @Override
    public String changeId(AccountAssignment a) {
        return "assignment:" + a.accountId() + "/" + a.permissionSetName() + "/" + a.principalType() + "/"
                + a.principalName();
    }

    @Override
    public String label(AccountAssignment a) {
        return a.key().toString();
    }

    @Override
    public List<Category> refersTo() {
        return List.of(Category.PERMISSION_SETS, Category.USERS, Category.GROUPS);
    }

    /** Its permission set, then its principal (when the principal's type is known). */
    @Override
    public List<Reference> references(AccountAssignment a) {
        var permissionSet = new Reference(Category.PERMISSION_SETS, "permissionSetName", a.permissionSetName());
        if (a.principalType() == null) {
            return List.of(permissionSet);
        }
        return List.of(permissionSet, principal(a));
    }

    private static Reference principal(AccountAssignment a) {
        return new Reference(a.principalType() == PrincipalType.USER ? Category.USERS : Category.GROUPS,
                "principalName", a.principalName());
    }

    @Override
    public Origin origin(AccountAssignment item) {
        return item.origin();
    }

    @Override
    public AccountAssignment withOrigin(AccountAssignment a, Origin origin) {
        return new AccountAssignment(a.accountId(), a.permissionSetName(), a.principalType(), a.principalName(), origin);
    }

    @Override
    public CategoryComparison<AssignmentKey, AccountAssignment> compare(List<AccountAssignment> left,
                                                                        List<AccountAssignment> right,
                                                                        CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    @Override
    public List<FieldChange> diff(AccountAssignment left, AccountAssignment right) {
        return List.of();
    }

    @Override
    public String section() {
        return "assignments";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    /** The same order as {@link AssignmentKey#compareTo}, but safe for missing fields. */
    @Override
    public Comparator<AccountAssignment> order() {
        return Comparator.comparing(AccountAssignment::accountId, TEXT)
                .thenComparing(AccountAssignment::permissionSetName, TEXT)
                .thenComparing(AccountAssignment::principalType, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(AccountAssignment::principalName, TEXT);
    }

    @Override
    public AccountAssignment canonical(AccountAssignment item) {
        return item;
    }

    @Override
    public void validate(List<AccountAssignment> items, Places places, Names names) {
        Map<AssignmentKey, Integer> seen = Keys.sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            AccountAssignment a = items.get(i);
            Checks item = places.item(i, () -> Keys.join(a.accountId(), a.permissionSetName(),
                    Keys.principal(a.principalType() == null ? null : a.principalType().name(), a.principalName())));
            boolean complete = Keys.accountId(item, "accountId", a.accountId());
            complete &= item.required("permissionSetName", a.permissionSetName())
                    && names.check(item, references(a).get(0));
            if (a.principalType() == null) {
                item.add("principalType is missing (USER or GROUP)");
                complete = false;
            }
            complete &= item.required("principalName", a.principalName())
                    && a.principalType() != null && names.check(item, principal(a));
            if (complete) {
                Integer earlier = seen.putIfAbsent(a.key(), i);
                if (earlier != null) {
                    item.add("duplicate assignment: " + places.path(earlier) + " is the same");
                }
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return Keys.join(field.apply("accountId"), field.apply("permissionSetName"),
                Keys.principal(field.apply("principalType"), field.apply("principalName")));
    }

    @Override
    public Csv<AccountAssignment> csv() {
        return new Csv<>("assignments.csv", "assignments", List.of("accountId", "accountName", "permissionSetName",
                "principalType", "principalName"), (a, related) -> java.util.Arrays.asList(a.accountId(),
                related.accountName(a.accountId()), a.permissionSetName(),
                a.principalType() == null ? null : a.principalType().name(), a.principalName()));
    }

    @Override
    public Count count(List<AccountAssignment> items) {
        return new Count("Assignments", "assignments", items.size());
    }

    // ---- Planning

    @Override
    public Blocked createBlocked(AccountAssignment a, Planning planning) {
        String blocked = planning.accountProblem(a.accountId());
        if (blocked != null && a.accountId().equals(planning.sourceManagementAccountId())) {
            blocked = "account " + a.accountId() + " is the current organization's management account, which does "
                    + "not move to the new organization";
        }
        for (int i = 0; blocked == null && i < references(a).size(); i++) {
            blocked = planning.missing(references(a).get(i));
        }
        return blocked == null ? null : Blocked.skip(blocked);
    }

    @Override
    public void planned(AccountAssignment item, String changeId, boolean created, Planning planning) {
    }

    /** A delegated administrator cannot touch the management account. */
    @Override
    public boolean keptWhenAbsent(AccountAssignment a, Planning planning) {
        return a.accountId().equals(planning.managementAccountId()) && !planning.callerIsManagement();
    }

    // ---- Writing

    @Override
    public String account(AccountAssignment item) {
        return item.accountId();
    }

    @Override
    public String idName() {
        return null;
    }

    @Override
    public Map<String, String> create(AccountAssignment a, Resolved ids, InstanceWriter writer) {
        String arn = ids.id(references(a).get(0));
        String principal = ids.id(principal(a));
        writer.createAssignment(a.accountId(), arn, a.principalType(), principal, label(a));
        return Map.of("accountId", a.accountId(), "permissionSetArn", arn, "principalId", principal);
    }

    @Override
    public Map<String, String> delete(AccountAssignment a, Resolved ids, InstanceWriter writer) {
        String arn = ids.id(references(a).get(0));
        String principal = ids.id(principal(a));
        writer.deleteAssignment(a.accountId(), arn, a.principalType(), principal, label(a));
        return Map.of("accountId", a.accountId(), "permissionSetArn", arn, "principalId", principal);
    }

    // ---- Undoing

    /** Its principal or permission set was deleted and created again since the run (new IDs). */
    @Override
    public String replacedSinceRun(AccountAssignment now, Map<String, String> ids,
                                   Function<Reference, Object> referenced) {
        String principal = ids.get("principalId");
        if (principal != null && now.origin() != null && !principal.equals(now.origin().id())) {
            return "replaced since the run: its " + now.principalType().name().toLowerCase(Locale.ROOT) + " "
                    + now.principalName() + " was deleted and created again";
        }
        String arn = ids.get("permissionSetArn");
        if (referenced.apply(references(now).get(0)) instanceof PermissionSet set && arn != null
                && set.origin() != null && !arn.equals(set.origin().id())) {
            return "replaced since the run: its permission set " + set.name() + " was deleted and created again";
        }
        return null;
    }

    @Override
    public String asReferrer(AccountAssignment a, Category referred) {
        return referred == Category.PERMISSION_SETS ? a.key().toString() : "access to " + a.key();
    }

    // ---- On screen

    @Override
    public String summary(AccountAssignment item) {
        return "";
    }

    @Override
    public String searchText(AccountAssignment a, Related related) {
        String name = related.accountName(a.accountId());
        String label = label(a);
        return (name == null ? label : label + " " + name).toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Fact> facts(AccountAssignment a, Related related) {
        return new Facts().add("Account", related.account(a.accountId()))
                .add("Permission set", a.permissionSetName())
                .add(a.principalType() == null ? "Principal"
                        : a.principalType().name().charAt(0) + a.principalType().name().substring(1)
                        .toLowerCase(Locale.ROOT), a.principalName())
                .list();
    }

    @Override
    public String document(AccountAssignment item) {
        return null;
    }

    @Override
    public Table<AccountAssignment> table(List<AccountAssignment> items, Supplier<Related> related) {
        return new Table<>("Assignments", section(), items, List.of(
                text("Account", a -> related.get().account(a.accountId()), 260),
                text("Permission set", AccountAssignment::permissionSetName, 210),
                text("Type", a -> a.principalType() == null ? "" : a.principalType().name(), 80),
                text("Principal", AccountAssignment::principalName, 260)),
                a -> Keys.search(a.accountId(), a.permissionSetName(),
                        a.principalType() == null ? null : a.principalType().name(), a.principalName()),
                a -> new Detail(String.valueOf(a.key()), new Facts()
                        .add("Account", related.get().account(a.accountId()))
                        .add("Permission set", a.permissionSetName())
                        .add("Principal type", a.principalType() == null ? null : a.principalType().name())
                        .add("Principal", a.principalName())
                        .add("Principal ID in the source", a.origin() == null ? null : a.origin().id())
                        .list(), null));
    }
}
