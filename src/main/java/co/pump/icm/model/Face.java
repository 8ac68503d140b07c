package co.pump.icm.model;

/**
 * Which face of the product a person is using: the wizard or the command line. The engine's
 * messages are worded for both (they call the product "the migrator", never by its command's
 * name); only a sentence that tells the person what to do next names an action, and the two faces
 * name it differently: a command and its option, or a step and its button.
 */
public enum Face {
    WIZARD("go back to the Preview step, with Options → Identity source → External IdP, and import",
            "Sign in as a user, on the Test step",
            "compare with the snapshot on the Test step, then save the report again"),
    COMMAND_LINE("icm apply --identity-source match",
            "icm test-access",
            "make the report with --verify");

    private final String importMatchingProvider;
    private final String accessTest;
    private final String verifyForReport;

    Face(String importMatchingProvider, String accessTest, String verifyForReport) {
        this.importMatchingProvider = importMatchingProvider;
        this.accessTest = accessTest;
        this.verifyForReport = verifyForReport;
    }

    /** How to import again with users and groups matched to those an identity provider made. */
    public String importMatchingProvider() {
        return importMatchingProvider;
    }

    /** How to sign in as one of the users and see their accounts and roles. */
    public String accessTest() {
        return accessTest;
    }

    /** How to have the report list what the plan leaves alone when the journal does not record it. */
    public String verifyForReport() {
        return verifyForReport;
    }
}
