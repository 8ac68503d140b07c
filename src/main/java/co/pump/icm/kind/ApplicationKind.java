package co.pump.icm.kind;

import static co.pump.icm.kind.Column.number;
import static co.pump.icm.kind.Column.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.ApplicationLookup;
import co.pump.icm.aws.ApplicationWriter;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.ApplicationMatcher;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationAccessScope;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.Tag;

/**
 * The instance's applications, keyed by name (two snapshots of one instance also match by ARN).
 * An import creates the customer managed OAuth applications with everything set up on them (portal
 * options, tags, assignment requirement, grants, IAM actor policy, user background sessions); the
 * applications only the console makes (SAML, AWS managed) are skipped with what to do by hand, and
 * once a person has made one, its assignments follow ({@link ApplicationAssignmentKind}). Access
 * scopes are a kind of their own: two applications may authorize each other.
 */
public final class ApplicationKind implements MigratedKind<String, Application> {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final KeyRules<String, Application> KEYS = new KeyRules<String, Application>("application",
            (Application a) -> a.name() != null ? a.name() : a.arn(), name -> name, Comparator.naturalOrder(),
            Keys::quote, "an application without an ARN or name", "application names are unique");
    /** What AWS's API changes on an application it did not make (docs/aws-behaviour.md). */
    private static final Set<String> CONSOLE_SETTABLE = Set.of("tags");
    private static final Set<String> AWS_MANAGED_SETTABLE = Set.of("tags", "userBackgroundSessions");

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
    public String optionName() {
        return "applications";
    }

    @Override
    public List<Application> items(IdentityCenterConfig config) {
        return config.applications();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<Application> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), c.memberships(),
                c.permissionSets(), c.assignments(), c.accessControl(), items, c.more());
    }

    @Override
    public KeyRules<String, Application> keys() {
        return KEYS;
    }

    @Override
    public String changeId(Application item) {
        return "application:" + item.name();
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
        return List.of(Category.TRUSTED_TOKEN_ISSUERS);
    }

    /** The token issuers its JWT bearer grant trusts, each once. */
    @Override
    public List<Reference> references(Application item) {
        var names = new LinkedHashSet<String>();
        for (ApplicationGrant grant : item.grants()) {
            grant.authorizedTokenIssuers().forEach(i -> names.add(i.trustedTokenIssuer()));
        }
        return names.stream().filter(Objects::nonNull).map(name -> new Reference(Category.TRUSTED_TOKEN_ISSUERS,
                "grants.authorizedTokenIssuers.trustedTokenIssuer", name)).toList();
    }

    /** Its ARN and creation time in the instance it was read from. */
    @Override
    public Origin origin(Application item) {
        return item.arn() == null ? null : new Origin(item.arn(), item.createdAt(), null, null, null);
    }

    @Override
    public Application withOrigin(Application a, Origin origin) {
        return new Application(origin == null ? null : origin.id(), a.name(), a.description(), a.status(),
                a.applicationAccount(), a.providerArn(), a.visibility(), a.signInOrigin(), a.signInUrl(),
                origin == null ? null : origin.createdAt(), a.providerName(), a.tags(), a.assignmentRequired(),
                a.grants(), a.iamActorPolicy(), a.userBackgroundSessions());
    }

    @Override
    public CategoryComparison<String, Application> compare(List<Application> left, List<Application> right,
                                                          CompareOptions options) {
        return ApplicationMatcher.match(left, right, options, this::diff);
    }

    @Override
    public List<FieldChange> diff(Application left, Application right) {
        return ApplicationFields.diff(left, right);
    }

    @Override
    public String section() {
        return "applications";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    /** By ARN, as files have always had them, then by name (an application written by hand has no ARN). */
    @Override
    public Comparator<Application> order() {
        return Comparator.comparing(Application::arn, TEXT).thenComparing(Application::name, TEXT);
    }

    /** Tags by key, grants by type; redirect URIs and audiences keep their order. */
    @Override
    public Application canonical(Application a) {
        if (a.tags().size() < 2 && a.grants().size() < 2) {
            return a;
        }
        return new Application(a.arn(), a.name(), a.description(), a.status(), a.applicationAccount(),
                a.providerArn(), a.visibility(), a.signInOrigin(), a.signInUrl(), a.createdAt(), a.providerName(),
                a.tags().stream().sorted(Comparator.comparing(Tag::key, TEXT)).toList(), a.assignmentRequired(),
                a.grants().stream().sorted(Comparator.comparing(ApplicationGrant::type, TEXT)).toList(),
                a.iamActorPolicy(), a.userBackgroundSessions());
    }

    @Override
    public void validate(List<Application> items, Places places, Names names) {
        var seenNames = Keys.<String>sized(items.size());
        var seenArns = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            Application application = items.get(i);
            Checks item = places.item(i, () -> label(application));
            ApplicationRules.application(application, item, names);
            if (application.name() != null) {
                Keys.unique(item, places, seenNames, application.name(), i, "name");
            }
            if (application.arn() != null) {
                Keys.unique(item, places, seenArns, application.arn(), i, "arn");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        String name = field.apply("name");
        return name != null ? name : field.apply("arn");
    }

    @Override
    public Csv<Application> csv() {
        return new Csv<>("applications.csv", "applications", List.of("name", "sort", "providerArn", "description",
                "status", "visibility", "signInOrigin", "signInUrl", "assignmentRequired", "assignments", "grants",
                "accessScopes", "userBackgroundSessions", "tags", "applicationArn"), (a, related) -> Arrays.asList(
                a.name(), ApplicationText.sort(a), a.providerArn(), a.description(), a.status(), a.visibility(),
                a.signInOrigin(), a.signInUrl(), a.assignmentRequired() == null ? null
                        : String.valueOf(a.assignmentRequired()), String.valueOf(assigned(a, related)),
                CsvCells.join(a.grants(), ApplicationText::grant),
                CsvCells.join(scopes(a, related), ApplicationAccessScope::scope), a.userBackgroundSessions(),
                CsvCells.join(a.tags(), t -> t.key() + "=" + Objects.toString(t.value(), "")), a.arn()));
    }

    @Override
    public Count count(List<Application> items) {
        return new Count("Applications", "applications", items.size());
    }

    // ---- Planning

    /**
     * What the API cannot create is made again by a person; an application whose setup the
     * snapshot does not record (an older icm's) is left alone rather than made half.
     */
    @Override
    public Blocked createBlocked(Application a, Planning planning) {
        if (!a.madeByApi()) {
            String account = planning.target().source() == null ? null : planning.target().source().accountId();
            return new Blocked(false, ApplicationText.recreateByHand(a, account),
                    "it must be made again by hand; import again once it exists");
        }
        if (!a.setUpRecorded()) {
            return Blocked.skip("the snapshot does not record how it is set up (an older icm kept applications for "
                    + "the record only); export again to carry it");
        }
        return null;
    }

    /** AWS's API cannot remove a description: say so before the import rather than after it. */
    @Override
    public void planned(Application a, String changeId, boolean created, Planning planning) {
        Application current = created ? null : current(a, planning);
        if (current != null && current.description() != null && a.description() == null) {
            planning.warn(changeId, a.name() + ": the snapshot has no description, but AWS's API cannot remove the "
                    + "new organization's (" + current.description() + "); remove it in the IAM Identity Center "
                    + "console if it matters.");
        }
    }

    /** An application only the console (or the AWS service that owns it) makes: what the console will ask for. */
    @Override
    public List<String> byHand(Application item) {
        return item.madeByApi() ? List.of() : ApplicationText.consoleFacts(item);
    }

    @Override
    public Set<String> settableFields() {
        return ApplicationFields.SETTABLE;
    }

    /** UpdateApplication and the parts' requests refuse an application made in the console, but for tags and sessions. */
    @Override
    public Set<String> settableFields(Application item) {
        if (item.madeByApi()) {
            return ApplicationFields.SETTABLE;
        }
        return Application.CUSTOM_SAML_PROVIDER.equals(item.providerArn()) ? CONSOLE_SETTABLE : AWS_MANAGED_SETTABLE;
    }

    @Override
    public String updateSkipped(Application desired, Planning planning) {
        return null;
    }

    /** An application of that name of another sort is another application. */
    @Override
    public String updateConflict(Application desired, Planning planning) {
        Application current = current(desired, planning);
        if (current != null && !Objects.equals(current.providerArn(), desired.providerArn())) {
            return "the new organization's application of that name is a " + ApplicationText.sort(current)
                    + ", the snapshot's a " + ApplicationText.sort(desired) + "; rename one of them";
        }
        return null;
    }

    /** Only what icm could make again is deleted: an application made in the console stays. */
    @Override
    public boolean keptWhenAbsent(Application current, Planning planning) {
        return !current.madeByApi();
    }

    private static Application current(Application desired, Planning planning) {
        Map<String, Application> byName = planning.once("applications of the target by name", () -> {
            var map = new java.util.HashMap<String, Application>();
            planning.target().applications().forEach(a -> map.putIfAbsent(a.name(), a));
            return map;
        });
        return byName.get(desired.name());
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.ADMIN;
    }

    @Override
    public String idName() {
        return "applicationArn";
    }

    /** CreateApplication, then each part it has: assignment requirement, grants, actor policy, sessions. */
    @Override
    public Map<String, String> create(Application a, Resolved ids, InstanceWriter writer) {
        ApplicationWriter applications = writer.part(ApplicationWriter.class, ApplicationWriter::new);
        String arn = applications.createApplication(a);
        if (a.assignmentRequired() != null) {
            applications.putAssignmentRequired(arn, a.name(), a.assignmentRequired());
        }
        Map<String, String> issuers = issuerArns(a, ids);
        a.grants().forEach(g -> applications.putGrant(arn, a.name(), g, issuers));
        if (a.iamActorPolicy() != null) {
            applications.putActorPolicy(arn, a.name(), a.iamActorPolicy());
        }
        if (a.userBackgroundSessions() != null) {
            applications.putUserBackgroundSessions(arn, a.name(), a.userBackgroundSessions());
        }
        return Map.of("applicationArn", arn);
    }

    /** One request per part that differs. */
    @Override
    public Map<String, String> update(Application desired, Application current, List<FieldChange> fields,
                                      Resolved ids, InstanceWriter writer, IdentityCenterConfig target) {
        ApplicationWriter applications = writer.part(ApplicationWriter.class, ApplicationWriter::new);
        String arn = current.arn();
        String name = desired.name();
        Set<String> changed = new java.util.HashSet<>();
        fields.forEach(f -> changed.add(f.field()));
        if (changed.stream().anyMatch(Set.of("description", "status", "signInOrigin", "signInUrl")::contains)) {
            applications.updateApplication(arn, desired);
        }
        Tags.write(writer, arn, name, fields);
        if (changed.contains("assignmentRequired")) {
            applications.putAssignmentRequired(arn, name, Boolean.TRUE.equals(desired.assignmentRequired()));
        }
        Map<String, String> issuers = issuerArns(desired, ids);
        for (FieldChange field : fields) {
            if (field.field().equals("grants")) {
                String type = field.path().substring("grants.".length());
                if (field.kind() == FieldChange.Kind.REMOVED) {
                    applications.deleteGrant(arn, name, type);
                } else {
                    applications.putGrant(arn, name, (ApplicationGrant) field.newValue(), issuers);
                }
            }
        }
        if (changed.contains("iamActorPolicy")) {
            if (desired.iamActorPolicy() == null) {
                applications.deleteActorPolicy(arn, name);
            } else {
                applications.putActorPolicy(arn, name, desired.iamActorPolicy());
            }
        }
        if (changed.contains("userBackgroundSessions") && desired.userBackgroundSessions() != null) {
            applications.putUserBackgroundSessions(arn, name, desired.userBackgroundSessions());
        }
        return Map.of("applicationArn", arn);
    }

    private Map<String, String> issuerArns(Application a, Resolved ids) {
        var arns = new java.util.HashMap<String, String>();
        references(a).forEach(r -> arns.put(r.name(), ids.id(r)));
        return arns;
    }

    @Override
    public Map<String, String> delete(Application current, Resolved ids, InstanceWriter writer) {
        String arn = current.arn();
        writer.part(ApplicationWriter.class, ApplicationWriter::new).deleteApplication(arn, current.name());
        return Map.of("applicationArn", arn);
    }

    // ---- Undoing

    /** What a create wrote is the whole application; an update wrote the fields it changed. */
    @Override
    public Application leftByRun(Application before, Application after, Application current, Set<String> fields) {
        if (before == null) {
            return after;
        }
        return new Application(before.arn(), before.name(),
                pick(fields, "description", before.description(), after.description()),
                pick(fields, "status", before.status(), after.status()), before.applicationAccount(),
                before.providerArn(), before.visibility(),
                pick(fields, "signInOrigin", before.signInOrigin(), after.signInOrigin()),
                pick(fields, "signInUrl", before.signInUrl(), after.signInUrl()), before.createdAt(),
                before.providerName(), pick(fields, "tags", before.tags(), after.tags()),
                pick(fields, "assignmentRequired", before.assignmentRequired(), after.assignmentRequired()),
                pick(fields, "grants", before.grants(), after.grants()),
                pick(fields, "iamActorPolicy", before.iamActorPolicy(), after.iamActorPolicy()),
                pick(fields, "userBackgroundSessions", before.userBackgroundSessions(), after.userBackgroundSessions()));
    }

    private static <V> V pick(Set<String> fields, String field, V before, V after) {
        return fields.contains(field) ? after : before;
    }

    /** After CreateApplication alone: nothing set up yet, as AWS gives a new application. */
    @Override
    public Application partlyCreated(Application after) {
        boolean recorded = after.setUpRecorded();
        return new Application(null, after.name(), after.description(), after.status(), null, after.providerArn(),
                after.visibility(), after.signInOrigin(), after.signInUrl(), null, after.providerName(), after.tags(),
                recorded ? Boolean.TRUE : null, List.of(), null, recorded ? "DISABLED" : null);
    }

    @Override
    public String replacedSinceRun(Application now, Map<String, String> ids, Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(Application item, Category referred) {
        return item.name();
    }

    @Override
    public String deleteConflict(Application item, List<List<String>> kept) {
        List<String> picked = Guards.flat(kept);
        return picked.isEmpty() ? null : "it has picked up assignments or access scopes since the run ("
                + Guards.shown(picked) + "); deleting the application would remove them too. Remove them first, or "
                + "keep the application";
    }

    @Override
    public String objectionToDelete(Application a, InstanceLookup lookup, Function<String, String> names) {
        ApplicationLookup applications = lookups(lookup);
        String arn = Guards.id(origin(a));
        if (!same(applications.application(arn), a)) {
            return Guards.changed("application");
        }
        int assigned = applications.assignees(arn).size();
        return assigned == 0 ? null : "the application still has " + assigned + (assigned == 1 ? " assignment" :
                " assignments") + ", which the rollback does not remove; deleting it would remove them too";
    }

    @Override
    public String objectionToRestore(Application current, InstanceLookup lookup) {
        return same(lookups(lookup).application(Guards.id(origin(current))), current) ? null
                : Guards.changed("application");
    }

    @Override
    public String objectionToCreate(Application item, InstanceLookup lookup) {
        return lookups(lookup).applicationArn(item.name()) != null
                ? "an application named " + item.name() + " exists again" + Guards.SINCE_PLANNED : null;
    }

    /** Whether the application read now (without its setup) has the name, description, status and portal planned with. */
    private static boolean same(Application now, Application planned) {
        return now != null && ApplicationFields.diff(planned, now).isEmpty();
    }

    private static ApplicationLookup lookups(InstanceLookup lookup) {
        return lookup.part(ApplicationLookup.class, ApplicationLookup::new);
    }

    // ---- On screen

    @Override
    public String summary(Application a) {
        return a.description() == null ? ApplicationText.sort(a) : a.description();
    }

    @Override
    public String searchText(Application a, Related related) {
        return Keys.search(a.name(), a.description(), a.status(), a.signInUrl(), ApplicationText.sort(a));
    }

    @Override
    public List<Fact> facts(Application a, Related related) {
        return details(a, related).list();
    }

    private Facts details(Application a, Related related) {
        var facts = new Facts()
                .add("Sort", ApplicationText.sort(a))
                .add("Description", a.description())
                .add("Status", a.status())
                .add("Shown in the portal", a.visibility() == null ? null : "ENABLED".equals(a.visibility()) ? "yes" : "no")
                .add("Sign-in starts", "APPLICATION".equals(a.signInOrigin()) ? "at " + a.signInUrl()
                        : a.signInOrigin() == null ? null : "in the access portal")
                .add("Assignment required", a.assignmentRequired() == null ? null : a.assignmentRequired() ? "yes" : "no")
                .add("Assigned", Facts.lines(related.referring(Kinds.APPLICATION_ASSIGNMENTS, Category.APPLICATIONS,
                        a.name()), x -> x.principalType() + " " + x.principalName()))
                .add("Grants", Facts.lines(a.grants(), ApplicationText::grant))
                .add("Access scopes", Facts.lines(scopes(a, related), ApplicationAccessScopeKind::line))
                .add("IAM actor policy", a.iamActorPolicy() == null ? null : "below")
                .add("User background sessions", a.userBackgroundSessions())
                .add("Tags", Facts.lines(a.tags(), tag -> tag.key() + " = " + tag.value()));
        if (!a.madeByApi()) {
            facts.add("In the console", String.join("\n", ApplicationText.consoleFacts(a)));
        }
        return facts;
    }

    @Override
    public String document(Application item) {
        return item.iamActorPolicy();
    }

    @Override
    public Table<Application> table(List<Application> items, Supplier<Related> related) {
        // By name: the file's order (by ARN) means nothing to a person.
        List<Application> byName = items.stream().sorted(Comparator.comparing(Application::name, TEXT)).toList();
        return new Table<>("Applications", section(), ApplicationText.TAB_GROUP, byName, List.of(
                text("Name", Application::name, 160),
                text("Sort", a -> a.madeByApi() ? "OAuth" : Application.CUSTOM_SAML_PROVIDER.equals(a.providerArn())
                        ? "SAML" : "AWS managed", 130),
                text("Status", Application::status, 100),
                number("Assigned", a -> String.valueOf(assigned(a, related.get())), 95),
                number("Grants", a -> String.valueOf(a.grants().size()), 80),
                text("Description", Application::description, 300)),
                a -> searchText(a, related.get()),
                a -> new Detail(label(a), details(a, related.get())
                        .add("ARN in the source", a.arn())
                        .add("Owning account", a.applicationAccount() == null ? null
                                : related.get().account(a.applicationAccount()))
                        .add("Created", a.createdAt())
                        .list(), a.iamActorPolicy()));
    }

    private static int assigned(Application a, Related related) {
        return related.referring(Kinds.APPLICATION_ASSIGNMENTS, Category.APPLICATIONS, a.name()).size();
    }

    /** The application's own access scopes (not those of others that authorize it). */
    private static List<ApplicationAccessScope> scopes(Application a, Related related) {
        return related.referring(Kinds.APPLICATION_ACCESS_SCOPES, Category.APPLICATIONS, a.name()).stream()
                .filter(s -> Objects.equals(s.applicationName(), a.name())).distinct().toList();
    }
}
