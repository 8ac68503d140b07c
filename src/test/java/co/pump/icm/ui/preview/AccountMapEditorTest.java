package co.pump.icm.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import co.pump.icm.plan.AccountMap;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.Test;

/** The account map as a table to edit. */
class AccountMapEditorTest {

    private AccountMapEditor.Entry entry(AccountMapEditor editor, String id) {
        return editor.entries().stream().filter(e -> e.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsTheSnapshotsAccountsWithTheirAssignmentsAndNames() {
        AccountMapEditor editor = AccountMapEditor.of(PreviewFixtures.demo(), PreviewFixtures.emptyTarget(),
                AccountMap.IDENTITY);

        assertThat(editor.entries()).extracting(AccountMapEditor.Entry::sourceId).containsExactly(DemoData.MANAGEMENT,
                DemoData.PROD, DemoData.STAGING, DemoData.DEV, DemoData.SECURITY, DemoData.SANDBOX);
        assertThat(entry(editor, DemoData.PROD).source()).isEqualTo(DemoData.PROD + " (larkspur-prod)");
        assertThat(entry(editor, DemoData.PROD).assignments()).isPositive();
        assertThat(entry(editor, DemoData.PROD).targetProperty().get()).isEqualTo(DemoData.PROD);
        assertThat(editor.problem()).isNull();
        assertThat(editor.toAccountMap().isIdentity()).isTrue();
        assertThat(AccountMapEditor.describe(AccountMap.IDENTITY)).isEqualTo("every account as it is");
    }

    @Test
    void makesTheMapThatWasTyped() {
        AccountMapEditor editor = AccountMapEditor.of(PreviewFixtures.demo(), null, AccountMap.IDENTITY);

        entry(editor, DemoData.PROD).targetProperty().set(" 123456789012 ");
        entry(editor, DemoData.SANDBOX).skipProperty().set(true);
        entry(editor, DemoData.SANDBOX).targetProperty().set("");

        AccountMap map = editor.toAccountMap();
        assertThat(map.remap()).isEqualTo(Map.of(DemoData.PROD, "123456789012"));
        assertThat(map.skip()).isEqualTo(Set.of(DemoData.SANDBOX));
        assertThat(AccountMapEditor.describe(map)).isEqualTo("1 account moved, 1 account skipped");
        assertThat(AccountMapEditor.of(PreviewFixtures.demo(), null, map).entries().stream()
                .filter(e -> e.sourceId().equals(DemoData.SANDBOX)).findFirst().orElseThrow().skipProperty().get())
                .as("an editor starts from the current map").isTrue();
    }

    @Test
    void refusesATargetThatIsNotAnAccountId() {
        AccountMapEditor editor = AccountMapEditor.of(PreviewFixtures.demo(), null, AccountMap.IDENTITY);

        entry(editor, DemoData.DEV).targetProperty().set("4444-4444");

        assertThat(editor.problem()).isEqualTo("The new account for " + DemoData.DEV
                + " (larkspur-dev) must be a 12-digit AWS account ID, not '4444-4444'.");
        assertThatThrownBy(editor::toAccountMap).isInstanceOf(IllegalStateException.class)
                .hasMessage(editor.problem());
    }
}
