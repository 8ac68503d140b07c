package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.ui.inspector.Fact;
import co.pump.icm.ui.inspector.PolicyJson;

/**
 * The detail pane's content for a row: for a create the item's attributes (a user's name, email
 * and groups; a permission set's policies with the inline policy pretty-printed), for an update
 * each field old → new, for a skip or a conflict the reason, for an unchanged item its attributes
 * and that it is left as it is, for a category its counts. Cheap: one item, with lookups worked
 * out beforehand.
 */
final class ChangeDetails {

    /** What the detail says of an item already as the snapshot has it. */
    static final String UNCHANGED = "Already in the new organization as the snapshot has it: the import leaves it as it is.";

    private ChangeDetails() {
    }

    static ChangeDetail of(PlanRow row, PlanData data, boolean included) {
        if (row.isCategory()) {
            return category(row.category(), data, included);
        }
        if (row.isUnchanged()) {
            Object item = row.item();
            return new ChangeDetail(row.label(), ChangeMarks.text(ChangeKind.UNCHANGED),
                    ChangeMarks.styleClass(ChangeKind.UNCHANGED), UNCHANGED,
                    facts(row.category(), item, data.lookups()), List.of(),
                    PolicyJson.pretty(document(row.category(), item)));
        }
        Change<?> change = row.change();
        ChangeKind kind = change.kind();
        var fields = new ArrayList<ChangeDetail.FieldLine>();
        if (change instanceof Change.Update<?> update) {
            for (FieldChange field : update.fields()) {
                fields.add(new ChangeDetail.FieldLine(field.path(), field.oldText(), field.newText()));
            }
        }
        Object item = change.item();
        String policy = PolicyJson.pretty(document(change.category(), item));
        return new ChangeDetail(change.label(), ChangeMarks.text(kind), ChangeMarks.styleClass(kind),
                reason(change), facts(change.category(), item, data.lookups()), fields, policy);
    }

    private static String reason(Change<?> change) {
        if (change instanceof Change.Skip<?> skip) {
            return "Skipped: " + skip.reason() + ".";
        }
        if (change instanceof Change.Conflict<?> conflict) {
            return "In conflict: " + conflict.reason() + ". It is left alone.";
        }
        if (change instanceof Change.Update<?> update) {
            int n = update.fields().size();
            return "Exists in the new organization; " + n + (n == 1 ? " field changes:" : " fields change:");
        }
        if (change instanceof Change.Delete<?>) {
            return "Not in the snapshot: it will be deleted from the new organization.";
        }
        return "Will be created in the new organization.";
    }

    private static ChangeDetail category(Category category, PlanData data, boolean included) {
        var facts = new ArrayList<Fact>();
        for (ChangeKind kind : ChangeKind.values()) {
            int n = data.count(category, kind);
            if (n > 0 || kind != ChangeKind.DELETE) {
                facts.add(new Fact(ChangeMarks.text(kind), String.format("%,d", n)));
            }
        }
        String reason = included ? "Included in this import. Untick an item to leave it out; what needs it is "
                + "skipped too." : category.label() + " are not part of this import; tick the category to include them.";
        return new ChangeDetail(category.label(), "", "", reason, facts, List.of(), null);
    }

    /** The item's facts as its kind tells them. */
    @SuppressWarnings("unchecked")
    private static <T> List<Fact> facts(Category category, Object item, PlanLookups lookups) {
        var kind = (Kind<?, T>) Kinds.of(category);
        var facts = new ArrayList<Fact>();
        for (co.pump.icm.kind.Fact fact : kind.facts((T) item, lookups.related())) {
            facts.add(new Fact(fact.name(), fact.value()));
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static <T> String document(Category category, Object item) {
        return ((Kind<?, T>) Kinds.of(category)).document((T) item);
    }
}
