package co.pump.icm.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.data.DemoData;

/** What the descriptors say that the generic layers rely on, checked for every kind at once. */
class KindsTest {

    private static String tabGroup(Kind<?, ?> kind) {
        return kind.table(List.of(), () -> Related.NONE).tabGroup();
    }

    @Test
    void applicationsAndWhatHangsOffThemShareOneInspectorTabTheOtherKindsHaveTheirOwn() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        var own = new ArrayList<String>();
        for (Kind<?, ?> kind : Kinds.all()) {
            String group = tabGroup(kind);
            if (group == null) {
                own.add(kind.section());
            } else {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(kind.section());
            }
        }

        assertThat(groups).containsOnlyKeys("Applications");
        assertThat(groups.get("Applications")).containsExactlyInAnyOrder("trustedTokenIssuers", "applications",
                "applicationAccessScopes", "applicationAssignments");
        assertThat(own).containsExactlyInAnyOrder("accounts", "users", "groups", "memberships", "permissionSets",
                "assignments", "accessControl");
    }

    @Test
    void aBlankTabGroupMeansATabOfItsOwn() {
        var table = new Table<String>("Things", "things", " ", List.of(), List.of(), s -> s, s -> null);

        assertThat(table.tabGroup()).isNull();
    }

    @Test
    void aKindIsWrittenByAccountRequestsExactlyWhenItSaysWhichAccountEachIsAbout() {
        for (MigratedKind<?, ?> kind : Kinds.migrated()) {
            assertThat(kind.lane() == Lane.ACCOUNT).as(kind.noun())
                    .isEqualTo(kind instanceof AccountRequestKind<?, ?>);
        }
        assertThat(Kinds.ASSIGNMENTS).isInstanceOf(AccountRequestKind.class);
    }

    @Test
    void nothingRefersToAKindThatSaysNothingDoes() {
        var unreferenced = new ArrayList<Category>();
        for (Kind<?, ?> kind : Kinds.all()) {
            if (kind instanceof UnreferencedKind<?, ?>) {
                unreferenced.add(kind.category());
            }
        }
        assertThat(unreferenced).contains(Category.ACCESS_CONTROL, Category.MEMBERSHIPS, Category.ASSIGNMENTS);
        for (Kind<?, ?> kind : Kinds.all()) {
            assertThat(kind.refersTo()).as(kind.noun()).doesNotContainAnyElementsOf(unreferenced);
        }
    }

    /** A link's record is its natural key ({@code key()}) and where it was read from, nothing else. */
    @Test
    void aLinkHoldsNothingButItsKey() throws Exception {
        var links = new ArrayList<Category>();
        for (Kind<?, ?> kind : Kinds.all()) {
            if (kind instanceof LinkKind<?, ?>) {
                links.add(kind.category());
                List<String> fields = Arrays.stream(kind.type().getRecordComponents())
                        .filter(c -> c.getType() != Origin.class).map(RecordComponent::getName).toList();
                List<String> key = Arrays.stream(kind.type().getMethod("key").getReturnType().getRecordComponents())
                        .map(RecordComponent::getName).toList();
                assertThat(fields).as(kind.noun()).isEqualTo(key);
            }
        }
        assertThat(links).containsExactlyInAnyOrder(Category.MEMBERSHIPS, Category.ASSIGNMENTS,
                Category.APPLICATION_ASSIGNMENTS);
    }

    /**
     * A reference to an item of the same kind (a user's manager) is set by a second request: chains
     * and cycles exist, and a create may not wait for another that waits for it.
     */
    @Test
    void everyReferenceToAnItemOfTheSameKindIsSetAfterwards() {
        IdentityCenterConfig demo = DemoData.scenario().sourceConfig();
        int toOwnKind = 0;
        for (MigratedKind<?, ?> kind : Kinds.migrated()) {
            toOwnKind += checkLaterReferences(kind, demo);
        }
        assertThat(toOwnKind).as("the demo company has managers").isPositive();
    }

    private static <T> int checkLaterReferences(MigratedKind<?, T> kind, IdentityCenterConfig config) {
        int count = 0;
        for (T item : kind.items(config)) {
            List<Reference> toOwnKind = kind.references(item).stream()
                    .filter(r -> r.to() == kind.category()).toList();
            assertThat(kind.laterReferences().of(item, null)).as(kind.label(item)).containsAll(toOwnKind);
            count += toOwnKind.size();
        }
        return count;
    }
}
