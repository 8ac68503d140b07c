package co.pump.icm.sandbox.state;

/** A group membership as the Identity Store holds it: by IDs. */
public record MembershipRecord(String membershipId, String groupId, String userId) {
}
