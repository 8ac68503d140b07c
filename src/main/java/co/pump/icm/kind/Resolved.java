package co.pump.icm.kind;

/** The target IDs of the items a change refers to, once they exist (the apply engine waits for them). */
public interface Resolved {

    /** The target ID (or ARN) of the item referred to. */
    String id(Reference reference);
}
