package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.DisabledUsers;
import co.pump.icm.plan.PlanOptions;

/**
 * The deliberate confirmation before an import: the target account (ID and name), what will be
 * written, and the check that the person typed the account ID or its last four digits.
 *
 * @param accountId   the target account's 12-digit ID
 * @param accountName its name, or null when unknown
 * @param region      the region of the target instance, or null
 * @param writes      how many changes will be written
 * @param lines       what will be written and left alone, one sentence per line
 */
public record Confirmation(String accountId, String accountName, String region, int writes, List<String> lines) {

    public Confirmation {
        Objects.requireNonNull(accountId, "accountId");
        lines = List.copyOf(lines);
    }

    /** The confirmation for the data shown. */
    static Confirmation of(PlanData data, String accountId, String accountName, String region) {
        var lines = new ArrayList<String>();
        lines.add(line(data, ChangeKind.CREATE, "Create"));
        if (data.count(ChangeKind.UPDATE) > 0) {
            lines.add(line(data, ChangeKind.UPDATE, "Update"));
        }
        if (data.count(ChangeKind.DELETE) > 0) {
            lines.add("⚠ " + line(data, ChangeKind.DELETE, "Delete"));
        }
        int skipped = data.count(ChangeKind.SKIP);
        int conflicts = data.count(ChangeKind.CONFLICT);
        if (skipped + conflicts > 0) {
            lines.add(String.format("Leave alone: %,d skipped and %,d in conflict.", skipped, conflicts));
        }
        List<String> disabled = data.disabledToCreate();
        if (!disabled.isEmpty()) {
            lines.add("⚠ Create enabled, though disabled in the source: " + DisabledUsers.firstNames(disabled)
                    + ". Disable them in the IAM Identity Center console right after the import.");
        }
        return new Confirmation(accountId, accountName, region, data.writes(), lines);
    }

    private static String line(PlanData data, ChangeKind kind, String verb) {
        var parts = new ArrayList<String>();
        for (Category category : PlanOptions.MIGRATED) {
            int n = data.count(category, kind);
            if (n > 0) {
                parts.add(String.format("%,d %s", n, noun(category, n)));
            }
        }
        return verb + ": " + (parts.isEmpty() ? "nothing" : String.join(", ", parts)) + ".";
    }

    private static String noun(Category category, int n) {
        return n == 1 ? category.singular() : category.label().toLowerCase(Locale.ROOT);
    }

    /** {@code 888888888888 (larkspur-identity) · eu-west-1}. */
    public String account() {
        var text = new StringBuilder(accountId);
        if (accountName != null && !accountName.isBlank()) {
            text.append(" (").append(accountName).append(')');
        }
        if (region != null && !region.isBlank()) {
            text.append(" · ").append(region);
        }
        return text.toString();
    }

    /** The last four digits of the account ID. */
    public String lastFour() {
        return accountId.substring(Math.max(0, accountId.length() - 4));
    }

    /** The confirm button's text, e.g. {@code Import 416 changes}. */
    public String buttonText() {
        return String.format("Import %,d %s", writes, writes == 1 ? "change" : "changes");
    }

    /**
     * Whether what the person typed confirms the import: the whole account ID or its last four
     * digits (spaces and dashes ignored).
     */
    public boolean accepts(String typed) {
        if (typed == null) {
            return false;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.equals(accountId) || digits.length() == 4 && digits.equals(lastFour());
    }
}
