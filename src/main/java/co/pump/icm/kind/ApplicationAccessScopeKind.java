package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.ApplicationWriter;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.ApplicationAccessScope;
import co.pump.icm.model.ApplicationAccessScope.ScopeKey;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/**
 * An access scope of an application (e.g. {@code redshift:connect}) with the applications it
 * authorizes, by name: a kind of its own rather than a field of the application, because two
 * applications may authorize each other, and each needs the other to exist first. AWS replaces a
 * scope whole (PutApplicationAccessScope) and holds at most 25 per application.
 */
public final class ApplicationAccessScopeKind implements UnreferencedKind<ScopeKey, ApplicationAccessScope> {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final KeyRules<ScopeKey, ApplicationAccessScope> KEYS = new KeyRules<>("access scope",
            (ApplicationAccessScope s) -> s.applicationName() == null || s.scope() == null ? null : s.key(),
            key -> key, Comparator.<ScopeKey>naturalOrder(), ScopeKey::toString,
            "an access scope without an application name or scope", "an application has each access scope once");

    ApplicationAccessScopeKind() {
    }

    @Override
    public Category category() {
        return Category.APPLICATION_ACCESS_SCOPES;
    }

    @Override
    public Class<ApplicationAccessScope> type() {
        return ApplicationAccessScope.class;
    }

    @Override
    public String noun() {
        return "access scope";
    }

    @Override
    public String optionName() {
        return "access-scopes";
    }

    @Override
    public List<ApplicationAccessScope> items(IdentityCenterConfig config) {
        return config.more().items(ApplicationAccessScope.class);
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig config, List<ApplicationAccessScope> items) {
        return config.withMore(ApplicationAccessScope.class, items);
    }

    @Override
    public KeyRules<ScopeKey, ApplicationAccessScope> keys() {
        return KEYS;
    }

    @Override
    public String changeId(ApplicationAccessScope s) {
        return "access-scope:" + s.applicationName() + "/" + s.scope();
    }

    @Override
    public String label(ApplicationAccessScope s) {
        return s.key().toString();
    }

    @Override
    public List<Category> refersTo() {
        return List.of(Category.APPLICATIONS);
    }

    /** Its application, then each application it authorizes. */
    @Override
    public List<Reference> references(ApplicationAccessScope s) {
        var result = new ArrayList<Reference>();
        result.add(new Reference(Category.APPLICATIONS, "applicationName", s.applicationName()));
        s.authorizedApplications().forEach(name -> result.add(new Reference(Category.APPLICATIONS,
                "authorizedApplications", name)));
        return result;
    }

    @Override
    public Origin origin(ApplicationAccessScope item) {
        return null;
    }

    @Override
    public ApplicationAccessScope withOrigin(ApplicationAccessScope item, Origin origin) {
        return item;
    }

    @Override
    public CategoryComparison<ScopeKey, ApplicationAccessScope> compare(List<ApplicationAccessScope> left,
                                                                         List<ApplicationAccessScope> right,
                                                                         CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    /** The authorized applications as a set, and whether the instance is authorized. */
    @Override
    public List<FieldChange> diff(ApplicationAccessScope left, ApplicationAccessScope right) {
        var diff = new FieldDiff();
        diff.set("authorizedApplications", left.authorizedApplications(), right.authorizedApplications(),
                name -> name, Comparator.naturalOrder());
        diff.value("authorizesInstance", left.authorizesInstance(), right.authorizesInstance());
        return diff.changes();
    }

    @Override
    public String section() {
        return "applicationAccessScopes";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<ApplicationAccessScope> order() {
        return Comparator.comparing(ApplicationAccessScope::applicationName, TEXT)
                .thenComparing(ApplicationAccessScope::scope, TEXT);
    }

    /** The authorized applications by name. */
    @Override
    public ApplicationAccessScope canonical(ApplicationAccessScope s) {
        if (s.authorizedApplications().size() < 2) {
            return s;
        }
        return new ApplicationAccessScope(s.applicationName(), s.scope(),
                s.authorizedApplications().stream().sorted(TEXT).toList(), s.authorizesInstance());
    }

    /** AWS's rules for each scope, each scope once per application, at most 25 per application. */
    @Override
    public void validate(List<ApplicationAccessScope> items, Places places, Names names) {
        Map<ScopeKey, Integer> seen = Keys.sized(items.size());
        var perApplication = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < items.size(); i++) {
            ApplicationAccessScope s = items.get(i);
            Checks item = places.item(i, () -> Keys.join(s.applicationName(), s.scope()));
            ApplicationRules.accessScope(s, item, names);
            if (s.applicationName() != null && s.scope() != null) {
                Integer earlier = seen.putIfAbsent(s.key(), i);
                if (earlier != null) {
                    item.add("duplicate access scope: " + places.path(earlier) + " is the same");
                }
                if (perApplication.merge(s.applicationName(), 1, Integer::sum)
                        == ApplicationRules.SCOPES_PER_APPLICATION + 1) {
                    item.add("application " + Keys.quote(s.applicationName()) + " has more than "
                            + ApplicationRules.SCOPES_PER_APPLICATION + " access scopes, the most AWS allows");
                }
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return Keys.join(field.apply("applicationName"), field.apply("scope"));
    }

    @Override
    public Csv<ApplicationAccessScope> csv() {
        return new Csv<>("application-access-scopes.csv", "access scopes", List.of("applicationName", "scope",
                "authorizedApplications", "authorizesInstance"), (s, related) -> Arrays.asList(s.applicationName(),
                s.scope(), CsvCells.join(s.authorizedApplications(), a -> a),
                String.valueOf(Boolean.TRUE.equals(s.authorizesInstance()))));
    }

    @Override
    public Count count(List<ApplicationAccessScope> items) {
        return new Count("Access scopes", "applicationAccessScopes", items.size());
    }

    // ---- Planning

    @Override
    public Blocked createBlocked(ApplicationAccessScope s, Planning planning) {
        for (Reference reference : references(s)) {
            String missing = planning.missing(reference);
            if (missing != null) {
                return Blocked.skip(missing);
            }
        }
        return null;
    }

    @Override
    public void planned(ApplicationAccessScope item, String changeId, boolean created, Planning planning) {
    }

    /** PutApplicationAccessScope replaces the authorized targets. */
    @Override
    public Set<String> settableFields() {
        return null;
    }

    @Override
    public String updateSkipped(ApplicationAccessScope desired, Planning planning) {
        return null;
    }

    /** A scope whose new targets will not all exist would lose them: left as it is, with the reason. */
    @Override
    public String updateConflict(ApplicationAccessScope desired, Planning planning) {
        for (Reference reference : references(desired)) {
            String missing = planning.missing(reference);
            if (missing != null) {
                return missing;
            }
        }
        return null;
    }

    @Override
    public boolean keptWhenAbsent(ApplicationAccessScope current, Planning planning) {
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
    public Map<String, String> create(ApplicationAccessScope s, Resolved ids, InstanceWriter writer) {
        return put(s, ids, writer);
    }

    @Override
    public Map<String, String> update(ApplicationAccessScope desired, ApplicationAccessScope current,
                                      List<FieldChange> fields, Resolved ids, InstanceWriter writer,
                                      IdentityCenterConfig target) {
        return put(desired, ids, writer);
    }

    /** The scope with every authorized target as an ARN of the instance written to. */
    private Map<String, String> put(ApplicationAccessScope s, Resolved ids, InstanceWriter writer) {
        ApplicationWriter applications = writer.part(ApplicationWriter.class, ApplicationWriter::new);
        List<Reference> references = references(s);
        String application = ids.id(references.get(0));
        var targets = new ArrayList<String>();
        references.subList(1, references.size()).forEach(r -> targets.add(ids.id(r)));
        if (s.authorizesInstance() != null) {
            targets.add(applications.instanceArn());
        }
        applications.putAccessScope(application, label(s), s.scope(), targets);
        return Map.of("applicationArn", application);
    }

    @Override
    public Map<String, String> delete(ApplicationAccessScope s, Resolved ids, InstanceWriter writer) {
        String application = ids.id(references(s).get(0));
        writer.part(ApplicationWriter.class, ApplicationWriter::new).deleteAccessScope(application, label(s), s.scope());
        return Map.of("applicationArn", application);
    }

    // ---- Undoing

    @Override
    public ApplicationAccessScope leftByRun(ApplicationAccessScope before, ApplicationAccessScope after,
                                            ApplicationAccessScope current, Set<String> fields) {
        return after;
    }

    @Override
    public ApplicationAccessScope partlyCreated(ApplicationAccessScope after) {
        return null;
    }

    @Override
    public String replacedSinceRun(ApplicationAccessScope now, Map<String, String> ids,
                                   Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(ApplicationAccessScope s, Category referred) {
        return "access scope " + s.scope() + " of " + s.applicationName();
    }

    @Override
    public String objectionToDelete(ApplicationAccessScope item, InstanceLookup lookup,
                                    Function<String, String> names) {
        return null;
    }

    @Override
    public String objectionToRestore(ApplicationAccessScope current, InstanceLookup lookup) {
        return null;
    }

    @Override
    public String objectionToCreate(ApplicationAccessScope item, InstanceLookup lookup) {
        return null;
    }

    // ---- On screen

    @Override
    public String summary(ApplicationAccessScope s) {
        return targets(s);
    }

    @Override
    public String searchText(ApplicationAccessScope s, Related related) {
        return Keys.search(s.applicationName(), s.scope(), String.join(" ", s.authorizedApplications()));
    }

    @Override
    public List<Fact> facts(ApplicationAccessScope s, Related related) {
        return new Facts().add("Application", s.applicationName()).add("Scope", s.scope())
                .add("Authorized", Facts.lines(authorized(s), a -> a)).list();
    }

    @Override
    public String document(ApplicationAccessScope item) {
        return null;
    }

    @Override
    public Table<ApplicationAccessScope> table(List<ApplicationAccessScope> items, Supplier<Related> related) {
        return new Table<>("Access scopes", section(), ApplicationText.TAB_GROUP, items, List.of(
                text("Application", ApplicationAccessScope::applicationName, 220),
                text("Scope", ApplicationAccessScope::scope, 200),
                text("Authorized", ApplicationAccessScopeKind::targets, 320)),
                s -> searchText(s, related.get()),
                s -> new Detail(label(s), facts(s, related.get()), null));
    }

    /** {@code redshift:connect → Larkspur-Reports}, for an application's facts. */
    static String line(ApplicationAccessScope s) {
        String targets = targets(s);
        return targets.isEmpty() ? s.scope() : s.scope() + " → " + targets;
    }

    private static String targets(ApplicationAccessScope s) {
        return String.join(", ", authorized(s));
    }

    private static List<String> authorized(ApplicationAccessScope s) {
        var all = new ArrayList<>(s.authorizedApplications());
        if (s.authorizesInstance() != null) {
            all.add("the instance");
        }
        return all;
    }
}
