package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import co.pump.icm.model.MigratorException;

class DataSetsTest {

    @Test
    void demoIsTheDemoData() {
        assertThat(DataSets.resolve("demo", 1)).isEqualTo(DemoData.scenario());
        assertThat(DataSets.resolve(" Demo ", 2)).isEqualTo(DemoData.scenario());
    }

    @Test
    void demoArrivingIsTheDemoWithSecurityStillOutside() {
        SandboxScenario arriving = DataSets.resolve("demo-arriving", 1);
        assertThat(arriving).isEqualTo(DemoData.scenarioWithAccountsArriving());
        assertThat(arriving.movedAccountIds()).containsExactly(DemoData.PROD, DemoData.STAGING, DemoData.DEV);
        assertThat(arriving.sourceConfig()).isEqualTo(DemoData.scenario().sourceConfig());
    }

    @Test
    void largeGeneratesThatManyUsersFromTheSeed() {
        SandboxScenario scenario = DataSets.resolve("large:10000", 9);
        assertThat(scenario.sourceConfig().users()).hasSize(10_000);
        assertThat(scenario).isEqualTo(LargeData.scenario(10_000, 9));
        assertThat(DataSets.resolve("LARGE:1", 9).sourceConfig().users()).hasSize(1);
        assertThat(DataSets.resolve("large:200000", 9).sourceConfig().users()).hasSize(200_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "large", "large10000", "demo2", "snapshot.json"})
    void rejectsUnknownNames(String spec) {
        var e = catchThrowableOfType(() -> DataSets.resolve(spec, 1), MigratorException.class);
        assertThat(e.kind()).isEqualTo(MigratorException.Kind.BAD_INPUT);
        assertThat(e).hasMessage("Unknown sandbox data \"" + spec
                + "\": use demo, demo-arriving, large:USERS (e.g. large:10000) or a snapshot file");
    }

    @Test
    void rejectsNoName() {
        for (String spec : new String[] {null, "", "  "}) {
            var e = catchThrowableOfType(() -> DataSets.resolve(spec, 1), MigratorException.class);
            assertThat(e).hasMessage("No sandbox data named: use demo, demo-arriving, large:USERS (e.g. large:10000) or a snapshot file");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"large:abc", "large:0", "large:-5", "large:200001", "large:", "large:1e5",
            "large:99999999999", "large:10 000"})
    void rejectsBadNumbersOfUsers(String spec) {
        var e = catchThrowableOfType(() -> DataSets.resolve(spec, 1), MigratorException.class);
        assertThat(e.kind()).isEqualTo(MigratorException.Kind.BAD_INPUT);
        assertThat(e).hasMessage("Sandbox data \"" + spec + "\" needs a number of users from 1 to 200000, "
                + "e.g. large:10000");
    }
}
