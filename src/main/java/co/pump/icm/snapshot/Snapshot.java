package co.pump.icm.snapshot;

import java.time.Instant;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * A snapshot file as read: its header, its configuration in canonical order, and whether the
 * content still matches the digest.
 *
 * @param formatVersion the file format version (see {@link #FORMAT_VERSION})
 * @param exportedAt    when the configuration was exported
 * @param tool          what wrote the file, e.g. {@code icm 0.1.0}, or null
 * @param digest        the digest written in the file, {@code sha256:<hex>}, or null if it has none
 * @param config        the configuration, in {@link Canonical} order
 * @param digestState   {@link DigestState#VALID} if {@code config} still has that digest
 */
public record Snapshot(int formatVersion, Instant exportedAt, String tool, String digest,
                       IdentityCenterConfig config, DigestState digestState) {

    /**
     * The format version this version of icm writes, and the newest it reads. Version 2: the ABAC
     * configuration ({@code accessControl}) is migrated, no longer kept for the record only, so a
     * version 1 reader would misread it. Version 3: users have {@code roles} and {@code enterprise}
     * data (the manager by user name), which a version 2 reader would refuse. Every earlier file
     * reads as before.
     */
    public static final int FORMAT_VERSION = 3;

    /** True if the file was changed after export (or has no digest). */
    public boolean edited() {
        return digestState == DigestState.EDITED;
    }
}
