package co.pump.icm.kind;

import static co.pump.icm.kind.Column.text;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.function.Supplier;

import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.Comparison;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/**
 * The instance's attribute-based access control (ABAC) configuration: at most one per instance,
 * keyed as a whole, its attributes compared by key. AWS writes it whole: Create enables it with its
 * attributes, Update replaces the attributes, Delete disables it (a delegated administrator may do
 * all three). Nothing refers to it, and it refers to nothing: the attributes name user attributes
 * by path ({@code ${path:enterprise.department}}), the same in every instance.
 */
public final class AccessControlKind implements UnreferencedKind<String, AccessControlConfiguration> {

    /** AWS allows at most 50 attributes (the API model's AccessControlAttributeList). */
    static final int ATTRIBUTES_MAX = 50;
    /** An attribute's key: 1 to 128 of these (AccessControlAttributeKey). */
    static final Pattern KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
    /** Where an attribute's value comes from: at most 256 of these (AccessControlAttributeValueSource). */
    static final Pattern SOURCE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@\\[\\]{}$\\\\\"]*");
    static final int SOURCE_MAX = 256;

    private static final KeyRules<String, AccessControlConfiguration> KEYS = new KeyRules<String, AccessControlConfiguration>(
            "access control attribute configuration", (AccessControlConfiguration c) -> Comparison.ACCESS_CONTROL_KEY, key -> key,
            Comparator.naturalOrder(), key -> key, "an access control attribute configuration without a key",
            "an instance has one access control attribute configuration");

    AccessControlKind() {
    }

    @Override
    public Category category() {
        return Category.ACCESS_CONTROL;
    }

    @Override
    public Class<AccessControlConfiguration> type() {
        return AccessControlConfiguration.class;
    }

    @Override
    public String noun() {
        return "access control attribute configuration";
    }

    @Override
    public List<AccessControlConfiguration> items(IdentityCenterConfig config) {
        return config.accessControl() == null ? List.of() : List.of(config.accessControl());
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<AccessControlConfiguration> items) {
        if (items.size() > 1) {
            throw new IllegalArgumentException("An instance has one access control attribute configuration, not "
                    + items.size());
        }
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), c.memberships(),
                c.permissionSets(), c.assignments(), items.isEmpty() ? null : items.get(0), c.applications(), c.more());
    }

    @Override
    public KeyRules<String, AccessControlConfiguration> keys() {
        return KEYS;
    }

    @Override
    public String label(AccessControlConfiguration item) {
        return Comparison.ACCESS_CONTROL_KEY;
    }

    @Override
    public List<Category> refersTo() {
        return List.of();
    }

    @Override
    public List<Reference> references(AccessControlConfiguration item) {
        return List.of();
    }

    @Override
    public Origin origin(AccessControlConfiguration item) {
        return null;
    }

    @Override
    public CategoryComparison<String, AccessControlConfiguration> compare(List<AccessControlConfiguration> left,
                                                                         List<AccessControlConfiguration> right,
                                                                         CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    /** Status, reason, and each attribute by key ({@code attributes.Department}). */
    @Override
    public List<FieldChange> diff(AccessControlConfiguration left, AccessControlConfiguration right) {
        return RecordFields.accessControl(left, right);
    }

    @Override
    public String section() {
        return "accessControl";
    }

    @Override
    public boolean singleInFile() {
        return true;
    }

    @Override
    public Comparator<AccessControlConfiguration> order() {
        return (a, b) -> 0;
    }

    /** The attributes by key; an attribute's sources keep their order. */
    @Override
    public AccessControlConfiguration canonical(AccessControlConfiguration item) {
        if (item.attributes().size() < 2) {
            return item;
        }
        return new AccessControlConfiguration(item.status(), item.statusReason(), item.attributes().stream()
                .sorted(Comparator.comparing(AccessControlAttribute::key, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
    }

    @Override
    public void validate(List<AccessControlConfiguration> items, Places places, Names names) {
        for (AccessControlConfiguration configuration : items) {
            List<AccessControlAttribute> attributes = configuration.attributes();
            if (attributes.size() > ATTRIBUTES_MAX) {
                places.problem("accessControl has " + attributes.size() + " attributes; the limit is " + ATTRIBUTES_MAX);
            }
            var seen = Keys.<String>sized(attributes.size());
            for (int i = 0; i < attributes.size(); i++) {
                AccessControlAttribute attribute = attributes.get(i);
                Checks item = places.part("attributes", i, attribute::key);
                if (item.required("key", attribute.key())) {
                    if (!KEY.matcher(attribute.key()).matches()) {
                        item.add("key must be 1 to 128 letters, digits, spaces or _ . : / = + - @, not "
                                + Checks.quote(attribute.key()));
                    }
                    Integer earlier = seen.putIfAbsent(attribute.key(), i);
                    if (earlier != null) {
                        item.add("duplicate key: accessControl.attributes[" + earlier + "] has the same key");
                    }
                }
                sources(attribute, item);
            }
        }
    }

    /** AWS takes exactly one source per attribute, of at most 256 characters of a few kinds. */
    private static void sources(AccessControlAttribute attribute, Checks item) {
        if (attribute.sources().size() != 1) {
            item.add("sources must hold exactly one value (where the attribute comes from), not "
                    + attribute.sources().size());
        }
        for (int s = 0; s < attribute.sources().size(); s++) {
            String source = attribute.sources().get(s);
            item.maxLength("sources[" + s + "]", source, SOURCE_MAX);
            if (!SOURCE.matcher(source).matches()) {
                item.add("sources[" + s + "] may hold letters, digits, spaces and _ . : / = + - @ [ ] { } $ \\ \" only, not "
                        + Checks.quote(source));
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("key");
    }

    @Override
    public Csv<AccessControlConfiguration> csv() {
        return null;
    }

    @Override
    public Count count(List<AccessControlConfiguration> items) {
        return new Count("ABAC attributes", "abacAttributes", items.isEmpty() ? 0 : items.get(0).attributes().size());
    }

    @Override
    public String optionName() {
        return "access-control";
    }

    @Override
    public String changeId(AccessControlConfiguration item) {
        return "access-control:configuration";
    }

    @Override
    public AccessControlConfiguration withOrigin(AccessControlConfiguration item, Origin origin) {
        return item;
    }

    // ---- Planning

    /** A configuration AWS could not create in the source says nothing worth copying. */
    @Override
    public Blocked createBlocked(AccessControlConfiguration item, Planning planning) {
        if ("CREATION_FAILED".equals(item.status())) {
            return Blocked.skip("AWS could not create it in the current organization either"
                    + (item.statusReason() == null ? "" : " (" + item.statusReason() + ")")
                    + "; set up attribute-based access control in the new organization by hand");
        }
        return null;
    }

    @Override
    public void planned(AccessControlConfiguration item, String changeId, boolean created, Planning planning) {
    }

    /** Only the attributes: AWS sets the status itself. */
    @Override
    public Set<String> settableFields() {
        return Set.of("attributes");
    }

    @Override
    public String updateSkipped(AccessControlConfiguration desired, Planning planning) {
        return null;
    }

    /** The target's configuration must be settled (ENABLED) before its attributes can be replaced. */
    @Override
    public String updateConflict(AccessControlConfiguration desired, Planning planning) {
        AccessControlConfiguration current = planning.target().accessControl();
        if (current != null && current.status() != null && !"ENABLED".equals(current.status())) {
            return "the new organization's configuration is " + current.status().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + (current.statusReason() == null ? "" : " (" + current.statusReason() + ")")
                    + "; run the import again once AWS has finished, or fix it in the IAM Identity Center console";
        }
        return null;
    }

    @Override
    public boolean keptWhenAbsent(AccessControlConfiguration current, Planning planning) {
        return false;
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.ADMIN;
    }

    /** The configuration has no ID of its own: it belongs to the instance. */
    @Override
    public String idName() {
        return null;
    }

    @Override
    public Map<String, String> create(AccessControlConfiguration item, Resolved ids, InstanceWriter writer) {
        writer.createAccessControl(item);
        return Map.of();
    }

    /** AWS replaces the whole list of attributes: the request carries every attribute the snapshot has. */
    @Override
    public Map<String, String> update(AccessControlConfiguration desired, AccessControlConfiguration current,
                                      List<FieldChange> fields, Resolved ids, InstanceWriter writer,
                                      IdentityCenterConfig target) {
        writer.updateAccessControl(desired);
        return Map.of();
    }

    @Override
    public Map<String, String> delete(AccessControlConfiguration current, Resolved ids, InstanceWriter writer) {
        writer.deleteAccessControl();
        return Map.of();
    }

    // ---- Undoing

    /** icm writes the attributes; the status and its reason are AWS's. */
    @Override
    public AccessControlConfiguration leftByRun(AccessControlConfiguration before, AccessControlConfiguration after,
                                                AccessControlConfiguration current, Set<String> fields) {
        AccessControlConfiguration settled = current != null ? current : before != null ? before : after;
        return new AccessControlConfiguration(settled.status(), settled.statusReason(), after.attributes());
    }

    @Override
    public AccessControlConfiguration partlyCreated(AccessControlConfiguration after) {
        return null;
    }

    @Override
    public String replacedSinceRun(AccessControlConfiguration now, Map<String, String> ids,
                                   Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(AccessControlConfiguration item, Category referred) {
        return label(item);
    }

    @Override
    public String objectionToDelete(AccessControlConfiguration item, InstanceLookup lookup,
                                    Function<String, String> names) {
        return sameAttributes(lookup.accessControl(), item) ? null : changed();
    }

    @Override
    public String objectionToRestore(AccessControlConfiguration current, InstanceLookup lookup) {
        return sameAttributes(lookup.accessControl(), current) ? null : changed();
    }

    @Override
    public String objectionToCreate(AccessControlConfiguration item, InstanceLookup lookup) {
        return lookup.accessControl() == null ? null
                : "an access control attribute configuration exists again" + Guards.SINCE_PLANNED;
    }

    /** Whether the configuration read now has the attributes it was planned with. */
    private boolean sameAttributes(AccessControlConfiguration now, AccessControlConfiguration planned) {
        return now != null && diff(planned, now).stream().noneMatch(f -> f.field().equals("attributes"));
    }

    private static String changed() {
        return Guards.changed("access control attribute configuration");
    }

    // ---- On screen

    @Override
    public String summary(AccessControlConfiguration item) {
        int n = item.attributes().size();
        return n + (n == 1 ? " attribute" : " attributes");
    }

    @Override
    public String searchText(AccessControlConfiguration item, Related related) {
        var text = new StringBuilder(Comparison.ACCESS_CONTROL_KEY);
        item.attributes().forEach(a -> text.append(' ').append(a.key()));
        return text.toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Fact> facts(AccessControlConfiguration item, Related related) {
        return new Facts().add("Status", item.status()).add("Status reason", item.statusReason())
                .add("Attributes", Facts.lines(item.attributes(), AccessControlKind::line)).list();
    }

    @Override
    public String document(AccessControlConfiguration item) {
        return null;
    }

    /** One row per attribute: what a person wants to read is which attribute comes from where. */
    @Override
    public Table<Attribute> table(List<AccessControlConfiguration> items, Supplier<Related> related) {
        List<Attribute> rows = items.stream()
                .flatMap(c -> c.attributes().stream().map(a -> new Attribute(a, c))).toList();
        return new Table<>("ABAC attributes", section(), rows, List.of(
                text("Key", (Attribute r) -> r.attribute().key(), 190),
                text("Value from", (Attribute r) -> String.join(", ", r.attribute().sources()), 300),
                text("Status", (Attribute r) -> r.configuration().status(), 110)),
                r -> Keys.search(r.attribute().key(), String.join(" ", r.attribute().sources())),
                r -> new Detail(r.attribute().key(), new Facts().add("Key", r.attribute().key())
                        .add("Value from", Facts.lines(r.attribute().sources(), s -> s))
                        .add("Configuration status", r.configuration().status())
                        .add("Status reason", r.configuration().statusReason()).list(), null));
    }

    /** One attribute of the configuration, as a row of the inspector. */
    public record Attribute(AccessControlAttribute attribute, AccessControlConfiguration configuration) {
    }

    /** {@code Department = ${path:enterprise.department}}. */
    static String line(AccessControlAttribute attribute) {
        return attribute.key() + " = " + String.join(", ", attribute.sources());
    }
}
