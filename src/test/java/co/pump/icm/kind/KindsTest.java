package co.pump.icm.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
