package co.pump.icm.model;

/**
 * Where a record came from in the instance it was read from: its instance-specific ID (user ID,
 * group ID, membership ID, permission set ARN, principal ID) and the audit fields AWS keeps.
 * For traceability only: never compared, never written to another instance.
 *
 * @param id        the ID or ARN in the source instance
 * @param createdAt ISO-8601 instant, or null
 * @param createdBy who created it, as AWS reports it, or null
 * @param updatedAt ISO-8601 instant, or null
 * @param updatedBy who last updated it, or null
 */
public record Origin(String id, String createdAt, String createdBy, String updatedAt, String updatedBy) {

    public static Origin of(String id) {
        return new Origin(id, null, null, null, null);
    }
}
