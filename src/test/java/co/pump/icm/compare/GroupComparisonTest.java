package co.pump.icm.compare;

import static co.pump.icm.compare.Configs.compare;
import static co.pump.icm.compare.Configs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Difference.Changed;
import co.pump.icm.compare.Difference.OnlyLeft;
import co.pump.icm.compare.Difference.OnlyRight;
import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.Origin;

class GroupComparisonTest {

    private static final ExternalId SCIM = new ExternalId("https://scim.example.com", "grp-admins");
    private static final Group ADMINS = new Group("Admins", "Platform administrators", List.of(SCIM),
            Origin.of("906745d2a4-g1"));

    @Test
    void descriptionIsCompared() {
        Group right = Records.with(ADMINS, "description", "Administrators");

        assertThat(changes(ADMINS, right)).containsExactly(
                FieldChange.changed("description", "Platform administrators", "Administrators"));
        assertThat(changes(ADMINS, Records.with(ADMINS, "description", null))).containsExactly(
                FieldChange.changed("description", "Platform administrators", null));
    }

    @Test
    void externalIdsAreComparedAsASet() {
        var other = new ExternalId("okta", "00g1");
        Group right = Records.with(ADMINS, "externalIds", List.of(other));

        // In order of issuer: https://scim.example.com, then okta.
        assertThat(changes(ADMINS, right)).containsExactly(
                FieldChange.removed("externalIds", SCIM),
                FieldChange.added("externalIds", other));
        assertThat(changes(ADMINS, Records.with(ADMINS, "externalIds", List.of()))).containsExactly(
                FieldChange.removed("externalIds", SCIM));
    }

    @Test
    void equalGroupsFromAnotherInstanceAreUnchanged() {
        Comparison comparison = compare(with("groups", ADMINS), with("groups", Records.deepCopy(ADMINS)));

        assertThat(comparison.groups().differences()).isEmpty();
        assertThat(comparison.groups().unchangedCount()).isEqualTo(1);
    }

    @Test
    void theFieldTestsCoverEveryComponentOfGroup() {
        // displayName is the key, origin is never compared, the others have a test above.
        assertThat(Records.components(Group.class))
                .containsExactly("displayName", "description", "externalIds", "origin");
    }

    @Test
    void displayNamesMatchExactlySoACaseChangeIsOneRemovedAndOneAdded() {
        Group lower = Records.with(ADMINS, "displayName", "admins");

        Comparison comparison = compare(with("groups", ADMINS), with("groups", lower));

        assertThat(comparison.groups().differences()).hasSize(2);
        assertThat(comparison.groups().differences().get(0)).isEqualTo(new OnlyLeft<>("Admins", ADMINS));
        assertThat(comparison.groups().differences().get(1)).isEqualTo(new OnlyRight<>("admins", lower));
    }

    @Test
    void twoGroupsWithOneDisplayNameAreRejected() {
        assertThatThrownBy(() -> compare(with("groups", ADMINS, ADMINS), Configs.empty()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The first configuration lists the group 'Admins' twice; group display names are unique.");
    }

    @Test
    void aGroupWithoutADisplayNameIsRejected() {
        Group nameless = Records.with(ADMINS, "displayName", null);

        assertThatThrownBy(() -> compare(Configs.empty(), with("groups", nameless)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The second configuration has a group without a display name.");
    }

    private static List<FieldChange> changes(Group left, Group right) {
        var differences = compare(with("groups", left), with("groups", right)).groups().differences();
        assertThat(differences).hasSize(1);
        return ((Changed<?, ?>) differences.get(0)).changes();
    }
}
