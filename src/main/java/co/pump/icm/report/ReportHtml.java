package co.pump.icm.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import co.pump.icm.model.SourceInfo;
import co.pump.icm.verify.AccessStatus;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;

/**
 * The migration report as one self-contained HTML page: the style sheet inline, no scripts, no
 * images, no links outside the page, so that it opens offline and can be mailed or archived as
 * is. It is also well-formed XML. Every section has an id ({@code summary}, {@code source-target},
 * {@code counts}, {@code failed}, {@code skipped}, {@code applied}, {@code verification},
 * {@code access-test} when there is one, {@code moving-accounts} when accounts were followed,
 * {@code outside-identity-center}, {@code users-to-notify}, {@code follow-ups}); statuses
 * are symbols and words, never colour alone; it prints on A4 or Letter.
 */
public final class ReportHtml {

    private static final String STYLE = style();

    private ReportHtml() {
    }

    /** Renders the report. */
    public static String render(ReportData data) {
        var h = new Html();
        h.raw("<!DOCTYPE html>").newline();
        h.open("html", "lang", "en", "xmlns", "http://www.w3.org/1999/xhtml").newline();
        h.open("head").empty("meta", "charset", "utf-8")
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", "Migration report — " + side(data.source().info()) + " to " + side(data.target().info()))
                .open("style").raw(STYLE).close("style").close("head").newline();
        h.open("body").open("main").newline();
        header(h, data);
        summary(h, data);
        contents(h, data);
        OverviewHtml.sourceAndTarget(h, data);
        OverviewHtml.runs(h, data);
        OverviewHtml.counts(h, data);
        ChangesHtml.failed(h, data);
        ChangesHtml.skipped(h, data);
        ChangesHtml.applied(h, data);
        MovingAccountsHtml.timeline(h, data);
        ChecksHtml.verification(h, data);
        ChecksHtml.accessTests(h, data);
        MovingAccountsHtml.outside(h, data);
        NotifyHtml.usersToNotify(h, data);
        NotifyHtml.followUps(h, data);
        footer(h, data);
        h.close("main").close("body").newline().close("html").newline();
        return h.toString();
    }

    private static void header(Html h, ReportData data) {
        JournalRun run = data.run();
        h.open("header", "class", "page-header");
        h.element("p", "AWS IAM Identity Center migration", "class", "eyebrow");
        h.element("h1", "Migration report");
        h.element("p", "From " + side(data.source().info()) + " to " + side(data.target().info())
                + " · import started " + Html.when(run.startedAt()), "class", "lede");
        h.close("header").newline();
    }

    private static void summary(Html h, ReportData data) {
        JournalRun run = data.run();
        int done = data.applied().size();
        int notDone = data.notDone().size();
        int leftAlone = data.leftAlone() == null ? -1 : data.leftAlone().size();
        h.open("section", "id", "summary", "aria-label", "Summary");
        h.element("p", outcome(run, done, notDone), "class", "outcome " + (notDone == 0 && run.finished() ? "ok" : "bad"));
        h.open("ul", "class", "cards");
        card(h, "✓", String.format("%,d", done), done == 1 ? "change made" : "changes made", "ok");
        card(h, notDone == 0 ? "✓" : "✗", String.format("%,d", notDone), "failed or not done", notDone == 0 ? "ok" : "bad");
        card(h, "↷", leftAlone < 0 ? "?" : String.format("%,d", leftAlone), "skipped or in conflict", "muted");
        DriftCheck check = data.verification();
        if (check == null) {
            card(h, "○", "Not verified", "target not re-read", "muted");
        } else if (check.noDrift()) {
            card(h, "✓", "No drift", "target matches the snapshot", "ok");
        } else {
            card(h, "✗", String.format("%,d", check.drift().size()), "items drifted", "bad");
        }
        for (AccessTestResult test : data.accessTests()) {
            long present = test.count(AccessStatus.PRESENT);
            long expected = present + test.count(AccessStatus.MISSING);
            long unexpected = test.count(AccessStatus.UNEXPECTED);
            card(h, test.passed() ? "✓" : "✗", present + " of " + expected, "roles seen by " + shortName(test.userName())
                    + (unexpected == 0 ? "" : ", " + unexpected + " unexpected"), test.passed() ? "ok" : "bad");
        }
        UsersToNotify notify = data.usersToNotify();
        card(h, "✉", notify.passwordsNeeded() ? String.format("%,d", notify.recipients().size()) : "0",
                notify.passwordsNeeded() ? "people to notify" : "new passwords (identity provider)", "muted");
        h.close("ul").close("section").newline();
    }

    /** A user name as a card has room for: an e-mail address without its domain. */
    private static String shortName(String userName) {
        int at = userName.indexOf('@');
        return at > 0 ? userName.substring(0, at) : userName;
    }

    private static String outcome(JournalRun run, int done, int notDone) {
        if (!run.finished()) {
            return "? The import did not finish: it stopped before recording its end. Import again to finish it.";
        }
        if (run.end().cancelled()) {
            return "– The import was cancelled. Import again to finish it.";
        }
        if (notDone > 0) {
            return "✗ The import finished with " + notDone + (notDone == 1 ? " change" : " changes") + " not made.";
        }
        return done == 0 ? "✓ The import finished: the target already matched the snapshot."
                : "✓ The import finished: every change was made.";
    }

    private static void card(Html h, String symbol, String value, String label, String tone) {
        h.open("li", "class", "card " + tone);
        h.open("span", "class", "value").element("span", symbol, "class", "symbol", "aria-hidden", "true")
                .text(" " + value).close("span");
        h.element("span", label, "class", "label");
        h.close("li");
    }

    private static void contents(Html h, ReportData data) {
        h.open("nav", "id", "contents", "aria-label", "Contents").open("ol");
        link(h, "source-target", "From and to");
        link(h, "runs", data.runs().size() == 1 ? "Import run" : "Import runs");
        link(h, "counts", "Counts");
        link(h, "failed", "Failed");
        link(h, "skipped", "Skipped");
        link(h, "applied", "Applied");
        if (!data.moving().timelines().isEmpty()) {
            link(h, "moving-accounts", "Accounts that arrived");
        }
        link(h, "verification", "Verification");
        if (!data.accessTests().isEmpty()) {
            link(h, "access-test", "Access test");
        }
        if (!data.moving().roleChanges().isEmpty()) {
            link(h, "outside-identity-center", "Outside IAM Identity Center");
        }
        link(h, "users-to-notify", "Users to notify");
        link(h, "follow-ups", "What to do next");
        h.close("ol").close("nav").newline();
    }

    private static void link(Html h, String id, String text) {
        h.open("li").element("a", text, "href", "#" + id).close("li");
    }

    private static void footer(Html h, ReportData data) {
        h.open("footer", "class", "page-footer");
        h.element("p", "Made by Identity Center Migrator on " + Html.when(data.generatedAt()) + " from "
                + (data.runs().size() == 1 ? "import run " + data.run().runId()
                : "the journal's " + data.runs().size() + " import runs of this snapshot, the last " + data.run().runId())
                + ".");
        h.element("p", "This report holds names and email addresses of people: keep it where only those who need it "
                + "can read it. It holds no passwords, keys or tokens.");
        h.close("footer").newline();
    }

    /** An account and organization in a few words, e.g. {@code 111111111111 (o-abc123)}. */
    static String side(SourceInfo info) {
        if (info == null) {
            return "an unknown instance";
        }
        return info.accountId() + (info.organizationId() == null ? "" : " (" + info.organizationId() + ")");
    }

    private static String style() {
        try (InputStream in = ReportHtml.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
