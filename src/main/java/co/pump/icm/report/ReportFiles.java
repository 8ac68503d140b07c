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
        Path csv = notifyFolder.resolve(NOTIFY_CSV);
        Path text = notifyFolder.resolve(NOTIFY_TEXT);
        Path parent = report.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                PrivateFiles.createFolders(parent);
            }
            PrivateFiles.createFolders(notifyFolder);
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
