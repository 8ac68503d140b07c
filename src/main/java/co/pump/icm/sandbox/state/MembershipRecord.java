package co.pump.icm.sandbox.state;

/**
 * A group membership as the Identity Store holds it: by IDs, with when and by whom it was made
 * (a membership is never updated, so that is also its last update).
 *
 * @param createdAt an ISO-8601 instant, or null when unknown
 * @param createdBy the ARN of who made it, or null when unknown
 */
public record MembershipRecord(String membershipId, String groupId, String userId, String createdAt,
                               String createdBy) {

    /** A membership with no record of its making. */
    public MembershipRecord(String membershipId, String groupId, String userId) {
        this(membershipId, groupId, userId, null, null);
    }
}
