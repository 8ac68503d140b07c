package co.pump.icm.plan;

/**
 * Something the user should check before importing, attached to a change or (with a null ID) to
 * the whole plan. It does not stop the import.
 */
public record PlanWarning(String changeId, String message) {
}
