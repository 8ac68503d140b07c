package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.snapshot.SnapshotWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, IdentityCenterConfig config) {
        Path file = dir.resolve(name);
        SnapshotWriter.write(file, config, Instant.parse("2026-11-27T10:00:00Z"));
        return file;
    }

    private static IdentityCenterConfig withRetitledCarol() {
        var base = TestConfigs.full();
        var users = new ArrayList<>(base.users());
        User carol = users.get(2);
        users.set(2, new User(carol.userName(), carol.displayName(), carol.name(), carol.nickName(), carol.profileUrl(),
                carol.emails(), carol.addresses(), carol.phoneNumbers(), carol.userType(), "Auditor",
                carol.preferredLanguage(), carol.locale(), carol.timezone(), carol.userStatus(), carol.photos(),
                carol.website(), carol.birthdate(), carol.externalIds(), carol.origin()));
        return new IdentityCenterConfig(base.source(), base.accounts(), users, base.groups(), base.memberships(),
                base.permissionSets(), base.assignments(), base.accessControl(), base.applications());
    }

    @Test
    void equalSnapshotsExitZero() {
        Path a = write("a.json", TestConfigs.full());
        Path b = write("b.json", TestConfigs.full());
        var run = CommandRun.of("diff", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Users: 0 only in A, 0 only in B, 0 changed, 3 unchanged");
    }

    @Test
    void differencesExitOneAndShowTheField() {
        Path a = write("a.json", TestConfigs.full());
        Path b = write("b.json", withRetitledCarol());
        var run = CommandRun.of("diff", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("carol@acme.com").contains("title").contains("\"Auditor\"");
    }

    @Test
    void jsonOutputParses() throws Exception {
        Path a = write("a.json", TestConfigs.full());
        Path b = write("b.json", withRetitledCarol());
        var run = CommandRun.of("diff", "--json", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        var json = SnapshotJson.mapper().readTree(run.out());
        assertThat(json.get("hasDifferences").asBoolean()).isTrue();
    }

    @Test
    void anEditedSnapshotIsRefusedUnlessAccepted() throws Exception {
        Path a = write("a.json", TestConfigs.full());
        Path b = write("b.json", TestConfigs.full());
        Files.writeString(b, Files.readString(b).replace("\"Engineer\"", "\"Architect\""));
        var refused = CommandRun.of("diff", a.toString(), b.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("b.json was edited after it was exported").contains("--accept-edited");
        var accepted = CommandRun.of("diff", "--accept-edited", a.toString(), b.toString());
        assertThat(accepted.exitCode()).isEqualTo(1);
        assertThat(accepted.out()).contains("\"Architect\"");
    }

    @Test
    void aMissingFileIsBadInput() {
        var run = CommandRun.of("diff", dir.resolve("nope.json").toString(), dir.resolve("b.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("icm: ").contains("nope.json");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void missingArgumentsAreAUsageError() {
        var run = CommandRun.of("diff", "only-one.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'B'");
    }
}
