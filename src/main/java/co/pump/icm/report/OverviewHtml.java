package co.pump.icm.report;

import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;

/** The report's "From and to" and "Counts" sections. */
final class OverviewHtml {

    private OverviewHtml() {
    }

    static void sourceAndTarget(Html h, ReportData data) {
        h.open("section", "id", "source-target").element("h2", "From and to");
        h.open("div", "class", "sides");
        side(h, "From: the current organization", data.source(), "Exported", null);
        side(h, "To: the new organization", data.target(), "Imported", data.usersToNotify().portalUrl());
        h.close("div");
        options(h, data.run().options());
        h.close("section").newline();
    }

    private static void side(Html h, String title, ReportData.Side side, String verb, String portalUrl) {
        SourceInfo info = side.info();
        h.open("div", "class", "side").element("h3", title).open("dl");
        if (info == null) {
            row(h, "Instance", "not recorded", false);
        } else {
            row(h, "Account", info.accountId() + (side.accountName() == null ? "" : " (" + side.accountName() + ")"), false);
            row(h, "Organization", info.organizationId(), false);
            row(h, "Management account", info.managementAccountId(), false);
            row(h, "Region", info.region(), false);
            row(h, "Instance", info.instanceArn() == null ? null
                    : info.instanceArn() + (info.instanceName() == null ? "" : " (" + info.instanceName() + ")"), true);
            row(h, "Identity store", info.identityStoreId(), true);
            if (portalUrl != null) {
                row(h, "Access portal", portalUrl, true);
            }
            row(h, verb + " by", info.callerArn(), true);
        }
        row(h, verb + " at", Html.when(side.at()), false);
        h.close("dl").close("div");
    }

    private static void row(Html h, String term, String value, boolean code) {
        h.element("dt", term);
        if (value == null || value.isBlank()) {
            h.element("dd", "not recorded", "class", "muted");
        } else {
            h.element("dd", value, "class", code ? "mono" : null);
        }
    }

    private static void options(Html h, PlanOptions options) {
        h.open("p", "class", "note");
        h.text("Import options: identity source " + (options.identitySource() == IdentitySource.CREATE
                ? "create (the Identity Center directory; the migration creates users and groups)"
                : "match (an external identity provider provisions users and groups)")
                + "; " + (options.updateExisting() ? "existing items that differ are updated" : "existing items are not updated")
                + "; " + (options.deleteAbsent() ? "items not in the snapshot are deleted" : "nothing is deleted")
                + "; " + (options.includeDisabledUsers() ? "users disabled in the source are created (enabled)"
                : "users disabled in the source are not created")
                + (options.accountMap().isIdentity() ? "" : "; account map: " + accountMap(options))
                + (options.deselected().isEmpty() ? "" : "; " + options.deselected().size() + " items deselected")
                + ".");
        h.close("p");
    }

    private static String accountMap(PlanOptions options) {
        var parts = new java.util.ArrayList<String>();
        options.accountMap().remap().forEach((from, to) -> parts.add(from + " → " + to));
        options.accountMap().skip().forEach(s -> parts.add(s + " skipped"));
        java.util.Collections.sort(parts);
        return String.join(", ", parts);
    }

    /** Each import run of the migration, oldest first, and what an undo took back of it. */
    static void runs(Html h, ReportData data) {
        int n = data.runs().size();
        h.open("section", "id", "runs").element("h2", n == 1 ? "Import run" : "Import runs");
        if (n > 1) {
            h.element("p", "This report covers the whole migration: the " + n + " runs below, of this snapshot into "
                    + "this instance. Counts and lists are what the runs made together, less what an undo took back.",
                    "class", "note");
        }
        h.open("table", "class", "items").open("thead").open("tr").element("th", "Run", "scope", "col")
                .element("th", "Started", "scope", "col").element("th", "Outcome", "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (RunSummary run : data.runs()) {
            h.open("tr").element("td", run.runId(), "class", "mono").element("td", Html.when(run.startedAt()))
                    .element("td", run.text()).close("tr");
        }
        h.close("tbody").close("table").close("section").newline();
    }

    static void counts(Html h, ReportData data) {
        h.open("section", "id", "counts").element("h2", "Counts");
        h.element("p", "Create, update and delete show what was done out of what was planned.", "class", "note");
        h.open("table", "class", "counts").open("thead").open("tr");
        for (String heading : new String[] {"Category", "Create", "Update", "Delete", "Unchanged", "Skipped",
                "Conflict", "Failed", "Not done"}) {
            h.element("th", heading, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        int[] totals = new int[11];
        for (CategoryCounts c : data.counts()) {
            h.open("tr").element("th", c.category().label(), "scope", "row");
            int[] values = {c.done(ChangeKind.CREATE), c.planned(ChangeKind.CREATE), c.done(ChangeKind.UPDATE),
                    c.planned(ChangeKind.UPDATE), c.done(ChangeKind.DELETE), c.planned(ChangeKind.DELETE),
                    c.planned(ChangeKind.UNCHANGED), c.planned(ChangeKind.SKIP), c.planned(ChangeKind.CONFLICT),
                    c.failed(), c.notAttempted() + c.unfinished()};
            for (int i = 0; i < values.length; i++) {
                totals[i] += values[i];
            }
            cells(h, values, "td");
            h.close("tr");
        }
        h.close("tbody").open("tfoot").open("tr").element("th", "Total", "scope", "row");
        cells(h, totals, "td");
        h.close("tr").close("tfoot").close("table").close("section").newline();
    }

    private static void cells(Html h, int[] v, String tag) {
        for (int i = 0; i < 6; i += 2) {
            boolean incomplete = v[i] < v[i + 1];
            h.element(tag, v[i + 1] == 0 ? "–" : String.format("%,d / %,d", v[i], v[i + 1]),
                    "class", "num" + (incomplete ? " short" : ""));
        }
        for (int i = 6; i < 11; i++) {
            boolean bad = i >= 9 && v[i] > 0;
            h.element(tag, v[i] == 0 ? "–" : (bad ? "✗ " : "") + String.format("%,d", v[i]), "class", "num" + (bad ? " bad" : ""));
        }
    }
}
