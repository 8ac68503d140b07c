package co.pump.icm.sandbox.state;

/**
 * A user's enterprise extension ({@code aws:identitystore:enterprise}) as the identity store keeps
 * it: SCIM's enterprise user attributes, and the manager as a user ID of the same store (which
 * may name a user deleted since: deleting a user does not clear it).
 */
public record EnterpriseRecord(String employeeNumber, String costCenter, String organization, String division,
                               String department, String managerId) {
}
