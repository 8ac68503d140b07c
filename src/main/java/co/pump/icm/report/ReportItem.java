package co.pump.icm.report;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;

/**
 * One item of a migration as the report lists it.
 *
 * @param id     the plan's ID, e.g. {@code assignment:444444444444/DataEngineer/GROUP/Data Engineering}
 * @param label  how a person names it
 * @param kind   what the plan meant to do (create, update, delete, skip, conflict)
 * @param status how it ended
 * @param reason why it failed, was not attempted or was left alone; null when done
 */
public record ReportItem(Category category, ChangeKind kind, String id, String label, ItemStatus status,
                         String reason) {
}
