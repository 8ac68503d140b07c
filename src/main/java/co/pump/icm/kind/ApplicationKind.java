package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.compare.ApplicationMatcher;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.Application;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/**
 * The instance's applications, kept for the inventory: matched by ARN within one instance, then by
 * name (several may share one), reported under the name or the ARN when unnamed.
 */
public final class ApplicationKind implements Kind<String, Application> {

    private static final KeyRules<String, Application> KEYS = new KeyRules<String, Application>("application",
            (Application a) -> a.name() != null ? a.name() : a.arn(), name -> name, Comparator.naturalOrder(), name -> name,
            "an application without an ARN or name", "application ARNs are unique");

    ApplicationKind() {
    }

    @Override
    public Category category() {
        return Category.APPLICATIONS;
    }

    @Override
    public Class<Application> type() {
        return Application.class;
    }

    @Override
    public String noun() {
        return "application";
    }

    @Override
    public List<Application> items(IdentityCenterConfig config) {
        return config.applications();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<Application> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), c.memberships(),
                c.permissionSets(), c.assignments(), c.accessControl(), items);
    }

    @Override
    public KeyRules<String, Application> keys() {
        return KEYS;
    }

    @Override
    public String label(Application item) {
        return KEYS.key().apply(item);
    }

    @Override
    public String name(Application item) {
        return item.name();
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
    public List<Reference> references(Application item) {
        return List.of();
    }

    @Override
    public Origin origin(Application item) {
        return null;
    }

    @Override
    public CategoryComparison<String, Application> compare(List<Application> left, List<Application> right,
                                                          CompareOptions options) {
        return ApplicationMatcher.match(left, right, options, this::diff);
    }

    /** The ARN and creation time identify an application in one instance, like an origin: not compared. */
    @Override
    public List<FieldChange> diff(Application left, Application right) {
        return RecordFields.application(left, right);
    }

    @Override
    public String section() {
        return "applications";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<Application> order() {
        return Comparator.comparing(Application::arn, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Override
    public Application canonical(Application item) {
        return item;
    }

    @Override
    public void validate(List<Application> items, Places places, Names names) {
        var seen = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            Application application = items.get(i);
            Checks item = places.item(i, application::arn);
            if (item.required("arn", application.arn())) {
                Keys.unique(item, places, seen, application.arn(), i, "arn");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("arn");
    }

    @Override
    public Csv<Application> csv() {
        return null;
    }

    @Override
    public Count count(List<Application> items) {
        return new Count("Applications", "applications", items.size());
    }

    @Override
    public String summary(Application item) {
        return item.description() == null ? "" : item.description();
    }

    @Override
    public String searchText(Application item, Related related) {
        return Keys.search(item.name(), item.description(), item.status(), item.signInUrl());
    }

    @Override
    public List<Fact> facts(Application a, Related related) {
        return new Facts()
                .add("Name", a.name())
                .add("Description", a.description())
                .add("Status", a.status())
                .add("Account", a.applicationAccount() == null ? null : related.account(a.applicationAccount()))
                .add("Provider", a.providerArn())
                .add("Visibility", a.visibility())
                .add("Sign-in origin", a.signInOrigin())
                .add("Sign-in URL", a.signInUrl())
                .add("Created", a.createdAt())
                .add("ARN", a.arn())
                .list();
    }

    @Override
    public String document(Application item) {
        return null;
    }

    @Override
    public Table<Application> table(List<Application> items, Supplier<Related> related) {
        return new Table<>("Applications", section(), items, List.of(
                text("Name", Application::name, 200),
                text("Status", Application::status, 100),
                text("Description", Application::description, 300),
                text("Sign-in URL", Application::signInUrl, 300)),
                a -> searchText(a, related.get()),
                a -> new Detail(a.name() == null ? a.arn() : a.name(), facts(a, related.get()), null));
    }
}
