package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.Email;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;

/** The constraint checks the data tests rely on do catch bad values. */
class AwsConstraintsTest {

    @Test
    void acceptsTheFullTestConfiguration() {
        assertThat(AwsConstraints.violations(TestConfigs.full())).isEmpty();
    }

    @Test
    void reportsEachBrokenRule() {
        User good = TestConfigs.fullUser("alice@acme.com", "Alice", "Smith");
        User spaced = new User("alice smith", good.displayName(), good.name(), good.nickName(), good.profileUrl(),
                List.of(new Email("a@acme.com", "work", true), new Email("b@acme.com", "home", false)),
                good.addresses(), good.phoneNumbers(), good.userType(), good.title(), good.preferredLanguage(),
                good.locale(), good.timezone(), good.userStatus(), good.photos(), good.website(), "1990-02-30",
                good.externalIds(), null);
        PermissionSet bad = new PermissionSet("Too long name with spaces and more", "Nice — but not Latin-1", "PT13H",
                null, List.of(), "{not json",
                List.of(new ManagedPolicy("arn:aws:iam::123456789012:policy/Mine", "Mine"),
                        new ManagedPolicy("arn:aws:iam::aws:policy/MadeUpAccess", "MadeUpAccess")),
                List.of(), null, null);
        var config = new IdentityCenterConfig(null, List.of(), List.of(spaced), List.of(), List.of(), List.of(bad),
                List.of(), null, List.of());

        assertThat(AwsConstraints.violations(config)).containsExactlyInAnyOrder(
                "user alice smith: user name pattern",
                "user alice smith: at most one email, address and phone number",
                "user alice smith: birthdate 1990-02-30",
                "permission set Too long name with spaces and more: name pattern",
                "permission set Too long name with spaces and more: description",
                "permission set Too long name with spaces and more: session duration PT13H",
                "permission set Too long name with spaces and more: inline policy is not JSON",
                "permission set Too long name with spaces and more: managed policy ARN "
                        + "arn:aws:iam::123456789012:policy/Mine",
                "permission set Too long name with spaces and more: not a known AWS managed policy: "
                        + "arn:aws:iam::123456789012:policy/Mine",
                "permission set Too long name with spaces and more: not a known AWS managed policy: "
                        + "arn:aws:iam::aws:policy/MadeUpAccess");
    }
}
