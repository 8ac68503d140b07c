package co.pump.icm.apply;

/**
 * A change written in two steps whose first was made and whose second was not (a user created
 * without its manager): it failed, but the item exists.
 */
final class WrittenInPart extends RuntimeException {
    WrittenInPart(String reason) {
        super(reason, null, false, false);
    }
}
