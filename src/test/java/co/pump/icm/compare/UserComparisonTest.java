package co.pump.icm.compare;

import static co.pump.icm.compare.Configs.compare;
import static co.pump.icm.compare.Configs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import co.pump.icm.compare.Difference.Changed;
import co.pump.icm.compare.FieldChange.Kind;
import co.pump.icm.model.Address;
import co.pump.icm.model.Email;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.Name;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Role;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;

class UserComparisonTest {

    private static final User ALICE = TestConfigs.fullUser("alice@acme.com", "Alice", "Smith");

    /** One field of the user changed, the path expected, and the old and new values. */
    private record Edit(String path, UnaryOperator<User> edit, Object oldValue, Object newValue) {
        @Override
        public String toString() {
            return path;
        }
    }

    private static Edit top(String component, Object newValue) {
        return new Edit(component, u -> Records.with(u, component, newValue),
                componentValue(ALICE, component), newValue);
    }

    private static Edit name(String part, String newValue) {
        return new Edit("name." + part, u -> Records.with(u, "name", Records.with(u.name(), part, newValue)),
                componentValue(ALICE.name(), part), newValue);
    }

    private static Edit enterprise(String part, String newValue) {
        return new Edit("enterprise." + part,
                u -> Records.with(u, "enterprise", Records.with(u.enterprise(), part, newValue)),
                componentValue(ALICE.enterprise(), part), newValue);
    }

    private static <E extends Record> Edit element(String list, String field, Object newValue) {
        return new Edit(list + "[0]." + field, u -> {
            @SuppressWarnings("unchecked")
            List<E> elements = (List<E>) componentValue(u, list);
            return Records.with(u, list, List.of(Records.with(elements.get(0), field, newValue)));
        }, componentValue((Record) ((List<?>) componentValue(ALICE, list)).get(0), field), newValue);
    }

    static Stream<Edit> everyUserField() {
        var edits = new ArrayList<Edit>();
        edits.add(top("displayName", "Alice Q. Smith"));
        for (String part : Records.components(Name.class)) {
            edits.add(name(part, "changed " + part));
        }
        edits.add(top("nickName", "ally"));
        edits.add(top("profileUrl", "https://profiles.example.com/ally"));
        edits.add(element("emails", "value", "alice.smith@acme.com"));
        edits.add(element("emails", "type", "home"));
        edits.add(element("emails", "primary", false));
        for (String field : Records.components(Address.class)) {
            edits.add(element("addresses", field, field.equals("primary") ? false : "changed " + field));
        }
        edits.add(element("phoneNumbers", "value", "+1-555-0199"));
        edits.add(element("phoneNumbers", "type", "mobile"));
        edits.add(element("phoneNumbers", "primary", false));
        edits.add(top("userType", "Contractor"));
        edits.add(top("title", "Manager"));
        edits.add(top("preferredLanguage", "fr-FR"));
        edits.add(top("locale", "fr_FR"));
        edits.add(top("timezone", "Europe/Paris"));
        edits.add(top("userStatus", "DISABLED"));
        edits.add(element("photos", "value", "https://photos.example.com/new.png"));
        edits.add(element("photos", "type", "thumbnail"));
        edits.add(element("photos", "display", "Badge"));
        edits.add(element("photos", "primary", false));
        edits.add(top("website", "https://alice.example.com"));
        edits.add(top("birthdate", "1991-02-28"));
        edits.add(element("roles", "value", "Architect"));
        edits.add(element("roles", "type", "home"));
        edits.add(element("roles", "primary", false));
        for (String part : Records.components(EnterpriseExtension.class)) {
            edits.add(enterprise(part, part.equals("manager") ? "carol@acme.com" : "changed " + part));
        }
        return edits.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyUserField")
    void aDifferentValueOfAnyFieldIsOneFieldChange(Edit edit) {
        User changed = edit.edit().apply(ALICE);

        Comparison comparison = compare(with("users", ALICE), with("users", changed));

        assertThat(comparison.users().differences()).singleElement().isInstanceOfSatisfying(Changed.class, c -> {
            assertThat(c.key()).isEqualTo("alice@acme.com");
            assertThat(c.left()).isSameAs(ALICE);
            assertThat(c.right()).isSameAs(changed);
            assertThat(((Changed<?, ?>) c).changes()).containsExactly(
                    new FieldChange(edit.path(), Kind.CHANGED, edit.oldValue(), edit.newValue()));
        });
        assertThat(comparison.users().unchangedCount()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyUserField")
    void aFieldThatIsRemovedIsAChangeToNothing(Edit edit) {
        if (edit.path().endsWith(".primary")) {
            return; // an absent primary flag is false: see primaryAbsentEqualsFalse
        }
        var cleared = new Edit(edit.path(), u -> clear(u, edit.path()), edit.oldValue(), null);

        Comparison comparison = compare(with("users", ALICE), with("users", cleared.edit().apply(ALICE)));

        assertThat(((Changed<?, ?>) comparison.users().differences().get(0)).changes())
                .containsExactly(FieldChange.changed(edit.path(), edit.oldValue(), null));
    }

    @Test
    void theFieldTestsCoverEveryComponentOfUserAndItsParts() {
        Set<String> tested = new TreeSet<>();
        everyUserField().forEach(edit -> tested.add(edit.path()));
        tested.add("userName"); // caseOnlyDifferenceOfTheUserNameIsAChangeOfUserName
        tested.add("externalIds"); // externalIdsAreASet
        tested.add("origin"); // originIsNeverCompared

        for (String component : Records.components(User.class)) {
            assertThat(tested).as("a test changes User.%s", component)
                    .anyMatch(path -> path.equals(component) || path.startsWith(component + ".")
                            || path.startsWith(component + "["));
        }
        assertParts(tested, "name.", Name.class);
        assertParts(tested, "emails[0].", Email.class);
        assertParts(tested, "addresses[0].", Address.class);
        assertParts(tested, "phoneNumbers[0].", PhoneNumber.class);
        assertParts(tested, "photos[0].", Photo.class);
        assertParts(tested, "roles[0].", Role.class);
        assertParts(tested, "enterprise.", EnterpriseExtension.class);
    }

    @Test
    void equalUsersFromAnotherInstanceAreUnchanged() {
        User copy = Records.deepCopy(ALICE);

        Comparison comparison = compare(with("users", ALICE), with("users", copy));

        assertThat(comparison.users().differences()).isEmpty();
        assertThat(comparison.users().unchangedCount()).isEqualTo(1);
    }

    @Test
    void originIsNeverCompared() {
        User moved = Records.with(ALICE, "origin", new Origin("other-id", "2030-01-01T00:00:00Z", "x", "y", "z"));
        User noOrigin = Records.with(ALICE, "origin", null);

        assertThat(compare(with("users", ALICE), with("users", moved)).hasDifferences()).isFalse();
        assertThat(compare(with("users", ALICE), with("users", noOrigin)).hasDifferences()).isFalse();
    }

    @Test
    void usersAreMatchedRegardlessOfCase() {
        User upper = Records.with(Records.deepCopy(ALICE), "userName", "Alice@Acme.com");

        Comparison comparison = compare(with("users", ALICE), with("users", upper));

        assertThat(comparison.users().onlyLeftCount()).isZero();
        assertThat(comparison.users().onlyRightCount()).isZero();
    }

    @Test
    void caseOnlyDifferenceOfTheUserNameIsAChangeOfUserName() {
        User upper = Records.with(Records.deepCopy(ALICE), "userName", "Alice@Acme.com");

        Comparison comparison = compare(with("users", ALICE), with("users", upper));

        assertThat(comparison.users().differences()).singleElement().isInstanceOfSatisfying(Changed.class, c -> {
            assertThat(c.key()).isEqualTo("alice@acme.com");
            assertThat(((Changed<?, ?>) c).changes()).containsExactly(
                    FieldChange.changed("userName", "alice@acme.com", "Alice@Acme.com"));
        });
    }

    @Test
    void primaryAbsentEqualsFalseAsInAws() {
        User absent = withEmail(new Email("alice@acme.com", "work", null));
        User notPrimary = withEmail(new Email("alice@acme.com", "work", false));
        User primary = withEmail(new Email("alice@acme.com", "work", true));

        assertThat(compare(with("users", absent), with("users", notPrimary)).hasDifferences()).isFalse();
        assertThat(((Changed<?, ?>) compare(with("users", absent), with("users", primary)).users().differences()
                .get(0)).changes()).containsExactly(FieldChange.changed("emails[0].primary", null, true));
    }

    @Test
    void absentNameEqualsNameWithoutParts() {
        User noName = Records.with(ALICE, "name", null);
        User emptyName = Records.with(ALICE, "name", new Name(null, null, null, null, null, null));
        User givenOnly = Records.with(ALICE, "name", new Name(null, null, "Alice", null, null, null));

        assertThat(compare(with("users", noName), with("users", emptyName)).hasDifferences()).isFalse();
        assertThat(((Changed<?, ?>) compare(with("users", noName), with("users", givenOnly)).users().differences()
                .get(0)).changes()).containsExactly(FieldChange.changed("name.givenName", null, "Alice"));
    }

    @Test
    void anElementOnOneSideOnlyIsAddedOrRemovedAsAWhole() {
        User noPhone = Records.with(ALICE, "phoneNumbers", List.of());
        PhoneNumber phone = ALICE.phoneNumbers().get(0);
        var second = new Photo("https://photos.example.com/2.png", null, null, false);
        User twoPhotos = Records.with(ALICE, "photos", List.of(ALICE.photos().get(0), second));

        assertThat(changes(ALICE, noPhone)).containsExactly(FieldChange.removed("phoneNumbers[0]", phone));
        assertThat(changes(noPhone, ALICE)).containsExactly(FieldChange.added("phoneNumbers[0]", phone));
        assertThat(changes(ALICE, twoPhotos)).containsExactly(FieldChange.added("photos[1]", second));
    }

    @Test
    void externalIdsAreASetReportedOneByOne() {
        var scim = new ExternalId("https://scim.example.com", "ext-alice");
        var okta = new ExternalId("okta", "00u1");
        var entra = new ExternalId("entra", "abc");
        User left = Records.with(ALICE, "externalIds", List.of(scim, okta));
        User reordered = Records.with(ALICE, "externalIds", List.of(okta, scim));
        User right = Records.with(ALICE, "externalIds", List.of(okta, entra));

        assertThat(compare(with("users", left), with("users", reordered)).hasDifferences()).isFalse();
        assertThat(changes(left, right)).containsExactly(
                FieldChange.added("externalIds", entra),
                FieldChange.removed("externalIds", scim));
    }

    @Test
    void severalChangesAreReportedInTheOrderOfTheFields() {
        User right = Records.with(Records.with(ALICE, "title", "CTO"), "displayName", "Alice S.");

        assertThat(changes(ALICE, right)).extracting(FieldChange::path).containsExactly("displayName", "title");
    }

    @Test
    void twoUsersWhoseNamesDifferOnlyInCaseAreRejected() {
        User upper = Records.with(ALICE, "userName", "ALICE@acme.com");

        assertThatThrownBy(() -> compare(with("users", ALICE, upper), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration lists the user 'alice@acme.com' twice "
                        + "(as 'alice@acme.com' and 'ALICE@acme.com'); user names are unique regardless of case.");
        assertThatThrownBy(() -> compare(with("users", ALICE), with("users", ALICE, upper)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration lists the user 'alice@acme.com' twice "
                        + "(as 'alice@acme.com' and 'ALICE@acme.com'); user names are unique regardless of case.");
        assertThatThrownBy(() -> compare(Configs.empty(), with("users", ALICE, ALICE)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration lists the user 'alice@acme.com' twice; "
                        + "user names are unique regardless of case.");
    }

    @Test
    void aUserWithoutAUserNameIsRejected() {
        User nameless = Records.with(ALICE, "userName", null);

        assertThatThrownBy(() -> compare(with("users", nameless), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration has a user without a user name.")
                .extracting(e -> ((MigratorException) e).kind()).isEqualTo(MigratorException.Kind.BAD_INPUT);
    }

    private static List<FieldChange> changes(User left, User right) {
        var differences = compare(with("users", left), with("users", right)).users().differences();
        assertThat(differences).hasSize(1);
        return ((Changed<?, ?>) differences.get(0)).changes();
    }

    private static User withEmail(Email email) {
        return Records.with(ALICE, "emails", List.of(email));
    }

    private static User clear(User user, String path) {
        if (path.startsWith("name.")) {
            return Records.with(user, "name", Records.with(user.name(), path.substring(5), null));
        }
        if (path.startsWith("enterprise.")) {
            return Records.with(user, "enterprise", Records.with(user.enterprise(), path.substring(11), null));
        }
        int bracket = path.indexOf("[0].");
        if (bracket > 0) {
            String list = path.substring(0, bracket);
            Record first = (Record) ((List<?>) componentValue(user, list)).get(0);
            return Records.with(user, list, List.of(Records.with(first, path.substring(bracket + 4), null)));
        }
        return Records.with(user, path, null);
    }

    private static void assertParts(Set<String> tested, String prefix, Class<? extends Record> type) {
        for (String part : Records.components(type)) {
            assertThat(tested).as("a test changes %s%s", prefix, part).contains(prefix + part);
        }
    }

    private static Object componentValue(Record record, String component) {
        try {
            return record.getClass().getMethod(component).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
