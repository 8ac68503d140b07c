package co.pump.icm.aws;

/**
 * Receives an export's progress. Called from the export's threads, at most every few hundred
 * milliseconds and at each phase change; implementations hand it over to their own thread (the
 * command line prints it, the wizard moves it to the FX thread).
 */
public interface ExportListener {

    void onProgress(ExportProgress progress);

    /** Who is signed in, once AWS has said so, and which instance will be read. */
    default void onSignedIn(String accountId, String callerArn, String instanceArn, String identityStoreId,
                            String region) {
    }

    /** Something worth telling the user that does not stop the export. */
    default void onWarning(String warning) {
    }

    /** A listener that ignores everything. */
    ExportListener NONE = progress -> {
    };
}
