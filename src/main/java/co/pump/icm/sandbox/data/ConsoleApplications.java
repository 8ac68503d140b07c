package co.pump.icm.sandbox.data;

import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Makes an application in a sandbox instance the way a person makes one in the console: any sort,
 * including the customer managed SAML and AWS managed applications the API cannot create. Tests
 * use it to "recreate an application by hand" in the target between two runs.
 */
public final class ConsoleApplications {

    private ConsoleApplications() {
    }

    /**
     * Adds the application, set up and assigned as the seed says (users and groups by name), to the
     * instance; owned by {@code seed.account()}, or the instance's management account when null.
     *
     * @return its ARN
     * @throws IllegalArgumentException when the world has no such instance
     * @throws co.pump.icm.model.MigratorException when the instance already has an application of
     *         that name or lacks a user, group, token issuer or application the seed names
     */
    public static String recreate(SandboxWorld world, String instanceArn, ApplicationSeed seed) {
        synchronized (world) {
            SandboxInstance instance = world.instance(instanceArn)
                    .orElseThrow(() -> new IllegalArgumentException("The sandbox has no instance " + instanceArn));
            return new ApplicationLoader(world, instance).loadOne(seed);
        }
    }
}
