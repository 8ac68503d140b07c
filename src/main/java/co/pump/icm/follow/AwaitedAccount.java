package co.pump.icm.follow;

import java.util.List;

/**
 * An account the preview showed as not yet in the new organization, and what awaits it there.
 *
 * @param accountId   the AWS account
 * @param accountName its name as the snapshot has it, or null
 * @param assignments the assignments to create when it arrives, in the preview's order
 */
public record AwaitedAccount(String accountId, String accountName, List<AwaitedAssignment> assignments) {

    public AwaitedAccount {
        assignments = List.copyOf(assignments);
    }

    /** The account as a person names it: {@code 666666666666 (larkspur-sandbox)}. */
    public String displayName() {
        return accountName == null ? accountId : accountId + " (" + accountName + ")";
    }
}
