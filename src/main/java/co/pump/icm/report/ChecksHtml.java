package co.pump.icm.report;

import co.pump.icm.verify.AccessCheck;
import co.pump.icm.verify.AccessStatus;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.verify.DriftItem;

/** The report's checks after the import: the drift check and the access tests. */
final class ChecksHtml {

    private ChecksHtml() {
    }

    static void verification(Html h, ReportData data) {
        DriftCheck check = data.verification();
        h.open("section", "id", "verification").element("h2", "Verification");
        if (check == null) {
            h.element("p", "○ Not verified: the new instance was not read again for this report. Make the report with "
                    + "--verify (or use the wizard's Test step) to compare it with the snapshot.", "class",
                    "status-line muted");
        } else if (check.noDrift()) {
            h.element("p", String.format("✓ No drift: on %s the new instance held everything the import intended "
                    + "(%,d items checked).", Html.when(check.checkedAt()), check.itemsChecked()), "class", "status-line ok");
        } else {
            h.element("p", String.format("✗ Drift: on %s, %,d of %,d items differed from what the import intended.",
                    Html.when(check.checkedAt()), check.drift().size(), check.itemsChecked()), "class", "status-line bad");
            h.open("table", "class", "items").open("thead").open("tr").element("th", "Category", "scope", "col")
                    .element("th", "Item", "scope", "col").element("th", "What differs", "scope", "col")
                    .close("tr").close("thead").open("tbody");
            for (DriftItem item : check.drift()) {
                h.open("tr").element("td", item.category().label()).element("td", item.label(), "class", "item")
                        .element("td", "✗ " + item.detail(), "class", "reason").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("section").newline();
    }

    static void accessTests(Html h, ReportData data) {
        if (data.accessTests().isEmpty()) {
            return;
        }
        h.open("section", "id", "access-test").element("h2", "Access test");
        h.element("p", "A user signed in to the new access portal; the accounts and roles they see are compared with "
                + "what the snapshot gives them (directly and through their groups).", "class", "note");
        for (AccessTestResult test : data.accessTests()) {
            h.open("div", "class", "access-test");
            h.element("h3", test.userName() + " — " + (test.passed() ? "✓ sees exactly what is expected"
                    : "✗ " + test.count(AccessStatus.MISSING) + " missing, " + test.count(AccessStatus.UNEXPECTED)
                    + " unexpected"));
            h.element("p", "Signed in at " + test.portalUrl() + " on " + Html.when(test.testedAt()) + ".", "class", "note");
            h.open("table", "class", "items").open("thead").open("tr").element("th", "Status", "scope", "col")
                    .element("th", "Account", "scope", "col").element("th", "Role", "scope", "col")
                    .element("th", "Expected because", "scope", "col").close("tr").close("thead").open("tbody");
            for (AccessCheck check : test.checks()) {
                String tone = check.status() == AccessStatus.PRESENT ? "ok" : "bad";
                h.open("tr").element("td", check.status().symbol() + " " + check.status().label(), "class", "status " + tone)
                        .element("td", check.accountId() + (check.accountName() == null ? "" : " (" + check.accountName() + ")"))
                        .element("td", check.roleName(), "class", "item")
                        .element("td", check.via().isEmpty() ? "not in the snapshot" : String.join(", ", check.via()))
                        .close("tr");
            }
            h.close("tbody").close("table").close("div");
        }
        h.close("section").newline();
    }
}
