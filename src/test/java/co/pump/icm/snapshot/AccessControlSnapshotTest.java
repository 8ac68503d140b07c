package co.pump.icm.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.kind.Kinds;
import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.TestConfigs;

/** The ABAC section follows AWS's rules for the attributes, and round-trips in format version 2. */
class AccessControlSnapshotTest {

    @TempDir
    Path dir;

    private Path write(AccessControlAttribute... attributes) {
        Path file = dir.resolve("acme.json");
        SnapshotWriter.write(file, Kinds.ACCESS_CONTROL.with(TestConfigs.full(),
                List.of(new AccessControlConfiguration("ENABLED", null, List.of(attributes)))), Instant.now());
        return file;
    }

    private List<String> problems(Path file) {
        var invalid = catchThrowableOfType(() -> SnapshotReader.read(file), SnapshotException.class);
        assertThat(invalid).as("the file should be refused").isNotNull();
        return invalid.problems().stream().map(SnapshotProblem::toString).toList();
    }

    @Test
    void aValidConfigurationIsWrittenInTheCurrentVersionAndReadBack() {
        Path file = write(new AccessControlAttribute("Department", List.of("${path:enterprise.department}")),
                new AccessControlAttribute("Cost Center", List.of("")));
        Snapshot read = SnapshotReader.read(file);
        assertThat(read.formatVersion()).isEqualTo(Snapshot.FORMAT_VERSION);
        assertThat(read.digestState()).isEqualTo(DigestState.VALID);
        assertThat(read.config().accessControl().attributes()).extracting(AccessControlAttribute::key)
                .containsExactly("Cost Center", "Department");
    }

    @Test
    void aKeyOutsideAwssCharactersIsRefused() {
        assertThat(problems(write(new AccessControlAttribute("Cost#Center", List.of("${path:enterprise.costCenter}")))))
                .containsExactly("acme.json: accessControl.attributes[0] (Cost#Center): key must be 1 to 128 letters, "
                        + "digits, spaces or _ . : / = + - @, not 'Cost#Center'");
    }

    @Test
    void anAttributeTakesExactlyOneSourceOfAtMost256Characters() {
        assertThat(problems(write(new AccessControlAttribute("Team", List.of("${path:title}", "${path:nickName}")))))
                .containsExactly("acme.json: accessControl.attributes[0] (Team): sources must hold exactly one value "
                        + "(where the attribute comes from), not 2");
        assertThat(problems(write(new AccessControlAttribute("Team", List.of())))).containsExactly(
                "acme.json: accessControl.attributes[0] (Team): sources must hold exactly one value (where the "
                        + "attribute comes from), not 0");
        assertThat(problems(write(new AccessControlAttribute("Team", List.of("x".repeat(257)))))).containsExactly(
                "acme.json: accessControl.attributes[0] (Team): sources[0] is 257 characters long; the limit is 256");
        assertThat(problems(write(new AccessControlAttribute("Team", List.of("${path:title}; rm"))))).containsExactly(
                "acme.json: accessControl.attributes[0] (Team): sources[0] may hold letters, digits, spaces and "
                        + "_ . : / = + - @ [ ] { } $ \\ \" only, not '${path:title}; rm'");
    }
}
