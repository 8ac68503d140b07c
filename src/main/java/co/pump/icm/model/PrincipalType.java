package co.pump.icm.model;

/** Who an account assignment gives access to. */
public enum PrincipalType {
    USER, GROUP
}
