package co.pump.icm.apply;

/**
 * Receives an import's progress, from the import's threads, at most every few hundred
 * milliseconds and once at the end.
 */
public interface ApplyListener {

    void onProgress(ApplyProgress progress);

    /** One change has ended; called for every change, in completion order. */
    default void onItem(ItemResult result) {
    }

    ApplyListener NONE = progress -> {
    };
}
