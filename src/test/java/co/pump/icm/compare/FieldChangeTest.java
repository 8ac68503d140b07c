package co.pump.icm.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.FieldChange.Kind;
import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.Address;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Email;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.PhoneNumber;
import co.pump.icm.model.Photo;
import co.pump.icm.model.Tag;

class FieldChangeTest {

    @Test
    void fieldIsTheTopLevelPartOfThePath() {
        assertThat(FieldChange.changed("displayName", "a", "b").field()).isEqualTo("displayName");
        assertThat(FieldChange.changed("name.givenName", "a", "b").field()).isEqualTo("name");
        assertThat(FieldChange.changed("emails[0].value", "a", "b").field()).isEqualTo("emails");
        assertThat(FieldChange.added("tags.team", new Tag("team", "x")).field()).isEqualTo("tags");
    }

    @Test
    void anAddedElementHasOnlyANewValueAndARemovedOneOnlyAnOldValue() {
        assertThatThrownBy(() -> new FieldChange("managedPolicies", Kind.ADDED, "x", "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An added element has a new value and no old one: managedPolicies");
        assertThatThrownBy(() -> new FieldChange("managedPolicies", Kind.REMOVED, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A removed element has an old value and no new one: managedPolicies");
    }

    @Test
    void valuesAreShownForAPerson() {
        assertThat(FieldValues.display(null)).isEqualTo("(none)");
        assertThat(FieldValues.display("Alice \"Al\" \\ Smith\n\t\u0001")).isEqualTo(
                "\"Alice \\\"Al\\\" \\\\ Smith\\n\\t\\u0001\"");
        assertThat(FieldValues.display(true)).isEqualTo("true");
        assertThat(FieldValues.display(new ManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", "ReadOnlyAccess")))
                .isEqualTo("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(FieldValues.display(new CustomerManagedPolicyReference("Audit", "/security/")))
                .isEqualTo("/security/Audit");
        assertThat(FieldValues.display(new Tag("team", "platform"))).isEqualTo("\"platform\"");
        assertThat(FieldValues.display(new ExternalId("okta", "00u1"))).isEqualTo("\"00u1\" from okta");
        assertThat(FieldValues.display(PermissionsBoundary.managed("arn:aws:iam::aws:policy/PowerUserAccess")))
                .isEqualTo("managed policy arn:aws:iam::aws:policy/PowerUserAccess");
        assertThat(FieldValues.display(PermissionsBoundary.customerManaged("Boundary", null)))
                .isEqualTo("customer managed policy /Boundary");
        assertThat(FieldValues.display(new Email("a@acme.com", "work", true))).isEqualTo("\"a@acme.com\" (work, primary)");
        assertThat(FieldValues.display(new PhoneNumber("+1", null, false))).isEqualTo("\"+1\"");
        assertThat(FieldValues.display(new Photo("https://p/1.png", "photo", "Portrait", null)))
                .isEqualTo("\"https://p/1.png\" (photo, Portrait)");
        assertThat(FieldValues.display(new Address("1 Main St", "Springfield", null, null, "US", null, "work", null)))
                .isEqualTo("\"1 Main St, Springfield, US\" (work)");
        assertThat(FieldValues.display(new Address(null, null, null, null, null, "Somewhere", null, true)))
                .isEqualTo("\"Somewhere\" (primary)");
        assertThat(FieldValues.display(new AccessControlAttribute("Dept", List.of("${path:a}", "${path:b}"))))
                .isEqualTo("[\"${path:a}\", \"${path:b}\"]");
        assertThat(FieldValues.display(List.of())).isEqualTo("[]");
    }

    @Test
    void textOfAChangeUsesTheDisplayOfItsValues() {
        FieldChange change = FieldChange.changed("emails[0].primary", null, true);

        assertThat(change.oldText()).isEqualTo("(none)");
        assertThat(change.newText()).isEqualTo("true");
    }
}
