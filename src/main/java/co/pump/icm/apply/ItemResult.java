package co.pump.icm.apply;

import co.pump.icm.compare.Category;

/**
 * The end of one change.
 *
 * @param reason why it failed or was not attempted; null when it succeeded
 */
public record ItemResult(String changeId, Category category, String label, Outcome outcome, String reason) {
}
