package co.pump.icm.report;

import java.util.List;

import co.pump.icm.follow.AccountTimeline;

/**
 * The report's sections on the accounts moving to the new organization: the timeline of the accounts
 * following waited for ({@code moving-accounts}), and what changes for them outside IAM Identity
 * Center ({@code outside-identity-center}).
 */
final class MovingAccountsHtml {

    private MovingAccountsHtml() {
    }

    static void timeline(Html h, ReportData data) {
        List<AccountTimeline> timelines = data.moving().timelines();
        if (timelines.isEmpty()) {
            return;
        }
        h.open("section", "id", "moving-accounts").element("h2", "Accounts that arrived during the migration");
        h.element("p", "These accounts were not in the new organization yet when the import ran. The migrator kept looking at the "
                + "organization (every 30 seconds, unless told otherwise) and, as each arrived, created the assignments "
                + "the preview showed for it: the confirmation given for the import covered those, and nothing more.", "class", "note");
        long awaited = timelines.stream().filter(t -> t.status() == AccountTimeline.Status.AWAITED).count();
        long partly = timelines.stream().filter(t -> t.status() != AccountTimeline.Status.ACCESS_GIVEN
                && t.status() != AccountTimeline.Status.AWAITED).count();
        if (awaited == 0 && partly == 0) {
            h.element("p", "✓ Every awaited account arrived, and its users got access.", "class", "status-line ok");
        } else {
            h.element("p", (awaited > 0 ? "… " + awaited + (awaited == 1 ? " account is" : " accounts are")
                    + " still awaited. " : "✗ ") + (partly > 0 ? partly + (partly == 1 ? " account has" : " accounts have")
                    + " not all of its assignments. " : "") + "Import again with --follow-accounts (or the wizard) "
                    + "once the accounts have moved: it picks up where this run stopped.", "class", "status-line bad");
        }
        h.open("table", "class", "items").open("thead").open("tr");
        for (String heading : new String[] {"Status", "Account", "Awaited since", "Joined the new organization",
                "Seen by the migrator", "Users got access", "Assignments"}) {
            h.element("th", heading, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (AccountTimeline t : timelines) {
            h.open("tr");
            status(h, t.status());
            h.element("td", t.displayName(), "class", "item");
            h.element("td", Html.when(t.awaitedSince()));
            h.element("td", t.joinedAt() == null ? "—" : Html.when(t.joinedAt()));
            h.element("td", t.seenAt() == null ? "—" : Html.when(t.seenAt()));
            h.element("td", t.status() == AccountTimeline.Status.ACCESS_GIVEN ? Html.when(t.accessAt()) : "—");
            h.element("td", t.given() + " of " + t.assignments() + " in place"
                    + (t.notDone() == 0 ? "" : ", " + t.notDone() + " not done (see Failed)"), "class", "num");
            h.close("tr");
        }
        h.close("tbody").close("table").close("section").newline();
    }

    private static void status(Html h, AccountTimeline.Status status) {
        String[] cell = switch (status) {
            case AWAITED -> new String[] {"… Awaited", "muted"};
            case ARRIVED -> new String[] {"! Arrived, assignments not made", "warn"};
            case ACCESS_GIVEN -> new String[] {"✓ Access given", "ok"};
            case PARTLY_GIVEN -> new String[] {"✗ Partly given", "bad"};
        };
        h.element("td", cell[0], "class", "status " + cell[1]);
    }

    static void outside(Html h, ReportData data) {
        List<RoleChange> changes = data.moving().roleChanges();
        if (changes.isEmpty()) {
            return;
        }
        h.open("section", "id", "outside-identity-center").element("h2", "What changes outside IAM Identity Center");
        h.element("p", "In every account, the new organization's IAM Identity Center creates IAM roles of its own, "
                + "named AWSReservedSSO_<permission set>_<random suffix> under the path aws-reserved/sso.amazonaws.com/"
                + "<region>/ (no region for us-east-1). The old organization's roles go when an account leaves it. "
                + "Whatever in the accounts names an old role stops matching; look for it in:", "class", "note");
        h.open("ul", "class", "plain");
        h.element("li", "Resource policies — S3 bucket policies, KMS key policies, and the policies of SQS queues, SNS "
                + "topics, Secrets Manager secrets, Lambda functions, ECR repositories — and IAM role trust policies whose "
                + "Principal names an old role's ARN. IAM keeps such a principal as the role's unique ID: once the old role "
                + "is gone the policy shows an ID beginning with AROA instead. Put the new role's ARN there, or match with "
                + "the condition aws:PrincipalArn and a pattern such as the new role's below, which a new suffix does not "
                + "break.");
        h.element("li", "Amazon EKS access entries for an old role: EKS keeps the role's unique ID, so the entry does "
                + "not work for the new role even if the name were the same. Delete it and create an access entry for "
                + "the new role's ARN; in an aws-auth ConfigMap, map the new role.");
        h.element("li", "Conditions and patterns that spell out the old role's name or path "
                + "(aws:PrincipalArn, aws:userid, IAM policies in other accounts, SCPs, tools that look roles up by name).");
        h.close("ul");
        long seen = changes.stream().filter(c -> c.newRoleArn() != null).count();
        h.element("p", seen == 0 ? "No sign-in during the Test step took these roles, so the new suffixes are not known "
                + "here: sign in as a user who has the role (or open IAM in the account) to see it."
                : seen + " of " + changes.size() + " new roles were seen when a user signed in during the Test step; "
                + "for the others the suffix is known once someone takes the role.", "class", "note");
        h.open("table", "class", "items").open("thead").open("tr");
        for (String heading : new String[] {"Account", "Permission set", "Old role (pattern)", "New role", "State"}) {
            h.element("th", heading, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (RoleChange c : changes) {
            h.open("tr");
            h.element("td", c.accountId() + (c.accountName() == null ? "" : " (" + c.accountName() + ")"));
            h.element("td", c.permissionSetName());
            h.element("td", c.oldRoleArn(), "class", "item mono");
            if (c.newRoleArn() != null) {
                h.element("td", "✓ " + c.newRoleArn() + " (seen at sign-in)", "class", "item mono");
            } else {
                h.element("td", c.newRolePattern(), "class", "item mono");
            }
            h.element("td", switch (c.status()) {
                case IN_PLACE -> "✓ New role in place";
                case AWAITED -> "… When the account arrives";
                case NOT_ASSIGNED -> "· Not assigned by the import";
            }, "class", "status");
            h.close("tr");
        }
        h.close("tbody").close("table").close("section").newline();
    }
}
