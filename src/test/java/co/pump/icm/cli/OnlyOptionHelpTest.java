package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import org.junit.jupiter.api.Test;

/** {@code --only}'s help names every category an import writes, as each kind names itself. */
class OnlyOptionHelpTest {

    @Test
    void theHelpOfOnlyListsEveryKindsOptionName() {
        var run = CommandRun.of("plan", "--help");
        assertThat(run.exitCode()).isZero();
        String help = run.out().replaceAll("\\s+", " ");
        String names = String.join(", ", Kinds.migrated().stream().map(MigratedKind::optionName).toList());
        assertThat(help).contains("Import only these categories: " + names + ".");
        assertThat(names).contains("users").contains("access-control").contains("application-assignments");
    }
}
