package co.pump.icm.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import co.pump.icm.model.MigratorException;
import co.pump.icm.snapshot.CsvTable;
import co.pump.icm.snapshot.PrivateFiles;

/**
 * Writes the report and the users-to-notify files. They name people and their email addresses,
 * so, like snapshots, they are written atomically and readable by their owner only.
 */
public final class ReportFiles {

    /** The list of people to notify, for a spreadsheet or a mail merge. */
    public static final String NOTIFY_CSV = "users-to-notify.csv";
    /** The message to send them. */
    public static final String NOTIFY_TEXT = "users-to-notify.txt";

    /** The files written. */
    public record Written(Path report, Path notifyCsv, Path notifyText) {
    }

    private ReportFiles() {
    }

    /**
     * Writes the report to {@code report} and the two users-to-notify files into {@code notifyFolder}
     * (created owner-only if needed), replacing files of the same names.
     *
     * @throws MigratorException (BAD_INPUT) if a file cannot be written
     */
    public static Written write(ReportData data, Path report, Path notifyFolder) {
        return write(data, report, notifyFolder.resolve(NOTIFY_CSV), notifyFolder.resolve(NOTIFY_TEXT));
    }

    /**
     * Writes the report beside the users-to-notify files named after it
     * ({@code <report>-users-to-notify.csv} and {@code .txt}), so that a second report written
     * into the same folder never replaces the first one's lists.
     *
     * @throws MigratorException (BAD_INPUT) if a file cannot be written
     */
    public static Written writeBeside(ReportData data, Path report) {
        String name = report.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return write(data, report, report.resolveSibling(base + "-" + NOTIFY_CSV),
                report.resolveSibling(base + "-" + NOTIFY_TEXT));
    }

    private static Written write(ReportData data, Path report, Path csv, Path text) {
        Path parent = report.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                PrivateFiles.createFolders(parent);
            }
            PrivateFiles.createFolders(csv.toAbsolutePath().getParent());
            String html = ReportHtml.render(data);
            PrivateFiles.writeAtomically(report, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
            writeNotify(data.usersToNotify(), csv, text);
        } catch (IOException e) {
            throw MigratorException.badInput("Could not write the report: " + PrivateFiles.reason(e));
        }
        return new Written(report, csv, text);
    }

    /**
     * Writes the users to notify: a CSV (UTF-8 with BOM, RFC 4180; user name, display name, email)
     * and the message as plain text (UTF-8).
     */
    public static void writeNotify(UsersToNotify notify, Path csv, Path text) throws IOException {
        var table = new CsvTable("userName", "displayName", "email");
        notify.recipients().forEach(r -> table.add(r.userName(), r.displayName(), r.email()));
        PrivateFiles.writeAtomically(csv, table::writeTo);
        String message = "Subject: " + notify.subject() + "\n\n" + notify.message();
        PrivateFiles.writeAtomically(text, out -> out.write(message.getBytes(StandardCharsets.UTF_8)));
    }
}
