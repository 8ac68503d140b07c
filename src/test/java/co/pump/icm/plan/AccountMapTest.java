package co.pump.icm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.Test;

class AccountMapTest {

    @Test
    void parsesRemapsAndSkips() {
        var map = AccountMap.parse(List.of("111111111111=222222222222, 333333333333=SKIP", "444444444444=555555555555"));
        assertThat(map.target("111111111111")).contains("222222222222");
        assertThat(map.target("333333333333")).isEmpty();
        assertThat(map.target("444444444444")).contains("555555555555");
        assertThat(map.target("666666666666")).isEqualTo(Optional.of("666666666666"));
        assertThat(AccountMap.parse(List.of()).isIdentity()).isTrue();
    }

    @Test
    void rejectsAnEntryWithoutEquals() {
        assertThatThrownBy(() -> AccountMap.parse(List.of("111111111111")))
                .isInstanceOf(MigratorException.class)
                .hasMessage("Account map entry '111111111111' needs the form SOURCE=TARGET or SOURCE=skip, e.g. "
                        + "111111111111=222222222222.");
    }

    @Test
    void rejectsAnIdThatIsNotTwelveDigits() {
        assertThatThrownBy(() -> AccountMap.parse(List.of("11111=222222222222")))
                .hasMessage("Account map entry '11111=222222222222': '11111' is not an AWS account ID (12 digits).");
        assertThatThrownBy(() -> AccountMap.parse(List.of("111111111111=prod")))
                .hasMessage("Account map entry '111111111111=prod': 'prod' is not an AWS account ID (12 digits).");
    }

    @Test
    void rejectsAnAccountNamedTwice() {
        assertThatThrownBy(() -> AccountMap.parse(List.of("111111111111=222222222222,111111111111=skip")))
                .hasMessage("Account map names account 111111111111 twice.");
    }
}
