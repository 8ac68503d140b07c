package co.pump.icm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** What the screens and the command line say of many disabled users: the first ten by name, the rest counted. */
class DisabledUsersTest {

    private static List<String> users(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "user" + i + "@acme.com").toList();
    }

    @Test
    void upToTenUsersAreAllNamed() {
        assertThat(DisabledUsers.firstNames(users(10))).isEqualTo("user1@acme.com, user2@acme.com, user3@acme.com, "
                + "user4@acme.com, user5@acme.com, user6@acme.com, user7@acme.com, user8@acme.com, user9@acme.com, "
                + "user10@acme.com");
        assertThat(DisabledUsers.leftOutNote(users(1))).isEqualTo("Users disabled in the source were not created: "
                + "user1@acme.com. " + DisabledUsers.LEFT_OUT_DETAIL);
    }

    @Test
    void pastTenTheRestAreCountedAndTheReportNamesEveryOne() {
        List<String> many = users(1_400);
        assertThat(DisabledUsers.firstNames(many)).startsWith("user1@acme.com, ")
                .endsWith("user10@acme.com and 1,390 more").doesNotContain("user11@");
        assertThat(DisabledUsers.disableThem(many)).isEqualTo(DisabledUsers.DISABLE_TITLE + " first: "
                + DisabledUsers.firstNames(many) + " (the migration report lists every one). "
                + DisabledUsers.DISABLE_DETAIL);
        assertThat(DisabledUsers.leftOutNote(many)).isEqualTo(DisabledUsers.LEFT_OUT_TITLE + ": "
                + DisabledUsers.firstNames(many) + " (the migration report lists every one). "
                + DisabledUsers.LEFT_OUT_DETAIL);
    }
}
