package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.ApplicationWriter;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.ApplicationAssignment;
import co.pump.icm.model.ApplicationAssignment.Key;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PrincipalType;

/**
 * A user or group assigned to an application, by application name, principal type and principal
 * name. Every sort of application takes assignments, so those of an application made again by
 * hand in the console are carried once it exists. AWS allows 100 groups per application.
 */
public final class ApplicationAssignmentKind implements LinkKind<Key, ApplicationAssignment> {

    /** IAM Identity Center quotas: groups assigned to one application. */
    static final int GROUPS_PER_APPLICATION = 100;
    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final KeyRules<Key, ApplicationAssignment> KEYS = new KeyRules<>("application assignment",
            (ApplicationAssignment a) -> a.applicationName() == null || a.principalType() == null
                    || a.principalName() == null ? null : a.key(),
            key -> key.principalType() != PrincipalType.USER ? key
                    : Keys.sameIfFolded(key, key.principalName(), folded -> new Key(key.applicationName(),
                    key.principalType(), folded)),
            Comparator.<Key>naturalOrder(), Key::toString,
            "an application assignment without an application name, principal type or principal name",
            "a principal is assigned to an application once (user names are compared regardless of case)");

    ApplicationAssignmentKind() {
    }

    @Override
    public Category category() {
        return Category.APPLICATION_ASSIGNMENTS;
    }

    @Override
    public Class<ApplicationAssignment> type() {
        return ApplicationAssignment.class;
    }

    @Override
    public String noun() {
        return "application assignment";
    }

    @Override
    public String optionName() {
        return "application-assignments";
    }

    @Override
    public List<ApplicationAssignment> items(IdentityCenterConfig config) {
        return config.more().items(ApplicationAssignment.class);
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig config, List<ApplicationAssignment> items) {
        return config.withMore(ApplicationAssignment.class, items);
    }

    @Override
    public KeyRules<Key, ApplicationAssignment> keys() {
        return KEYS;
    }

    @Override
    public String changeId(ApplicationAssignment a) {
        return "application-assignment:" + a.applicationName() + "/" + a.principalType() + "/" + a.principalName();
    }

    @Override
    public String label(ApplicationAssignment a) {
        return a.key().toString();
    }

    @Override
    public List<Category> refersTo() {
        return List.of(Category.APPLICATIONS, Category.USERS, Category.GROUPS);
    }

    /** Its application, then its principal (when the principal's type is known). */
    @Override
    public List<Reference> references(ApplicationAssignment a) {
        var application = new Reference(Category.APPLICATIONS, "applicationName", a.applicationName());
        return a.principalType() == null ? List.of(application) : List.of(application, principal(a));
    }

    private static Reference principal(ApplicationAssignment a) {
        return new Reference(a.principalType() == PrincipalType.USER ? Category.USERS : Category.GROUPS,
                "principalName", a.principalName());
    }

    @Override
    public Origin origin(ApplicationAssignment item) {
        return item.origin();
    }

    @Override
    public ApplicationAssignment withOrigin(ApplicationAssignment a, Origin origin) {
        return new ApplicationAssignment(a.applicationName(), a.principalType(), a.principalName(), origin);
    }

    @Override
    public CategoryComparison<Key, ApplicationAssignment> compare(List<ApplicationAssignment> left,
                                                                   List<ApplicationAssignment> right,
                                                                   CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    @Override
    public List<FieldChange> diff(ApplicationAssignment left, ApplicationAssignment right) {
        return List.of();
    }

    @Override
    public String section() {
        return "applicationAssignments";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<ApplicationAssignment> order() {
        return Comparator.comparing(ApplicationAssignment::applicationName, TEXT)
                .thenComparing(ApplicationAssignment::principalType, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ApplicationAssignment::principalName, TEXT);
    }

    @Override
    public ApplicationAssignment canonical(ApplicationAssignment item) {
        return item;
    }

    @Override
    public void validate(List<ApplicationAssignment> items, Places places, Names names) {
        Map<Key, Integer> seen = Keys.sized(items.size());
        var groups = new HashMap<String, Integer>();
        for (int i = 0; i < items.size(); i++) {
            ApplicationAssignment a = items.get(i);
            Checks item = places.item(i, () -> Keys.join(a.applicationName(),
                    Keys.principal(a.principalType() == null ? null : a.principalType().name(), a.principalName())));
            boolean complete = item.required("applicationName", a.applicationName())
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
                    item.add("duplicate application assignment: " + places.path(earlier) + " is the same");
                }
                if (a.principalType() == PrincipalType.GROUP
                        && groups.merge(a.applicationName(), 1, Integer::sum) == GROUPS_PER_APPLICATION + 1) {
                    item.add("application " + Keys.quote(a.applicationName()) + " has more than "
                            + GROUPS_PER_APPLICATION + " groups assigned, the most AWS allows");
                }
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return Keys.join(field.apply("applicationName"),
                Keys.principal(field.apply("principalType"), field.apply("principalName")));
    }

    @Override
    public Csv<ApplicationAssignment> csv() {
        return new Csv<>("application-assignments.csv", "application assignments", List.of("applicationName",
                "principalType", "principalName"), (a, related) -> Arrays.asList(a.applicationName(),
                a.principalType() == null ? null : a.principalType().name(), a.principalName()));
    }

    @Override
    public Count count(List<ApplicationAssignment> items) {
        return new Count("Application assignments", "applicationAssignments", items.size());
    }

    // ---- Planning

    /** Its application first (which may be one to make again by hand), then its principal. */
    @Override
    public Blocked createBlocked(ApplicationAssignment a, Planning planning) {
        for (Reference reference : references(a)) {
            String missing = planning.missing(reference);
            if (missing != null) {
                return Blocked.skip(missing);
            }
        }
        return null;
    }

    @Override
    public void planned(ApplicationAssignment item, String changeId, boolean created, Planning planning) {
    }

    @Override
    public boolean keptWhenAbsent(ApplicationAssignment current, Planning planning) {
        return false;
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.ADMIN;
    }

    @Override
    public String idName() {
        return null;
    }

    @Override
    public Map<String, String> create(ApplicationAssignment a, Resolved ids, InstanceWriter writer) {
        String application = ids.id(references(a).get(0));
        String principal = ids.id(principal(a));
        writer.part(ApplicationWriter.class, ApplicationWriter::new).createAssignment(application, a.principalType(),
                principal, label(a));
        return Map.of("applicationArn", application, "principalId", principal);
    }

    @Override
    public Map<String, String> delete(ApplicationAssignment a, Resolved ids, InstanceWriter writer) {
        String application = ids.id(references(a).get(0));
        String principal = ids.id(principal(a));
        writer.part(ApplicationWriter.class, ApplicationWriter::new).deleteAssignment(application, a.principalType(),
                principal, label(a));
        return Map.of("applicationArn", application, "principalId", principal);
    }

    // ---- Undoing

    /** Its principal was deleted and created again since the run (a new ID). */
    @Override
    public String replacedSinceRun(ApplicationAssignment now, Map<String, String> ids,
                                   Function<Reference, Object> referenced) {
        String principal = ids.get("principalId");
        if (principal != null && now.origin() != null && !principal.equals(now.origin().id())) {
            return "replaced since the run: its " + now.principalType().name().toLowerCase(Locale.ROOT) + " "
                    + now.principalName() + " was deleted and created again";
        }
        return null;
    }

    @Override
    public String asReferrer(ApplicationAssignment a, Category referred) {
        return referred == Category.APPLICATIONS ? a.principalType() + " " + a.principalName()
                : "application " + a.applicationName();
    }

    // ---- On screen

    @Override
    public String summary(ApplicationAssignment item) {
        return "";
    }

    @Override
    public String searchText(ApplicationAssignment a, Related related) {
        return Keys.search(a.applicationName(), a.principalType() == null ? null : a.principalType().name(),
                a.principalName());
    }

    @Override
    public List<Fact> facts(ApplicationAssignment a, Related related) {
        return new Facts().add("Application", a.applicationName())
                .add(a.principalType() == PrincipalType.GROUP ? "Group" : "User", a.principalName()).list();
    }

    @Override
    public String document(ApplicationAssignment item) {
        return null;
    }

    @Override
    public Table<ApplicationAssignment> table(List<ApplicationAssignment> items, Supplier<Related> related) {
        return new Table<>("App assignments", section(), ApplicationText.TAB_GROUP, items, List.of(
                text("Application", ApplicationAssignment::applicationName, 240),
                text("Type", a -> a.principalType() == null ? "" : a.principalType().name(), 80),
                text("Principal", ApplicationAssignment::principalName, 300)),
                a -> searchText(a, related.get()),
                a -> new Detail(label(a), new Facts()
                        .add("Application", a.applicationName())
                        .add("Principal type", a.principalType() == null ? null : a.principalType().name())
                        .add("Principal", a.principalName())
                        .add("Principal ID in the source", a.origin() == null ? null : a.origin().id())
                        .list(), null));
    }
}
