package co.pump.icm.sandbox.identitystore;

import co.pump.icm.sandbox.AwsError;

/**
 * Identity Store errors with their modelled members. The messages are the sandbox's own: AWS's
 * exact wording for these is not documented (the only known wording, "USER not found." and
 * "Duplicate UserName", comes from the moto emulator and is followed here).
 */
final class Errors {
    private Errors() {
    }

    /** ResourceNotFoundException with ResourceType (USER, GROUP, GROUP_MEMBERSHIP, IDENTITY_STORE) and ResourceId. */
    static AwsError notFound(String resourceType, String resourceId) {
        AwsError error = AwsError.notFound(resourceType + " not found.").with("ResourceType", resourceType);
        return resourceId == null ? error : error.with("ResourceId", resourceId);
    }

    /** ConflictException for a name (or other unique attribute) already taken. */
    static AwsError duplicate(String what) {
        return AwsError.conflict("Duplicate " + what).with("Reason", "UNIQUENESS_CONSTRAINT_VIOLATION");
    }

    /** ValidationException for a NextToken this list did not issue. */
    static AwsError invalidNextToken() {
        return AwsError.validation("The NextToken is invalid. Use the NextToken returned by the previous call to this operation.");
    }
}
