package co.pump.icm.report;

/**
 * The report's "Recreate by hand" section: each item AWS's API cannot create (an application made
 * in the console), whether the migration found it made already, and what the console will ask
 * for as far as AWS's API shows it. Left out when the snapshot has none.
 */
final class ByHandHtml {

    private ByHandHtml() {
    }

    static void section(Html h, ReportData data) {
        if (data.byHand().isEmpty()) {
            return;
        }
        String account = data.target().info() == null ? null : data.target().info().accountId();
        h.open("section", "id", "recreate-by-hand").element("h2", "Recreate by hand");
        h.element("p", "AWS's API cannot create these. Make each in the new organization"
                + (account == null ? "" : ", signed in to account " + account + " (the account the import used, so "
                + "that the migrator sees it)") + ", with what is listed here, then import again: their assignments follow. What "
                + "AWS's API does not show (such as a SAML application's metadata and attribute mappings) is in the "
                + "current organization's console.", "class", "note");
        h.open("table", "class", "items").open("thead").open("tr").element("th", "Status", "scope", "col")
                .element("th", "Item", "scope", "col").element("th", "What the console asks for", "scope", "col")
                .close("tr").close("thead").open("tbody");
        for (RecreateByHand item : data.byHand()) {
            h.open("tr");
            switch (item.state()) {
                case TO_MAKE -> h.element("td", "! To make", "class", "status warn");
                case MADE -> h.element("td", "✓ Made; assignments carried", "class", "status ok");
                case UNKNOWN -> h.element("td", "? Not known", "class", "status muted");
            }
            h.element("td", item.label(), "class", "item");
            h.open("td").open("ul", "class", "plain");
            item.lines().forEach(line -> h.element("li", line));
            h.close("ul").close("td");
            h.close("tr");
        }
        h.close("tbody").close("table");
        h.close("section").newline();
    }
}
