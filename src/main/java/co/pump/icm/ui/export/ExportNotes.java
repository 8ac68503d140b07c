package co.pump.icm.ui.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The export's warnings as the Export step lists them. Accounts that have assignments but are no
 * longer in the organization are, during a migration, usually accounts that have moved to the new
 * organization already: that is expected, not a warning, and the later steps read their names
 * there. They are said once, as a note; every other warning keeps its mark.
 */
final class ExportNotes {

    /** How the export's reader words an account that left the organization (see InstanceReader). */
    private static final String MOVED = "is not in the organization any more";

    private ExportNotes() {
    }

    static List<String> lines(List<String> warnings) {
        var lines = new ArrayList<String>();
        var moved = new ArrayList<String>();
        for (String warning : warnings) {
            if (warning.contains(MOVED) && warning.startsWith("Account ")) {
                moved.add(warning.substring("Account ".length()).split(" ", 2)[0]);
            } else {
                lines.add("⚠  " + warning);
            }
        }
        if (!moved.isEmpty()) {
            lines.add(0, "ℹ  " + (moved.size() == 1 ? "Account " + moved.get(0) + " has" : moved.size()
                    + " accounts (" + String.join(", ", moved) + ") have") + " assignments but " + (moved.size() == 1
                    ? "is" : "are") + " no longer in this organization: usually because " + (moved.size() == 1
                    ? "it has" : "they have") + " moved to the new one already, which is expected. The preview reads "
                    + (moved.size() == 1 ? "its name" : "their names") + " there.");
        }
        return lines;
    }
}
