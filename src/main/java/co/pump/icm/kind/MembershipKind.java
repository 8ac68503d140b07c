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
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.GroupMembership.MembershipKey;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/** A user's membership of a group, by group display name and user name; it has no fields of its own. */
public final class MembershipKind implements LinkKind<MembershipKey, GroupMembership> {

    private static final KeyRules<MembershipKey, GroupMembership> KEYS = new KeyRules<>("membership of",
            (GroupMembership m) -> m.groupName() == null || m.userName() == null ? null : m.key(),
            key -> Keys.sameIfFolded(key, key.userName(), folded -> new MembershipKey(key.groupName(), folded)),
            Comparator.<MembershipKey>naturalOrder(),
            key -> Keys.quote(key.userName()) + " in group " + Keys.quote(key.groupName()),
            "a group membership without a group name or user name",
            "a user is a member of a group once (user names are compared regardless of case)");

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    MembershipKind() {
    }

    @Override
    public Category category() {
        return Category.MEMBERSHIPS;
    }

    @Override
    public Class<GroupMembership> type() {
        return GroupMembership.class;
    }

    @Override
    public String noun() {
        return "membership";
    }

    @Override
    public String optionName() {
        return "memberships";
    }

    @Override
    public List<GroupMembership> items(IdentityCenterConfig config) {
        return config.memberships();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<GroupMembership> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), items, c.permissionSets(),
                c.assignments(), c.accessControl(), c.applications(), c.more());
    }

    @Override
    public KeyRules<MembershipKey, GroupMembership> keys() {
        return KEYS;
    }

    @Override
    public String changeId(GroupMembership m) {
        return "membership:" + m.groupName() + "/" + m.userName();
    }

    @Override
    public String label(GroupMembership m) {
        return m.key().toString();
    }

    @Override
    public List<Category> refersTo() {
        return List.of(Category.GROUPS, Category.USERS);
    }

    /** Its user, then its group. */
    @Override
    public List<Reference> references(GroupMembership m) {
        return List.of(user(m), group(m));
    }

    private static Reference user(GroupMembership m) {
        return new Reference(Category.USERS, "userName", m.userName());
    }

    private static Reference group(GroupMembership m) {
        return new Reference(Category.GROUPS, "groupName", m.groupName());
    }

    @Override
    public Origin origin(GroupMembership item) {
        return item.origin();
    }

    @Override
    public GroupMembership withOrigin(GroupMembership m, Origin origin) {
        return new GroupMembership(m.groupName(), m.userName(), origin);
    }

    @Override
    public CategoryComparison<MembershipKey, GroupMembership> compare(List<GroupMembership> left,
                                                                      List<GroupMembership> right,
                                                                      CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    @Override
    public List<FieldChange> diff(GroupMembership left, GroupMembership right) {
        return List.of();
    }

    @Override
    public String section() {
        return "memberships";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<GroupMembership> order() {
        return Comparator.comparing(GroupMembership::groupName, TEXT).thenComparing(GroupMembership::userName, TEXT);
    }

    @Override
    public GroupMembership canonical(GroupMembership item) {
        return item;
    }

    @Override
    public void validate(List<GroupMembership> items, Places places, Names names) {
        Map<MembershipKey, Integer> seen = Keys.sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            GroupMembership membership = items.get(i);
            Checks item = places.item(i, () -> Keys.join(membership.groupName(), membership.userName()));
            boolean group = item.required("groupName", membership.groupName()) && names.check(item, group(membership));
            boolean user = item.required("userName", membership.userName()) && names.check(item, user(membership));
            if (group && user) {
                Integer earlier = seen.putIfAbsent(membership.key(), i);
                if (earlier != null) {
                    item.add("duplicate membership: " + places.path(earlier) + " is the same");
                }
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return Keys.join(field.apply("groupName"), field.apply("userName"));
    }

    @Override
    public Csv<GroupMembership> csv() {
        return new Csv<>("memberships.csv", "memberships", List.of("groupName", "userName", "membershipId"),
                (m, related) -> java.util.Arrays.asList(m.groupName(), m.userName(), CsvCells.origin(m.origin()).id()));
    }

    @Override
    public Count count(List<GroupMembership> items) {
        return new Count("Memberships", "memberships", items.size());
    }

    // ---- Planning

    @Override
    public Blocked createBlocked(GroupMembership m, Planning planning) {
        // The group is named first, as in the file.
        for (Reference reference : List.of(group(m), user(m))) {
            String missing = planning.missing(reference);
            if (missing != null) {
                return Blocked.skip(missing);
            }
        }
        if (planning.identitiesFromProvider() && planning.isProvisionedByIdentityProvider(m.groupName())) {
            return Blocked.skip("group " + m.groupName() + " is managed by your identity provider: add "
                    + m.userName() + " to it there");
        }
        return null;
    }

    @Override
    public void planned(GroupMembership item, String changeId, boolean created, Planning planning) {
    }

    /** A group an identity provider owns gets its members from there. */
    @Override
    public boolean keptWhenAbsent(GroupMembership m, Planning planning) {
        return planning.identitiesFromProvider() && planning.isProvisionedByIdentityProvider(m.groupName());
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.IDENTITY_STORE;
    }

    @Override
    public String idName() {
        return "membershipId";
    }

    @Override
    public Map<String, String> create(GroupMembership m, Resolved ids, InstanceWriter writer) {
        return Map.of("membershipId", writer.createMembership(ids.id(group(m)), ids.id(user(m)), label(m)));
    }

    @Override
    public Map<String, String> delete(GroupMembership current, Resolved ids, InstanceWriter writer) {
        writer.deleteMembership(current.origin().id(), label(current));
        return Map.of("membershipId", current.origin().id());
    }

    // ---- Undoing

    @Override
    public String replacedSinceRun(GroupMembership now, Map<String, String> ids,
                                   Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(GroupMembership m, Category referred) {
        return referred == Category.USERS ? "group " + m.groupName() : "member " + m.userName();
    }

    // ---- On screen

    @Override
    public String summary(GroupMembership item) {
        return "";
    }

    @Override
    public String searchText(GroupMembership item, Related related) {
        return label(item).toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Fact> facts(GroupMembership m, Related related) {
        return new Facts().add("Group", m.groupName()).add("User", m.userName()).list();
    }

    @Override
    public String document(GroupMembership item) {
        return null;
    }

    @Override
    public Table<GroupMembership> table(List<GroupMembership> items, Supplier<Related> related) {
        return new Table<>("Memberships", section(), items, List.of(
                text("Group", GroupMembership::groupName, 260),
                text("User", GroupMembership::userName, 300)),
                m -> Keys.search(m.groupName(), m.userName()),
                m -> new Detail(m.groupName() + " ∋ " + m.userName(), new Facts().add("Group", m.groupName())
                        .add("User", m.userName())
                        .add("ID in the source", m.origin() == null ? null : m.origin().id()).list(), null));
    }
}
