package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.Application;
import co.pump.icm.sandbox.state.ApplicationPortal;

/** The trusted token issuers and applications an instance of a scenario holds, by natural keys. */
public record ScenarioApplications(List<TokenIssuerSeed> tokenIssuers, List<ApplicationSeed> applications) {

    public ScenarioApplications {
        tokenIssuers = List.copyOf(tokenIssuers);
        applications = List.copyOf(applications);
    }

    public static ScenarioApplications none() {
        return new ScenarioApplications(List.of(), List.of());
    }

    /**
     * The applications a configuration lists for the record (a snapshot's inventory), as they were:
     * no trusted token issuers, nothing set up, no one assigned.
     */
    public static ScenarioApplications inventory(List<Application> applications) {
        var seeds = new ArrayList<ApplicationSeed>();
        for (Application app : applications) {
            seeds.add(new ApplicationSeed(app.name(), app.providerArn(), app.applicationAccount(), app.description(),
                    app.status(), new ApplicationPortal(app.visibility(), app.signInOrigin(), app.signInUrl()),
                    app.createdAt(), List.of(), null, List.of()));
        }
        return new ScenarioApplications(List.of(), seeds);
    }

    /** The applications as a configuration lists them for the record, without ARNs. */
    public List<Application> asInventory() {
        return applications.stream().map(a -> new Application(null, a.name(), a.description(), a.status(),
                a.account(), a.providerArn(), a.portal().visibility(), a.portal().signInOrigin(),
                a.portal().applicationUrl(), a.createdAt())).toList();
    }
}
