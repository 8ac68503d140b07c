package co.pump.icm.kind;

/**
 * Why an item of the snapshot will not be written: skipped (left alone, e.g. an identity provider
 * owns it) or in conflict (AWS would refuse it as it is).
 *
 * @param conflict   true for a conflict, false for a skip
 * @param reason     the reason shown with the item
 * @param whyMissing what items that need this one are told, e.g. "its name is reserved by AWS"
 */
public record Blocked(boolean conflict, String reason, String whyMissing) {

    public static Blocked skip(String reason) {
        return new Blocked(false, reason, reason);
    }

    public static Blocked conflict(String reason, String whyMissing) {
        return new Blocked(true, reason, whyMissing);
    }
}
