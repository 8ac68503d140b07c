package co.pump.icm.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import co.pump.icm.model.TestConfigs;
import co.pump.icm.plan.AccountMap;
import co.pump.icm.plan.PlanOptions;
import org.junit.jupiter.api.Test;

class ExpectedAccessTest {

    static final String PROD = TestConfigs.PROD_ACCOUNT;
    static final String DEV = TestConfigs.DEV_ACCOUNT;

    @Test
    void directAndThroughGroups() {
        assertThat(ExpectedAccess.of(TestConfigs.full(), "Alice@Acme.com", PlanOptions.defaults(), Set.of()))
                .extracting(ExpectedRole::accountId, ExpectedRole::accountName, ExpectedRole::roleName, ExpectedRole::via)
                .containsExactly(tuple(PROD, "acme-prod", "AdministratorAccess", List.of("group Admins")),
                        tuple(DEV, "acme-dev", "AdministratorAccess", List.of("direct")));
        assertThat(ExpectedAccess.of(TestConfigs.full(), "bob@acme.com", PlanOptions.defaults(), Set.of()))
                .extracting(ExpectedRole::accountId, ExpectedRole::roleName)
                .containsExactly(tuple(PROD, "AdministratorAccess"));
    }

    @Test
    void afterTheAccountMapAndTheSkips() {
        var skipDev = PlanOptions.defaults().withAccountMap(AccountMap.parse(List.of(DEV + "=skip")));
        assertThat(ExpectedAccess.of(TestConfigs.full(), "alice@acme.com", skipDev, Set.of()))
                .extracting(ExpectedRole::accountId).containsExactly(PROD);

        var remap = PlanOptions.defaults().withAccountMap(AccountMap.parse(List.of(PROD + "=444444444444")));
        assertThat(ExpectedAccess.of(TestConfigs.full(), "alice@acme.com", remap, Set.of()))
                .extracting(ExpectedRole::accountId).containsExactly(DEV, "444444444444");

        assertThat(ExpectedAccess.of(TestConfigs.full(), "alice@acme.com", PlanOptions.defaults(),
                Set.of("assignment:" + PROD + "/AdministratorAccess/GROUP/Admins")))
                .extracting(ExpectedRole::accountId).containsExactly(DEV);
        assertThat(ExpectedAccess.of(TestConfigs.full(), "bob@acme.com", PlanOptions.defaults(),
                Set.of("membership:Admins/bob@acme.com"))).isEmpty();
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> ExpectedAccess.of(TestConfigs.full(), "mallory", PlanOptions.defaults(), Set.of()))
                .hasMessage("The snapshot has no user 'mallory'; give the user name as it is in the snapshot, e.g. "
                        + "alice@acme.com.");
    }

    @Test
    void comparesPresentMissingAndUnexpected() {
        var expected = ExpectedAccess.of(TestConfigs.full(), "alice@acme.com", PlanOptions.defaults(), Set.of());
        var result = AccessComparison.compare("https://d-1234567890.awsapps.com/start", "alice@acme.com", expected,
                List.of(new VisibleRole(PROD, "prod", "AdministratorAccess"), new VisibleRole(DEV, "dev", "ReadOnly")),
                Instant.EPOCH);
        assertThat(result.checks()).extracting(AccessCheck::accountId, AccessCheck::accountName, AccessCheck::roleName,
                AccessCheck::status).containsExactly(
                tuple(PROD, "prod", "AdministratorAccess", AccessStatus.PRESENT),
                tuple(DEV, "dev", "AdministratorAccess", AccessStatus.MISSING),
                tuple(DEV, "dev", "ReadOnly", AccessStatus.UNEXPECTED));
        assertThat(result.passed()).isFalse();
        assertThat(AccessComparison.compare("u", "alice@acme.com", expected, List.of(
                new VisibleRole(DEV, null, "AdministratorAccess"), new VisibleRole(PROD, null, "AdministratorAccess")),
                Instant.EPOCH).passed()).isTrue();
    }
}
