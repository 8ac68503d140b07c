package co.pump.icm.sandbox;

import java.util.Map;

/**
 * One AWS service spoken in the awsQuery protocol ({@code POST /} with a form body
 * {@code Action=...&Version=...}); in the sandbox, STS.
 */
public interface QueryService {

    /** The name used in the call log and for the throttle family, e.g. {@code sts}. */
    String serviceName();

    /** The XML namespace of responses, e.g. {@code https://sts.amazonaws.com/doc/2011-06-15/}. */
    String xmlNamespace();

    /**
     * Runs one action.
     *
     * @param parameters the decoded form parameters, including Action and Version
     * @return the XML elements inside {@code <ActionResult>}, already escaped
     * @throws AwsError the error to answer, as AWS would
     */
    String call(String action, Caller caller, Map<String, String> parameters);

    /** One XML element with escaped text, for building results: {@code <Name>text</Name>}. */
    static String element(String name, String text) {
        return "<" + name + ">" + QueryWire.escape(text) + "</" + name + ">";
    }
}
