package co.pump.icm.kind;

import static co.pump.icm.kind.Column.number;
import static co.pump.icm.kind.Column.text;

import java.util.Arrays;
import java.util.Comparator;
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
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.Application;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.Tag;
import co.pump.icm.model.TrustedTokenIssuer;

/**
 * Trusted token issuers, keyed by name: the external OpenID Connect providers whose tokens
 * applications' JWT bearer grants accept. AWS cannot change an issuer's URL, and holds at most 10
 * per instance. Nothing about one depends on another item; applications refer to it by name.
 */
public final class TrustedTokenIssuerKind implements MigratedKind<String, TrustedTokenIssuer> {

    private static final KeyRules<String, TrustedTokenIssuer> KEYS = new KeyRules<>("trusted token issuer",
            TrustedTokenIssuer::name, name -> name, Comparator.naturalOrder(), Keys::quote,
            "a trusted token issuer without a name", "trusted token issuer names are unique");

    TrustedTokenIssuerKind() {
    }

    @Override
    public Category category() {
        return Category.TRUSTED_TOKEN_ISSUERS;
    }

    @Override
    public Class<TrustedTokenIssuer> type() {
        return TrustedTokenIssuer.class;
    }

    @Override
    public String noun() {
        return "trusted token issuer";
    }

    @Override
    public String optionName() {
        return "token-issuers";
    }

    @Override
    public List<TrustedTokenIssuer> items(IdentityCenterConfig config) {
        return config.more().items(TrustedTokenIssuer.class);
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig config, List<TrustedTokenIssuer> items) {
        return config.withMore(TrustedTokenIssuer.class, items);
    }

    @Override
    public KeyRules<String, TrustedTokenIssuer> keys() {
        return KEYS;
    }

    @Override
    public String changeId(TrustedTokenIssuer item) {
        return "token-issuer:" + item.name();
    }

    @Override
    public String label(TrustedTokenIssuer item) {
        return item.name();
    }

    @Override
    public String name(TrustedTokenIssuer item) {
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
    public List<Reference> references(TrustedTokenIssuer item) {
        return List.of();
    }

    @Override
    public Origin origin(TrustedTokenIssuer item) {
        return item.origin();
    }

    @Override
    public TrustedTokenIssuer withOrigin(TrustedTokenIssuer t, Origin origin) {
        return new TrustedTokenIssuer(t.name(), t.type(), t.issuerUrl(), t.claimAttributePath(),
                t.identityStoreAttributePath(), t.jwksRetrievalOption(), t.tags(), origin);
    }

    @Override
    public CategoryComparison<String, TrustedTokenIssuer> compare(List<TrustedTokenIssuer> left,
                                                                  List<TrustedTokenIssuer> right,
                                                                  CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    /** Every field but the name (the key) and the origin; tags by key. */
    @Override
    public List<FieldChange> diff(TrustedTokenIssuer left, TrustedTokenIssuer right) {
        var diff = new FieldDiff();
        diff.value("type", left.type(), right.type());
        diff.value("issuerUrl", left.issuerUrl(), right.issuerUrl());
        diff.value("claimAttributePath", left.claimAttributePath(), right.claimAttributePath());
        diff.value("identityStoreAttributePath", left.identityStoreAttributePath(), right.identityStoreAttributePath());
        diff.value("jwksRetrievalOption", left.jwksRetrievalOption(), right.jwksRetrievalOption());
        diff.keyed("tags", left.tags(), right.tags(), Tag::key, Tag::value);
        return diff.changes();
    }

    @Override
    public String section() {
        return "trustedTokenIssuers";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<TrustedTokenIssuer> order() {
        return Comparator.comparing(TrustedTokenIssuer::name, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    @Override
    public TrustedTokenIssuer canonical(TrustedTokenIssuer t) {
        if (t.tags().size() < 2) {
            return t;
        }
        return new TrustedTokenIssuer(t.name(), t.type(), t.issuerUrl(), t.claimAttributePath(),
                t.identityStoreAttributePath(), t.jwksRetrievalOption(),
                t.tags().stream().sorted(Comparator.comparing(Tag::key, Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList(), t.origin());
    }

    /** AWS's rules for each issuer; unique names and issuer URLs; at most 10 in an instance. */
    @Override
    public void validate(List<TrustedTokenIssuer> items, Places places, Names names) {
        if (items.size() > ApplicationRules.ISSUERS_PER_INSTANCE) {
            places.problem(section() + " has " + items.size() + " trusted token issuers; an instance holds at most "
                    + ApplicationRules.ISSUERS_PER_INSTANCE);
        }
        var seen = Keys.<String>sized(items.size());
        var urls = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            TrustedTokenIssuer issuer = items.get(i);
            Checks item = places.item(i, issuer::name);
            ApplicationRules.tokenIssuer(issuer, item);
            if (issuer.name() != null) {
                Keys.unique(item, places, seen, issuer.name(), i, "name");
            }
            if (issuer.issuerUrl() != null) {
                Keys.unique(item, places, urls, issuer.issuerUrl(), i, "issuerUrl");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("name");
    }

    @Override
    public Csv<TrustedTokenIssuer> csv() {
        return new Csv<>("trusted-token-issuers.csv", "trusted token issuers", List.of("name", "type", "issuerUrl",
                "claimAttributePath", "identityStoreAttributePath", "jwksRetrievalOption", "tags", "applications",
                "trustedTokenIssuerArn"), (t, related) -> Arrays.asList(t.name(), t.type(), t.issuerUrl(),
                t.claimAttributePath(), t.identityStoreAttributePath(), t.jwksRetrievalOption(),
                CsvCells.join(t.tags(), tag -> tag.key() + "=" + Objects.toString(tag.value(), "")),
                CsvCells.join(trusting(t, related), a -> a), CsvCells.origin(t.origin()).id()));
    }

    @Override
    public Count count(List<TrustedTokenIssuer> items) {
        return new Count("Trusted token issuers", "trustedTokenIssuers", items.size());
    }

    // ---- Planning

    @Override
    public Blocked createBlocked(TrustedTokenIssuer item, Planning planning) {
        return null;
    }

    @Override
    public void planned(TrustedTokenIssuer item, String changeId, boolean created, Planning planning) {
    }

    /** UpdateTrustedTokenIssuer changes the paths and the JWKS option; tags go through TagResource. */
    @Override
    public Set<String> settableFields() {
        return Set.of("claimAttributePath", "identityStoreAttributePath", "jwksRetrievalOption", "tags");
    }

    @Override
    public String updateSkipped(TrustedTokenIssuer desired, Planning planning) {
        return null;
    }

    /** AWS cannot change an issuer's URL: an issuer of the same name with another URL stays as it is. */
    @Override
    public String updateConflict(TrustedTokenIssuer desired, Planning planning) {
        TrustedTokenIssuer current = planning.target().more().items(TrustedTokenIssuer.class).stream()
                .filter(t -> t.name().equals(desired.name())).findFirst().orElse(null);
        if (current != null && !Objects.equals(current.issuerUrl(), desired.issuerUrl())) {
            return "the new organization's trusted token issuer of that name trusts " + current.issuerUrl()
                    + ", not " + desired.issuerUrl() + ", and AWS cannot change an issuer's URL; delete or rename it "
                    + "there, then import again";
        }
        return null;
    }

    @Override
    public boolean keptWhenAbsent(TrustedTokenIssuer current, Planning planning) {
        return false;
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.ADMIN;
    }

    @Override
    public String idName() {
        return "trustedTokenIssuerArn";
    }

    @Override
    public Map<String, String> create(TrustedTokenIssuer item, Resolved ids, InstanceWriter writer) {
        return Map.of("trustedTokenIssuerArn", applications(writer).createTrustedTokenIssuer(item));
    }

    @Override
    public Map<String, String> update(TrustedTokenIssuer desired, TrustedTokenIssuer current, List<FieldChange> fields,
                                      Resolved ids, InstanceWriter writer, IdentityCenterConfig target) {
        String arn = current.origin().id();
        if (fields.stream().anyMatch(f -> !f.field().equals("tags"))) {
            applications(writer).updateTrustedTokenIssuer(arn, desired);
        }
        Tags.write(writer, arn, desired.name(), fields);
        return Map.of("trustedTokenIssuerArn", arn);
    }

    @Override
    public Map<String, String> delete(TrustedTokenIssuer current, Resolved ids, InstanceWriter writer) {
        applications(writer).deleteTrustedTokenIssuer(current.origin().id(), current.name());
        return Map.of("trustedTokenIssuerArn", current.origin().id());
    }

    private static ApplicationWriter applications(InstanceWriter writer) {
        return writer.part(ApplicationWriter.class, ApplicationWriter::new);
    }

    // ---- Undoing

    /** icm writes every field on create; an update writes the fields it changed. */
    @Override
    public TrustedTokenIssuer leftByRun(TrustedTokenIssuer before, TrustedTokenIssuer after, TrustedTokenIssuer current,
                                        Set<String> fields) {
        if (before == null) {
            return after;
        }
        return new TrustedTokenIssuer(before.name(), before.type(), before.issuerUrl(),
                fields.contains("claimAttributePath") ? after.claimAttributePath() : before.claimAttributePath(),
                fields.contains("identityStoreAttributePath") ? after.identityStoreAttributePath()
                        : before.identityStoreAttributePath(),
                fields.contains("jwksRetrievalOption") ? after.jwksRetrievalOption() : before.jwksRetrievalOption(),
                fields.contains("tags") ? after.tags() : before.tags(), before.origin());
    }

    @Override
    public TrustedTokenIssuer partlyCreated(TrustedTokenIssuer after) {
        return null;
    }

    @Override
    public String replacedSinceRun(TrustedTokenIssuer now, Map<String, String> ids,
                                   Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(TrustedTokenIssuer item, Category referred) {
        return item.name();
    }

    @Override
    public String deleteConflict(TrustedTokenIssuer item, List<List<String>> kept) {
        List<String> trusting = Guards.flat(kept);
        return trusting.isEmpty() ? null : "applications trust it since the run (" + Guards.shown(trusting)
                + "); deleting it would make their JWT bearer grants fail. Change those grants first, or keep the "
                + "trusted token issuer";
    }

    @Override
    public String objectionToDelete(TrustedTokenIssuer item, InstanceLookup lookup, Function<String, String> names) {
        return same(lookups(lookup).tokenIssuer(Guards.id(item.origin())), item) ? null
                : Guards.changed("trusted token issuer");
    }

    @Override
    public String objectionToRestore(TrustedTokenIssuer current, InstanceLookup lookup) {
        return same(lookups(lookup).tokenIssuer(Guards.id(current.origin())), current) ? null
                : Guards.changed("trusted token issuer");
    }

    @Override
    public String objectionToCreate(TrustedTokenIssuer item, InstanceLookup lookup) {
        return lookups(lookup).tokenIssuerArn(item.name()) != null
                ? "a trusted token issuer named " + item.name() + " exists again" + Guards.SINCE_PLANNED : null;
    }

    /** Whether the issuer read now is the one planned with (tags aside: DescribeTrustedTokenIssuer has none). */
    private boolean same(TrustedTokenIssuer now, TrustedTokenIssuer planned) {
        return now != null && diff(planned, now).stream().allMatch(f -> f.field().equals("tags"));
    }

    private static ApplicationLookup lookups(InstanceLookup lookup) {
        return lookup.part(ApplicationLookup.class, ApplicationLookup::new);
    }

    // ---- On screen

    @Override
    public String summary(TrustedTokenIssuer item) {
        return item.issuerUrl() == null ? "" : item.issuerUrl();
    }

    @Override
    public String searchText(TrustedTokenIssuer item, Related related) {
        return Keys.search(item.name(), item.issuerUrl());
    }

    @Override
    public List<Fact> facts(TrustedTokenIssuer t, Related related) {
        return details(t, related).list();
    }

    private static Facts details(TrustedTokenIssuer t, Related related) {
        return new Facts()
                .add("Type", t.type())
                .add("Issuer URL", t.issuerUrl())
                .add("User from the token's claim", t.claimAttributePath())
                .add("Matched to the user attribute", t.identityStoreAttributePath())
                .add("Signing keys", t.jwksRetrievalOption())
                .add("Tags", Facts.lines(t.tags(), tag -> tag.key() + " = " + tag.value()))
                .add("Applications that trust it", Facts.lines(trusting(t, related), a -> a));
    }

    @Override
    public String document(TrustedTokenIssuer item) {
        return null;
    }

    @Override
    public Table<TrustedTokenIssuer> table(List<TrustedTokenIssuer> items, Supplier<Related> related) {
        return new Table<>("Token issuers", section(), ApplicationText.TAB_GROUP, items, List.of(
                text("Name", TrustedTokenIssuer::name, 200),
                text("Issuer URL", TrustedTokenIssuer::issuerUrl, 340),
                text("Claim → attribute", t -> t.claimAttributePath() + " → " + t.identityStoreAttributePath(), 220),
                number("Applications", t -> String.valueOf(trusting(t, related.get()).size()), 110)),
                t -> searchText(t, related.get()),
                t -> new Detail(t.name(), details(t, related.get())
                        .add("ARN in the source", t.origin() == null ? null : t.origin().id())
                        .list(), null));
    }

    /** The applications whose JWT bearer grant trusts the issuer, by name. */
    private static List<String> trusting(TrustedTokenIssuer issuer, Related related) {
        List<Application> referring = related.referring(Kinds.APPLICATIONS, Category.TRUSTED_TOKEN_ISSUERS,
                issuer.name());
        return referring.stream().map(Application::name).distinct().toList();
    }

}
