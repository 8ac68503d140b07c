package co.pump.icm.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Related;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;

/**
 * A configuration as spreadsheets, one file per kind that has one ({@link Kind#csv()}), one row per
 * item: users.csv, groups.csv, memberships.csv, permission-sets.csv, assignments.csv (see
 * {@link CsvTable} for the exact CSV). Several values in one cell are joined with {@code "; "}; the
 * inline policy is compact JSON. The files hold personal data, so they are owner-only.
 */
public final class SnapshotCsv {

    /** The separator between several values in one cell. */
    public static final String JOIN = "; ";

    /** One file written: its path, how many rows (items) it has and what they are. */
    public record CsvFile(Path path, int rows, String items) {
    }

    private SnapshotCsv() {
    }

    /**
     * Writes the files into {@code folder}, creating it (owner-only) if needed and replacing files of
     * the same names.
     *
     * @throws MigratorException (BAD_INPUT) if a file cannot be written
     */
    public static List<CsvFile> write(IdentityCenterConfig config, Path folder) {
        Related related = Related.of(config);
        var files = new ArrayList<CsvFile>();
        try {
            PrivateFiles.createFolders(folder);
            for (Kind<?, ?> kind : Kinds.all()) {
                CsvFile file = write(kind, config, related, folder);
                if (file != null) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw MigratorException.badInput("Could not write the CSV files to " + folder + ": " + PrivateFiles.reason(e));
        }
        return files;
    }

    private static <T> CsvFile write(Kind<?, T> kind, IdentityCenterConfig config, Related related, Path folder)
            throws IOException {
        Kind.Csv<T> csv = kind.csv();
        if (csv == null) {
            return null;
        }
        var table = new CsvTable(csv.header().toArray(String[]::new));
        for (T item : kind.items(config)) {
            table.add(csv.row().cells(item, related).toArray(String[]::new));
        }
        Path file = folder.resolve(csv.file());
        PrivateFiles.writeAtomically(file, table::writeTo);
        return new CsvFile(file, table.size(), csv.items());
    }
}
