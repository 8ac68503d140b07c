package co.pump.icm.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;

/** The report's lists of changes: failed (and not done), skipped, applied. */
final class ChangesHtml {

    private static final Comparator<ReportItem> ORDER = Comparator.comparing(ReportItem::category)
            .thenComparing(ReportItem::label, String.CASE_INSENSITIVE_ORDER);

    private ChangesHtml() {
    }

    static void failed(Html h, ReportData data) {
        List<ReportItem> items = data.notDone().stream().sorted(ORDER).toList();
        h.open("section", "id", "failed").element("h2", "Failed and not done");
        if (items.isEmpty()) {
            h.element("p", "✓ Nothing failed.", "class", "status-line ok");
        } else {
            h.element("p", items.size() + (items.size() == 1 ? " change was" : " changes were")
                    + " not made. Fix the cause, then import again: only what is left is done.", "class", "note");
            table(h, items);
        }
        h.close("section").newline();
    }

    static void skipped(Html h, ReportData data) {
        h.open("section", "id", "skipped").element("h2", "Skipped and in conflict");
        h.element("p", "Items the import left alone on purpose, grouped by reason. " + data.leftAloneNote(),
                "class", "note");
        List<ReportItem> items = data.leftAlone();
        if (items != null && items.isEmpty()) {
            h.element("p", "✓ Nothing was skipped.", "class", "status-line ok");
        } else if (items != null) {
            h.open("table", "class", "items").open("thead").open("tr").element("th", "Status", "scope", "col")
                    .element("th", "Category", "scope", "col").element("th", "Items", "scope", "col")
                    .element("th", "Why", "scope", "col").close("tr").close("thead").open("tbody");
            for (List<ReportItem> group : byReason(items)) {
                ReportItem first = group.get(0);
                h.open("tr");
                status(h, first.status());
                h.element("td", first.category().label() + (group.size() > 1 ? " (" + group.size() + ")" : ""));
                h.open("td", "class", "item").open("ul", "class", "plain");
                group.forEach(i -> h.element("li", i.label()));
                h.close("ul").close("td");
                h.element("td", first.reason() == null ? "—" : first.reason(), "class", "reason");
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("section").newline();
    }

    /** Items with the same status, category and reason together, in category then reason order. */
    private static List<List<ReportItem>> byReason(List<ReportItem> items) {
        var groups = new LinkedHashMap<String, List<ReportItem>>();
        for (ReportItem item : items.stream().sorted(ORDER).toList()) {
            groups.computeIfAbsent(item.status() + "\n" + item.category() + "\n" + item.reason(),
                    k -> new ArrayList<>()).add(item);
        }
        var result = new ArrayList<>(groups.values());
        result.sort(Comparator.comparing((List<ReportItem> g) -> g.get(0).category())
                .thenComparing(g -> String.valueOf(g.get(0).reason())));
        return result;
    }

    static void applied(Html h, ReportData data) {
        List<ReportItem> items = data.applied().stream().sorted(ORDER).toList();
        h.open("section", "id", "applied").element("h2", "Applied");
        if (items.isEmpty()) {
            h.element("p", "No change was made.", "class", "status-line muted");
            h.close("section").newline();
            return;
        }
        h.element("p", "✓ " + items.size() + (items.size() == 1 ? " change" : " changes") + " made in the new instance.",
                "class", "status-line ok");
        var byCategory = new EnumMap<Category, List<ReportItem>>(Category.class);
        items.forEach(i -> byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
        byCategory.forEach((category, list) -> {
            h.element("h3", category.label() + " — " + kinds(list));
            h.open("ul", "class", "compact");
            for (ReportItem item : list) {
                h.element("li", item.label() + (item.kind() == ChangeKind.CREATE ? "" : " (" + done(item.kind()) + ")"));
            }
            h.close("ul");
        });
        h.close("section").newline();
    }

    /** E.g. "40 created, 2 updated". */
    private static String kinds(List<ReportItem> items) {
        var parts = new ArrayList<String>();
        for (ChangeKind kind : List.of(ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.DELETE)) {
            long n = items.stream().filter(i -> i.kind() == kind).count();
            if (n > 0) {
                parts.add(n + " " + done(kind));
            }
        }
        return String.join(", ", parts);
    }

    private static String done(ChangeKind kind) {
        return switch (kind) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case DELETE -> "deleted";
            default -> kind.label().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static void table(Html h, List<ReportItem> items) {
        h.open("table", "class", "items").open("thead").open("tr");
        h.element("th", "Status", "scope", "col").element("th", "Category", "scope", "col")
                .element("th", "Change", "scope", "col").element("th", "Item", "scope", "col")
                .element("th", "Why", "scope", "col");
        h.close("tr").close("thead").open("tbody");
        for (ReportItem item : items) {
            h.open("tr");
            status(h, item.status());
            h.element("td", item.category().label());
            h.element("td", item.kind().label());
            h.element("td", item.label(), "class", "item");
            h.element("td", item.reason() == null ? "—" : item.reason(), "class", "reason");
            h.close("tr");
        }
        h.close("tbody").close("table");
    }

    /** A status cell: symbol and word, the colour only repeats them. */
    static void status(Html h, ItemStatus status) {
        String tone = switch (status) {
            case DONE -> "ok";
            case FAILED -> "bad";
            case NOT_ATTEMPTED, UNFINISHED, CONFLICT -> "warn";
            case SKIPPED -> "muted";
        };
        h.element("td", status.symbol() + " " + status.label(), "class", "status " + tone);
    }
}
