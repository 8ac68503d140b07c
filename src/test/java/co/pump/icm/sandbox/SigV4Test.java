package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SigV4Test {

    /** The IAM ListUsers example of the AWS General Reference's SigV4 walkthrough. */
    @Test
    void matchesTheAwsDocumentationExample() {
        var headers = Map.of(
                "content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
                "host", List.of("iam.amazonaws.com"),
                "x-amz-date", List.of("20150830T123600Z"));
        String canonical = SigV4.canonicalRequest("GET", "/", "Action=ListUsers&Version=2010-05-08", headers,
                List.of("content-type", "host", "x-amz-date"), SigV4.sha256Hex(new byte[0]));
        assertThat(SigV4.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
        var auth = SigV4.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
        assertThat(auth.accessKeyId()).isEqualTo("AKIDEXAMPLE");
        assertThat(auth.region()).isEqualTo("us-east-1");
        assertThat(auth.service()).isEqualTo("iam");
        assertThat(SigV4.signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830T123600Z", auth, canonical))
                .isEqualTo(auth.signature());
    }

    @Test
    void canonicalQuerySortsAndEncodes() {
        String canonical = SigV4.canonicalRequest("GET", "/a b/", "b=2&a=x%20y&a=1", Map.of(), List.of(), "h");
        assertThat(canonical.split("\n")[1]).isEqualTo("/a%20b/");
        assertThat(canonical.split("\n")[2]).isEqualTo("a=1&a=x%20y&b=2");
    }

    @Test
    void refusesHeadersWithoutTheAlgorithm() {
        assertThatThrownBy(() -> SigV4.parse("Bearer abc"))
                .isInstanceOf(AuthFailure.class)
                .hasMessage("Authorization header requires the AWS4-HMAC-SHA256 algorithm.");
    }

    @Test
    void refusesHeadersWithoutSignature() {
        assertThatThrownBy(() -> SigV4.parse("AWS4-HMAC-SHA256 Credential=A/20240101/us-east-1/sts/aws4_request, SignedHeaders=host"))
                .isInstanceOf(AuthFailure.class)
                .hasMessage("Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.");
    }

    @Test
    void refusesMalformedCredentialScope() {
        assertThatThrownBy(() -> SigV4.parse("AWS4-HMAC-SHA256 Credential=A/20240101/us-east-1, SignedHeaders=host, Signature=00"))
                .isInstanceOf(AuthFailure.class)
                .hasMessage("Credential should be of the form <AccessKeyId>/<date>/<region>/<service>/aws4_request.");
    }
}
