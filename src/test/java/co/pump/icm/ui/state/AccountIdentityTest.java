package co.pump.icm.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountIdentityTest {

    @Test
    void showsAccountNameRegionAndMark() {
        assertThat(new AccountIdentity("111111111111", "acme-management", "us-east-1", true).display())
                .isEqualTo("111111111111 (acme-management) · us-east-1 ✓");
        assertThat(new AccountIdentity("888888888888", null, null, false).display()).isEqualTo("888888888888 ⚠");
    }
}
