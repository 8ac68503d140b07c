package co.pump.icm.ui.shell;

/**
 * The wizard's steps, in the order the flow walks them. The rail shows {@link #title()}; a
 * step's headline asks {@link #question()}.
 */
public enum StepId {
    START("Start", "How would you like to start?"),
    SIGN_IN_SOURCE("Sign in: current", "Sign in to your current management account"),
    EXPORT("Export", "Export your current configuration"),
    SIGN_IN_TARGET("Sign in: new admin", "Sign in to the new delegated administrator account"),
    PREVIEW("Preview", "What will change in the new organization?"),
    IMPORT("Import", "Import into the new organization"),
    TEST("Test", "Does single sign-on work in the new organization?"),
    FINISH("Finish", "Keep the report and tell your users");

    private final String title;
    private final String question;

    StepId(String title, String question) {
        this.title = title;
        this.question = question;
    }

    /** The step's name on the rail, e.g. {@code Sign in: current}. */
    public String title() {
        return title;
    }

    /** The one question the step's screen answers, used as its headline. */
    public String question() {
        return question;
    }
}
