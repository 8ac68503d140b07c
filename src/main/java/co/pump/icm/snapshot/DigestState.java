package co.pump.icm.snapshot;

/** Whether a snapshot's content still matches the digest written when it was exported. */
public enum DigestState {
    /** The content is exactly what was exported. */
    VALID,
    /** The content was changed after export, or the file has no digest to check it against. */
    EDITED
}
