package co.pump.icm.report;

/** The report's "Users to notify" and "What to do next" sections. */
final class NotifyHtml {

    private NotifyHtml() {
    }

    static void usersToNotify(Html h, ReportData data) {
        UsersToNotify notify = data.usersToNotify();
        h.open("section", "id", "users-to-notify").element("h2", "Users to notify");
        if (!notify.passwordsNeeded()) {
            h.element("p", "✓ Nobody needs a new password: users sign in through your identity provider (identity "
                    + "source: match). Tell them the new access portal address once the provider's new application "
                    + "is set up.", "class", "status-line ok");
        } else if (notify.recipients().isEmpty()) {
            h.element("p", "✓ Nobody to notify: the migration created no users.", "class", "status-line ok");
        } else {
            int n = notify.recipients().size();
            h.element("p", "⚠ " + FirstSignIn.TITLE + ". " + FirstSignIn.DETAIL, "class", "status-line bad",
                    "id", "first-sign-in");
            h.element("p", n + (n == 1 ? " person was" : " people were") + " created in the new instance and must "
                    + "set a password and MFA again. The list and the message are also saved beside this report, in "
                    + "the users-to-notify CSV and text files.", "class", "note");
            h.open("table", "class", "items").open("thead").open("tr").element("th", "User name", "scope", "col")
                    .element("th", "Display name", "scope", "col").element("th", "Email", "scope", "col")
                    .close("tr").close("thead").open("tbody");
            for (UsersToNotify.Recipient r : notify.recipients()) {
                h.open("tr").element("td", r.userName(), "class", "item").element("td", orDash(r.displayName()))
                        .element("td", orDash(r.email())).close("tr");
            }
            h.close("tbody").close("table");
        }
        h.element("h3", "Message to send");
        h.element("p", "Subject: " + notify.subject(), "class", "subject");
        h.element("pre", notify.message(), "class", "message");
        h.close("section").newline();
    }

    static void followUps(Html h, ReportData data) {
        h.open("section", "id", "follow-ups").element("h2", "What to do next");
        if (data.followUps().isEmpty()) {
            h.element("p", "✓ Nothing is left to do by hand.", "class", "status-line ok");
        } else {
            h.open("ol", "class", "follow-ups");
            for (FollowUp f : data.followUps()) {
                h.open("li").element("h3", f.title());
                if (f.detail() != null) {
                    h.element("p", f.detail());
                }
                if (!f.items().isEmpty()) {
                    h.open("ul");
                    f.items().forEach(item -> h.element("li", item));
                    h.close("ul");
                }
                h.close("li");
            }
            h.close("ol");
        }
        h.close("section").newline();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
