package co.pump.icm.plan;

import java.util.List;

/**
 * Something the user should check before importing, attached to a change or (with a null ID) to
 * the whole plan. It does not stop the import.
 */
public record PlanWarning(String changeId, String message) {

    /** The ID of what reading the new organization found (a twin assignment, say), rather than a change. */
    public static final String NEW_ORGANIZATION = "new-organization";

    /** What reading the new organization found, each said of the new organization. */
    public static List<PlanWarning> ofNewOrganization(List<String> found) {
        return found.stream().map(sentence -> new PlanWarning(NEW_ORGANIZATION, "In the new organization: " + sentence))
                .toList();
    }

    /** True for what reading the new organization found. */
    public boolean aboutNewOrganization() {
        return NEW_ORGANIZATION.equals(changeId);
    }
}
