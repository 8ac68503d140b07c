package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.UserKind;
import co.pump.icm.model.User;

/**
 * The users disabled in the source, which AWS's API can neither create disabled nor disable: which
 * a plan leaves out (the default), which a run created anyway (enabled), and the words the
 * preview, the Finish step, {@code icm apply} and the report use about them.
 */
public final class DisabledUsers {

    /** The first thing to do after an import that created users disabled in the source. */
    public static final String DISABLE_TITLE = "Disable these users in the IAM Identity Center console";
    public static final String DISABLE_DETAIL = "They are disabled in the source, and AWS's API creates every user "
            + "enabled: until you disable them, they can sign in with the access this import gave them. In the IAM "
            + "Identity Center console: Users → the user → Disable user access.";
    public static final String LEFT_OUT_TITLE = "Users disabled in the source were not created";
    public static final String LEFT_OUT_DETAIL = "AWS's API cannot create a disabled user, so these were left out, "
            + "with their group memberships and access. If one of them must exist in the new instance, import again "
            + "with disabled users included, then disable them in the IAM Identity Center console.";

    /** The most names a sentence on screen gives; the rest are counted. */
    public static final int NAMED = 10;

    private DisabledUsers() {
    }

    /**
     * The first {@value #NAMED} names, then how many more: {@code a, b, c and 1,390 more}. A sentence
     * read on a shared screen stays a sentence, and the FX thread never measures thousands of names.
     */
    public static String firstNames(List<String> names) {
        if (names.size() <= NAMED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED)) + String.format(" and %,d more", names.size() - NAMED);
    }

    /** The users the plan leaves out because they are disabled in the source, in plan order. */
    public static List<String> leftOut(Plan plan) {
        var names = new ArrayList<String>();
        for (Change<?> change : plan.changes()) {
            if (change.category() == Category.USERS && change instanceof Change.Skip<?> skip
                    && UserKind.DISABLED_SKIPPED.equals(skip.reason())) {
                names.add(change.label());
            }
        }
        return names;
    }

    /**
     * The users disabled in the source that the plan creates and whose creation succeeded: they
     * exist enabled now.
     *
     * @param succeeded whether the change with this ID succeeded
     */
    public static List<String> created(Plan plan, Predicate<String> succeeded) {
        var names = new ArrayList<String>();
        for (Change<?> change : plan.changes()) {
            if (change instanceof Change.Create<?> create && create.item() instanceof User user
                    && UserKind.isDisabled(user) && succeeded.test(change.id())) {
                names.add(change.label());
            }
        }
        return names;
    }

    /** The users disabled in the source that the plan would create (the option is on). */
    public static List<String> toCreate(Plan plan) {
        return created(plan, id -> true);
    }

    /**
     * What the preview says about the snapshot's disabled users under the plan's choice; empty
     * when the plan has none to create or leave out. Past {@value #NAMED} users it names the first
     * and counts the rest, which the plan's list shows each with its reason.
     */
    public static String previewNote(Plan plan) {
        return previewNote(plan, toCreate(plan));
    }

    /** The same, for a caller that already has {@link #toCreate(Plan) the users the plan creates}. */
    public static String previewNote(Plan plan, List<String> created) {
        if (!created.isEmpty()) {
            return "⚠  Created enabled: " + firstNames(created) + ". AWS's API can neither create a disabled "
                    + "user nor disable one: disable them in the IAM Identity Center console right after the import, "
                    + "or they can sign in.";
        }
        List<String> leftOut = leftOut(plan);
        return leftOut.isEmpty() ? "" : "Not created, because they are disabled in the source: "
                + firstNames(leftOut) + ". Their group memberships and access are skipped too"
                + (leftOut.size() > NAMED ? "; the list shows every one as skipped." : ".");
    }

    /** One sentence naming the users to disable, for a list of steps (past {@value #NAMED}, the report names all). */
    public static String disableThem(List<String> names) {
        return DISABLE_TITLE + " first: " + firstNames(names) + everyOne(names) + ". " + DISABLE_DETAIL;
    }

    /** One sentence naming the users left out (past {@value #NAMED}, the report names all). */
    public static String leftOutNote(List<String> names) {
        return LEFT_OUT_TITLE + ": " + firstNames(names) + everyOne(names) + ". " + LEFT_OUT_DETAIL;
    }

    private static String everyOne(List<String> names) {
        return names.size() > NAMED ? " (the migration report lists every one)" : "";
    }
}
