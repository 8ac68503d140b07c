package co.pump.icm.sandbox.data;

import java.util.Locale;

import co.pump.icm.model.MigratorException;

/**
 * Turns the name of a built-in data set, as typed after {@code icm sandbox --data} or chosen in the
 * wizard, into its scenario. Snapshot files are loaded by the caller and wrapped with
 * {@link SandboxScenario#fromConfig}.
 */
public final class DataSets {

    private static final String USAGE = "use demo, demo-arriving, large:USERS (e.g. large:10000) or a snapshot file";

    private DataSets() {
    }

    /**
     * The scenario for {@code demo}, {@code demo-arriving} (the demo with two accounts still in the
     * current organization, {@link DemoData#scenarioWithAccountsArriving()}) or {@code large:USERS}
     * (1 to {@value LargeData#MAX_USERS} users).
     *
     * @param seed decides the generated data of {@code large:USERS}; the demo is always the same
     * @throws MigratorException (bad input) for any other name or number
     */
    public static SandboxScenario resolve(String spec, long seed) {
        String name = spec == null ? "" : spec.strip();
        if (name.isEmpty()) {
            throw MigratorException.badInput("No sandbox data named: " + USAGE);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("demo")) {
            return DemoData.scenario();
        }
        if (lower.equals("demo-arriving")) {
            return DemoData.scenarioWithAccountsArriving();
        }
        if (lower.startsWith("large:")) {
            return LargeData.scenario(users(name, name.substring("large:".length())), seed);
        }
        throw MigratorException.badInput("Unknown sandbox data \"" + name + "\": " + USAGE);
    }

    private static int users(String spec, String number) {
        int users = number.matches("\\d{1,9}") ? Integer.parseInt(number) : -1;
        if (users < 1 || users > LargeData.MAX_USERS) {
            throw MigratorException.badInput("Sandbox data \"" + spec + "\" needs a number of users from 1 to "
                    + LargeData.MAX_USERS + ", e.g. large:10000");
        }
        return users;
    }
}
