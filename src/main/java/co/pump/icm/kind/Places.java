package co.pump.icm.kind;

import java.util.function.Supplier;

/** Where the items of one section of a snapshot file are, so that each problem names its place. */
public interface Places {

    /** The item at {@code index} of the section, e.g. {@code users[3]} with its key (built only if needed). */
    Checks item(int index, Supplier<String> key);

    /** A part of the section, e.g. {@code accessControl.attributes[2]}, with its key. */
    Checks part(String list, int index, Supplier<String> key);

    /** The path of an item of the section, e.g. {@code users[3]}, for a message about another item. */
    String path(int index);

    /** A problem of the section as a whole. */
    void problem(String message);
}
