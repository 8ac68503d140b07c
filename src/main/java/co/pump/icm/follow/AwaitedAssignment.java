package co.pump.icm.follow;

import co.pump.icm.model.AccountAssignment;

/**
 * An assignment the preview showed for an account that had not arrived yet: created once the
 * account is in the new organization.
 *
 * @param changeId   the preview's ID for it, e.g. {@code assignment:666666666666/ReadOnly/GROUP/Admins}
 * @param label      how the preview named it
 * @param assignment the assignment, by natural keys
 */
public record AwaitedAssignment(String changeId, String label, AccountAssignment assignment) {
}
