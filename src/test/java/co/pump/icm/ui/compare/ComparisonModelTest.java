package co.pump.icm.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import org.junit.jupiter.api.Test;

class ComparisonModelTest {

    private static IdentityCenterConfig groups(Group... groups) {
        return new IdentityCenterConfig(null, List.of(), List.of(), List.of(groups), List.of(), List.of(), List.of(),
                null, List.of());
    }

    @Test
    void linesPerCategoryItemAndFieldWithTheirMeaningInWords() {
        var left = groups(new Group("Admins", "Run AWS", List.of(), null), new Group("Old", null, List.of(), null));
        var right = groups(new Group("Admins", "Run the AWS organization", List.of(), null),
                new Group("New", null, List.of(), null));

        ComparisonModel model = ComparisonModel.of(ConfigurationComparer.compare(left, right), "a.json", "b.json");

        assertThat(model.differences()).isEqualTo(3);
        assertThat(model.summary()).isEqualTo("3 differences between a.json and b.json.");
        ChangeLine groupsLine = model.categories().get(1);
        assertThat(groupsLine.text()).isEqualTo("Groups: 1 only in a.json, 1 only in b.json, 1 changed, 0 unchanged");
        assertThat(groupsLine.children()).extracting(ChangeLine::text).containsExactly(
                "~  Admins   (changed)", "+  New   (only in b.json)", "−  Old   (only in a.json)");
        assertThat(groupsLine.children().get(0).children()).extracting(ChangeLine::text)
                .containsExactly("description: \"Run AWS\" → \"Run the AWS organization\"");
        assertThat(groupsLine.children()).extracting(ChangeLine::kind)
                .containsExactly(ChangeLine.Kind.CHANGED, ChangeLine.Kind.ONLY_RIGHT, ChangeLine.Kind.ONLY_LEFT);
    }

    @Test
    void noDifferences() {
        var same = groups(new Group("Admins", null, List.of(), null));

        ComparisonModel model = ComparisonModel.of(ConfigurationComparer.compare(same, same), "a.json", "b.json");

        assertThat(model.summary()).isEqualTo("No differences between a.json and b.json.");
        assertThat(model.categories()).allSatisfy(line -> assertThat(line.children()).isEmpty());
    }
}
