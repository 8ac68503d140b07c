package co.pump.icm.verify;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;

/**
 * One item of a drift check: something the import would still have to do (drift), or something
 * it leaves alone on purpose (not drift).
 *
 * @param id     the plan's ID of the item, e.g. {@code user:alice@acme.com}
 * @param label  how a person names it
 * @param detail for drift what differs ("missing in the target", "differs: description"); for an
 *               item left alone, why
 */
public record DriftItem(Category category, ChangeKind kind, String id, String label, String detail) {
}
