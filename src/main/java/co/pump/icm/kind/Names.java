package co.pump.icm.kind;

/** The names a snapshot file holds, so that a kind can check what its items refer to. */
public interface Names {

    /**
     * Whether the file has the item the reference names (exactly, case included); when not, the
     * problem is reported on {@code item}, e.g. {@code groupName 'Admins' is not a group in this file}.
     */
    boolean check(Checks item, Reference reference);
}
