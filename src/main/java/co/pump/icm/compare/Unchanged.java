package co.pump.icm.compare;

/**
 * An item that is the same on both sides (its {@code Origin} aside), listed only when
 * {@link CompareOptions#includeUnchanged()} is set.
 */
public record Unchanged<K, T>(K key, T left, T right) {
}
