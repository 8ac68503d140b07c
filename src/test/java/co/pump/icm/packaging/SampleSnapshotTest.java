package co.pump.icm.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;

/**
 * The committed sample that the packaging check inspects with the installed {@code icm} must stay
 * a valid, unedited snapshot as the format evolves; if this fails, regenerate it with
 * {@link SampleSnapshot}.
 */
class SampleSnapshotTest {

    @Test
    void theCommittedSampleIsAValidUneditedSnapshot() {
        Snapshot sample = SnapshotReader.read(SampleSnapshot.FILE);

        assertThat(sample.digestState()).isEqualTo(DigestState.VALID);
        assertThat(sample.exportedAt()).isEqualTo(SampleSnapshot.EXPORTED_AT);
        assertThat(sample.config().users()).isNotEmpty();
        assertThat(sample.config().groups()).isNotEmpty();
        assertThat(sample.config().permissionSets()).isNotEmpty();
        assertThat(sample.config().assignments()).isNotEmpty();
    }
}
