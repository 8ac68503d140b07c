package co.pump.icm.packaging;

import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.model.TestConfigs;
import co.pump.icm.snapshot.SnapshotWriter;

/**
 * Writes {@code packaging/sample/acme.icmsnap}, the snapshot that the packaging check inspects with
 * the installed {@code icm}: {@link TestConfigs#full()}, every field of every record filled
 * somewhere, written by the real {@link SnapshotWriter} so its digest is valid. After a change of
 * the snapshot format, regenerate it from the project folder and commit it:
 * <pre>
 * mvn -B -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=co.pump.icm.packaging.SampleSnapshot
 * </pre>
 */
public final class SampleSnapshot {

    /** Where the sample lives, relative to the project folder. */
    public static final Path FILE = Path.of("packaging", "sample", "acme.icmsnap");

    /** A fixed export time, so that regenerating changes the file only when its content changes. */
    public static final Instant EXPORTED_AT = Instant.parse("2026-01-15T09:00:00Z");

    private SampleSnapshot() {
    }

    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : FILE;
        SnapshotWriter.write(file, TestConfigs.full(), EXPORTED_AT);
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
