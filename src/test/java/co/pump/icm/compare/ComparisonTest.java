package co.pump.icm.compare;

import co.pump.icm.kind.ConfigurationComparer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Difference.Changed;
import co.pump.icm.compare.Difference.OnlyLeft;
import co.pump.icm.compare.Difference.OnlyRight;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;

class ComparisonTest {

    private static final IdentityCenterConfig FULL = TestConfigs.full();

    @Test
    void twoEmptyConfigurationsHaveNoDifferences() {
        Comparison comparison = ConfigurationComparer.compare(Configs.empty(), Configs.empty());

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.hasDifferences()).isFalse();
        assertThat(comparison.categories()).allSatisfy(category -> {
            assertThat(category.compared()).isTrue();
            assertThat(category.differences()).isEmpty();
            assertThat(category.unchangedCount()).isZero();
        });
    }

    @Test
    void aConfigurationReadFromAnotherInstanceWithTheSameContentIsUnchangedEverywhere() {
        Comparison comparison = ConfigurationComparer.compare(FULL, Records.deepCopy(FULL));

        assertThat(comparison.isEmpty()).isTrue();
        assertThat(comparison.categories()).extracting(CategoryComparison::unchangedCount)
                .containsExactly(3, 2, 2, 2, 3, 1, 3, 1);
    }

    @Test
    void everythingIsOnlyLeftWhenTheRightIsEmpty() {
        Comparison comparison = ConfigurationComparer.compare(FULL, Configs.empty());

        assertThat(comparison.hasDifferences()).isTrue();
        assertThat(comparison.isEmpty()).isFalse();
        assertThat(comparison.categories()).extracting(CategoryComparison::onlyLeftCount)
                .containsExactly(3, 2, 2, 2, 3, 1, 3, 1);
        assertThat(comparison.categories()).allSatisfy(category -> {
            assertThat(category.onlyRightCount()).isZero();
            assertThat(category.changedCount()).isZero();
            assertThat(category.unchangedCount()).isZero();
        });
    }

    @Test
    void everythingIsOnlyRightWhenTheLeftIsEmpty() {
        Comparison comparison = ConfigurationComparer.compare(Configs.empty(), FULL);

        assertThat(comparison.categories()).extracting(CategoryComparison::onlyRightCount)
                .containsExactly(3, 2, 2, 2, 3, 1, 3, 1);
        assertThat(comparison.users().differences()).extracting(Difference::key)
                .containsExactly("alice@acme.com", "bob@acme.com", "carol@acme.com");
    }

    @Test
    void differencesAreSortedByKeyWhateverTheirKind() {
        User alice = FULL.users().get(0);
        User bob = FULL.users().get(1);
        User carol = FULL.users().get(2);
        User dave = TestConfigs.minimalUser("dave@acme.com", "Dave", "Brown");
        User bobRenamed = Records.with(bob, "displayName", "Robert Jones");

        Comparison comparison = ConfigurationComparer.compare(Configs.with("users", dave, carol, bob, alice),
                Configs.with("users", bobRenamed, TestConfigs.minimalUser("aaron@acme.com", "Aaron", "Lee"), alice));

        assertThat(comparison.users().differences()).extracting(Difference::key)
                .containsExactly("aaron@acme.com", "bob@acme.com", "carol@acme.com", "dave@acme.com");
        assertThat(comparison.users().differences()).extracting(d -> d.getClass().getSimpleName())
                .containsExactly("OnlyRight", "Changed", "OnlyLeft", "OnlyLeft");
        assertThat(comparison.users().onlyLeftCount()).isEqualTo(2);
        assertThat(comparison.users().onlyRightCount()).isEqualTo(1);
        assertThat(comparison.users().changedCount()).isEqualTo(1);
        assertThat(comparison.users().unchangedCount()).isEqualTo(1);
    }

    @Test
    void aChangedItemKeepsBothFullRecords() {
        IdentityCenterConfig right = Records.with(FULL, "permissionSets", List.of(
                Records.with(TestConfigs.adminPermissionSet(), "sessionDuration", "PT2H"),
                TestConfigs.readOnlyPermissionSet()));

        Comparison comparison = ConfigurationComparer.compare(FULL, right);

        assertThat(comparison.permissionSets().differences()).singleElement()
                .isInstanceOfSatisfying(Changed.class, changed -> {
                    assertThat(changed.left()).isSameAs(FULL.permissionSets().get(0));
                    assertThat(changed.right()).isSameAs(right.permissionSets().get(0));
                });
    }

    @Test
    void unchangedItemsAreCountedButOnlyListedWhenAskedFor() {
        IdentityCenterConfig copy = Records.deepCopy(FULL);

        Comparison counted = ConfigurationComparer.compare(FULL, copy);
        Comparison listed = ConfigurationComparer.compare(FULL, copy, CompareOptions.defaults().withUnchanged());

        assertThat(counted.users().unchanged()).isEmpty();
        assertThat(listed.users().unchanged()).extracting(Unchanged::key)
                .containsExactly("alice@acme.com", "bob@acme.com", "carol@acme.com");
        assertThat(listed.users().unchanged().get(0).left()).isSameAs(FULL.users().get(0));
        assertThat(listed.users().unchanged().get(0).right()).isSameAs(copy.users().get(0));
        assertThat(listed.accessControl().unchanged()).extracting(Unchanged::key)
                .containsExactly(Comparison.ACCESS_CONTROL_KEY);
        assertThat(listed.applications().unchanged()).extracting(Unchanged::key).containsExactly("Wiki");
    }

    @Test
    void categoriesLeftOutAreNotComparedAndDoNotCountAsDifferences() {
        IdentityCenterConfig withoutAccounts = Records.with(Records.deepCopy(FULL), "accounts", List.of());

        Comparison all = ConfigurationComparer.compare(FULL, withoutAccounts);
        Comparison migrated = ConfigurationComparer.compare(FULL, withoutAccounts, CompareOptions.migratedOnly());
        Comparison usersOnly = ConfigurationComparer.compare(FULL, Configs.empty(),
                CompareOptions.defaults().withCategories(EnumSet.of(Category.USERS)));

        assertThat(all.hasDifferences()).isTrue();
        assertThat(migrated.hasDifferences()).isFalse();
        assertThat(migrated.accounts().compared()).isFalse();
        assertThat(migrated.accounts().differences()).isEmpty();
        assertThat(migrated.users().compared()).isTrue();
        assertThat(usersOnly.categories()).filteredOn(CategoryComparison::compared)
                .extracting(CategoryComparison::category).containsExactly(Category.USERS);
        assertThat(usersOnly.users().onlyLeftCount()).isEqualTo(3);
    }

    @Test
    void defaultOptionsCompareEveryCategoryWithoutListingUnchangedItems() {
        assertThat(CompareOptions.defaults().includeUnchanged()).isFalse();
        assertThat(CompareOptions.defaults().categories()).containsExactlyInAnyOrder(Category.values());
        assertThat(new CompareOptions(true, EnumSet.noneOf(Category.class)).categories())
                .containsExactlyInAnyOrder(Category.values());
        assertThat(CompareOptions.migratedOnly().categories()).noneMatch(Category::forTheRecord);
    }

    @Test
    void categoryLooksUpEachCategory() {
        Comparison comparison = ConfigurationComparer.compare(FULL, Configs.empty());

        for (Category category : Category.values()) {
            assertThat(comparison.category(category).category()).isEqualTo(category);
        }
    }

    @Test
    void differencesHoldTheirRecordsAndAChangeHoldsAtLeastOneField() {
        assertThatThrownBy(() -> new Changed<>("alice", "left", "right", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A changed item needs at least one field change: alice");
        assertThatThrownBy(() -> new OnlyLeft<>("alice", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OnlyRight<>(null, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aComparisonHoldsEachCategoryOnceAndReportsTheOthersAsNotCompared() {
        CategoryComparison<String, User> groupsAsUsers = CategoryComparison.notCompared(Category.GROUPS);
        Comparison ok = ConfigurationComparer.compare(Configs.empty(), Configs.empty());

        assertThatThrownBy(() -> new Comparison(List.of(groupsAsUsers, ok.groups())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Compared twice: GROUPS");
        Comparison onlyGroups = new Comparison(List.of(ok.groups()));
        assertThat(onlyGroups.groups().compared()).isTrue();
        assertThat(onlyGroups.users().compared()).isFalse();
        assertThat(onlyGroups.users().category()).isEqualTo(Category.USERS);
    }
}
