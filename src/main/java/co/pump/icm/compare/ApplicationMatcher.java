package co.pump.icm.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.ItemMatcher.Side;
import co.pump.icm.model.Application;
import co.pump.icm.model.MigratorException;

/**
 * Matches applications in two passes: by ARN, which only matches within one instance (two
 * snapshots of the same organization), then the rest by name, which is how an application is
 * recognised in another instance. Several applications may share a name; they pair up in the
 * order they are listed. Each is reported under its name, or its ARN when it has none.
 */
public final class ApplicationMatcher {

    private static final Comparator<String> ORDER = Comparator.naturalOrder();

    private ApplicationMatcher() {
    }

    public static CategoryComparison<String, Application> match(List<Application> left, List<Application> right,
                                                                CompareOptions options,
                                                                CategoryBuilder.Fields<Application> fields) {
        if (!options.includes(Category.APPLICATIONS)) {
            return CategoryComparison.notCompared(Category.APPLICATIONS);
        }
        var result = new CategoryBuilder<String, Application>(Category.APPLICATIONS, ApplicationMatcher::key, ORDER, options,
                fields);
        Map<String, Integer> leftByArn = byArn(left, Side.FIRST);
        byArn(right, Side.SECOND); // only to reject a duplicate ARN on the right too

        boolean[] matched = new boolean[left.size()];
        var unmatchedRight = new ArrayList<Application>();
        for (Application application : right) {
            Integer same = application.arn() == null ? null : leftByArn.get(application.arn());
            if (same != null) {
                matched[same] = true;
                result.both(left.get(same), application);
            } else {
                unmatchedRight.add(application);
            }
        }

        var leftByName = new HashMap<String, ArrayDeque<Application>>();
        var leftWithoutName = new ArrayList<Application>();
        for (int i = 0; i < left.size(); i++) {
            Application application = left.get(i);
            if (matched[i]) {
                continue;
            }
            if (application.name() == null) {
                leftWithoutName.add(application);
            } else {
                leftByName.computeIfAbsent(application.name(), n -> new ArrayDeque<>()).add(application);
            }
        }
        for (Application application : unmatchedRight) {
            var candidates = application.name() == null ? null : leftByName.get(application.name());
            if (candidates != null && !candidates.isEmpty()) {
                Application same = candidates.poll();
                result.both(same, application);
            } else {
                result.onlyRight(application);
            }
        }
        leftByName.values().forEach(rest -> rest.forEach(result::onlyLeft));
        leftWithoutName.forEach(result::onlyLeft);
        return result.build();
    }

    private static String key(Application application) {
        return application.name() != null ? application.name() : application.arn();
    }

    private static Map<String, Integer> byArn(List<Application> applications, Side side) {
        var byArn = new HashMap<String, Integer>();
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            if (application.arn() == null && application.name() == null) {
                throw ItemMatcher.missingKey("an application without an ARN or name", side);
            }
            if (application.arn() != null && byArn.putIfAbsent(application.arn(), i) != null) {
                throw MigratorException.badInput("The " + side.word + " configuration lists the application "
                        + application.arn() + " twice; application ARNs are unique.");
            }
        }
        return byArn;
    }
}
