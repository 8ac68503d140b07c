package co.pump.icm.kind;

import static co.pump.icm.kind.Column.number;
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
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PrincipalType;

/** Identity Store groups, keyed by display name (exactly). */
public final class GroupKind implements MigratedKind<String, Group> {

    private static final KeyRules<String, Group> KEYS = new KeyRules<>("group", Group::displayName, name -> name,
            Comparator.naturalOrder(), Keys::quote, "a group without a display name", "group display names are unique");

    GroupKind() {
    }

    @Override
    public Category category() {
        return Category.GROUPS;
    }

    @Override
    public Class<Group> type() {
        return Group.class;
    }

    @Override
    public String noun() {
        return "group";
    }

    @Override
    public String optionName() {
        return "groups";
    }

    @Override
    public List<Group> items(IdentityCenterConfig config) {
        return config.groups();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<Group> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), items, c.memberships(),
                c.permissionSets(), c.assignments(), c.accessControl(), c.applications(), c.more());
    }

    @Override
    public KeyRules<String, Group> keys() {
        return KEYS;
    }

    @Override
    public String changeId(Group item) {
        return "group:" + item.displayName();
    }

    @Override
    public String label(Group item) {
        return item.displayName();
    }

    @Override
    public String name(Group item) {
        return item.displayName();
    }

    @Override
    public boolean namesIgnoreCase() {
        return false;
    }

    @Override
    public List<Category> refersTo() {
        return List.of();
    }

    @Override
    public List<Reference> references(Group item) {
        return List.of();
    }

    @Override
    public Origin origin(Group item) {
        return item.origin();
    }

    @Override
    public Group withOrigin(Group g, Origin origin) {
        return new Group(g.displayName(), g.description(), g.externalIds(), origin);
    }

    @Override
    public CategoryComparison<String, Group> compare(List<Group> left, List<Group> right, CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    /** Description and external IDs; {@code origin} is never compared. */
    @Override
    public List<FieldChange> diff(Group left, Group right) {
        return GroupFields.diff(left, right);
    }

    @Override
    public String section() {
        return "groups";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<Group> order() {
        return Comparator.comparing(Group::displayName, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Override
    public Group canonical(Group item) {
        return item;
    }

    @Override
    public void validate(List<Group> items, Places places, Names names) {
        var seen = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            Group group = items.get(i);
            Checks item = places.item(i, group::displayName);
            IdentityRules.group(group, item);
            if (group.displayName() != null) {
                Keys.unique(item, places, seen, group.displayName(), i, "displayName");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("displayName");
    }

    @Override
    public Csv<Group> csv() {
        return new Csv<>("groups.csv", "groups", List.of("displayName", "description", "members", "externalIds",
                "groupId"), (g, related) -> java.util.Arrays.asList(g.displayName(), g.description(),
                String.valueOf(members(g, related)), CsvCells.join(g.externalIds(), CsvCells::externalId),
                CsvCells.origin(g.origin()).id()));
    }

    @Override
    public Count count(List<Group> items) {
        return new Count("Groups", "groups", items.size());
    }

    // ---- Planning

    @Override
    public Blocked createBlocked(Group group, Planning planning) {
        if (planning.identitiesFromProvider()) {
            return Blocked.skip("not provisioned by your identity provider yet");
        }
        if (Reserved.isReserved(group.displayName())) {
            return Blocked.conflict("AWS reserves the group name " + group.displayName()
                    + "; rename the group in the source first", "its name is reserved by AWS");
        }
        return null;
    }

    @Override
    public void planned(Group item, String changeId, boolean created, Planning planning) {
    }

    /** UpdateGroup can change the description; the display name is the key. */
    @Override
    public Set<String> settableFields() {
        return Set.of("description");
    }

    @Override
    public String updateSkipped(Group desired, Planning planning) {
        return planning.identitiesFromProvider() ? "managed by your identity provider; the import does not change it" : null;
    }

    @Override
    public String updateConflict(Group desired, Planning planning) {
        return null;
    }

    @Override
    public boolean keptWhenAbsent(Group current, Planning planning) {
        return planning.identitiesFromProvider();
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.IDENTITY_STORE;
    }

    @Override
    public String idName() {
        return "groupId";
    }

    @Override
    public Map<String, String> create(Group group, Resolved ids, InstanceWriter writer) {
        return Map.of("groupId", writer.createGroup(group));
    }

    @Override
    public Map<String, String> update(Group desired, Group current, List<FieldChange> fields, Resolved ids,
                                      InstanceWriter writer, IdentityCenterConfig target) {
        String id = current.origin().id();
        writer.updateGroupDescription(id, desired);
        return Map.of("groupId", id);
    }

    @Override
    public Map<String, String> delete(Group current, Resolved ids, InstanceWriter writer) {
        writer.deleteGroup(current.origin().id(), current.displayName());
        return Map.of("groupId", current.origin().id());
    }

    // ---- Undoing

    /** icm writes a group's display name (on create) and description, nothing else. */
    @Override
    public Group leftByRun(Group before, Group after, Group current, Set<String> fields) {
        if (before == null) {
            return new Group(after.displayName(), after.description(), List.of(), null);
        }
        return new Group(before.displayName(), after.description(), before.externalIds(), before.origin());
    }

    @Override
    public Group partlyCreated(Group after) {
        return null;
    }

    @Override
    public String replacedSinceRun(Group now, Map<String, String> ids, Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(Group item, Category referred) {
        return item.displayName();
    }

    @Override
    public String deleteConflict(Group item, List<List<String>> kept) {
        List<String> picked = Guards.flat(kept);
        return picked.isEmpty() ? null : "it has picked up members or access since the run (" + Guards.shown(picked)
                + "); deleting the group would remove them too. Remove them first, or keep the group";
    }

    @Override
    public String objectionToDelete(Group g, InstanceLookup lookup, Function<String, String> names) {
        String id = Guards.id(g.origin());
        return Guards.unchanged(lookup.group(id), g.origin())
                ? Guards.stillUsed("group", lookup.membersOf(id), lookup.assignmentsOf(PrincipalType.GROUP, id), names)
                : Guards.changed("group");
    }

    @Override
    public String objectionToRestore(Group current, InstanceLookup lookup) {
        return Guards.unchanged(lookup.group(Guards.id(current.origin())), current.origin()) ? null
                : Guards.changed("group");
    }

    @Override
    public String objectionToCreate(Group item, InstanceLookup lookup) {
        return lookup.groupId(item.displayName()) != null
                ? "a group named " + item.displayName() + " exists again" + Guards.SINCE_PLANNED : null;
    }

    // ---- On screen

    @Override
    public String summary(Group group) {
        return group.description() == null ? "" : group.description();
    }

    @Override
    public String searchText(Group group, Related related) {
        return label(group).toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Fact> facts(Group g, Related related) {
        return new Facts().add("Display name", g.displayName()).add("Description", g.description())
                .add("Members in the snapshot", String.format("%,d", members(g, related))).list();
    }

    @Override
    public String document(Group item) {
        return null;
    }

    @Override
    public Table<Group> table(List<Group> items, Supplier<Related> related) {
        return new Table<>("Groups", section(), items, List.of(
                text("Display name", Group::displayName, 220),
                number("Members", g -> String.valueOf(members(g, related.get())), 100),
                text("Description", Group::description, 420)),
                g -> Keys.search(g.displayName(), g.description()),
                g -> new Detail(g.displayName(), new Facts()
                        .add("Display name", g.displayName())
                        .add("Description", g.description())
                        .add("Members", String.valueOf(members(g, related.get())))
                        .add("External IDs", Facts.lines(g.externalIds(), UserText::externalId))
                        .add("ID in the source", g.origin() == null ? null : g.origin().id())
                        .list(), null));
    }

    private static int members(Group group, Related related) {
        return related.referring(Kinds.MEMBERSHIPS, Category.GROUPS, group.displayName()).size();
    }
}
