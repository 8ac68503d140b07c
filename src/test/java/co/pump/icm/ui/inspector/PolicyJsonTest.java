package co.pump.icm.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyJsonTest {

    @Test
    void prettyPrintsWithTwoSpacesAndAColonAfterEachKey() {
        assertThat(PolicyJson.pretty("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}]}"))
                .isEqualTo("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": "s3:*"
                            }
                          ]
                        }""");
    }

    @Test
    void textThatIsNotJsonIsShownAsItIs() {
        assertThat(PolicyJson.pretty("{not json")).isEqualTo("{not json");
    }

    @Test
    void noPolicyIsNull() {
        assertThat(PolicyJson.pretty(null)).isNull();
        assertThat(PolicyJson.pretty("  ")).isNull();
    }
}
