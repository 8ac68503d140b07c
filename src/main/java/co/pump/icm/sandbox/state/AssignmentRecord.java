package co.pump.icm.sandbox.state;

/** An account assignment as AWS holds it: by IDs. */
public record AssignmentRecord(String accountId, String permissionSetArn, String principalType, String principalId) {
}
