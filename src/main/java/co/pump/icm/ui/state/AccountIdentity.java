package co.pump.icm.ui.state;

import java.util.Objects;

/**
 * Who the wizard is signed in as on one side of the migration, as the header shows it:
 * {@code 111111111111 (acme-management) · us-east-1 ✓}. Account IDs and names are not secret.
 *
 * @param accountId   the 12-digit AWS account ID
 * @param accountName the account's name, or null when unknown
 * @param region      the region of the Identity Center instance, or null when not known yet
 * @param confirmed   true when every sign-in check passed (✓), false when one needs attention (⚠)
 */
public record AccountIdentity(String accountId, String accountName, String region, boolean confirmed) {

    public AccountIdentity {
        Objects.requireNonNull(accountId, "accountId");
    }

    /** The account, name, region and mark, e.g. {@code 111111111111 (acme-management) · us-east-1 ✓}. */
    public String display() {
        var text = new StringBuilder(accountId);
        if (accountName != null && !accountName.isBlank()) {
            text.append(" (").append(accountName).append(')');
        }
        if (region != null && !region.isBlank()) {
            text.append(" · ").append(region);
        }
        return text.append(confirmed ? " ✓" : " ⚠").toString();
    }
}
