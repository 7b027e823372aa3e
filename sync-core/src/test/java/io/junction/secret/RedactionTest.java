package io.junction.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.outcome.RemoteOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final Map<String, String> CREDENTIALS =
            Map.of("appKey", "app-key-123456", "appSecret", "s3cr3t/with+plus", "accessToken", "tok-ABCDEFGH");

    @Test
    void everyCredentialValueOfTheAccountIsMaskedAsSentAndUrlEncoded() {
        // given an upstream that echoed the request
        String echoed = "bad request: app_key_used app-key-123456 body secret=s3cr3t%2Fwith%2Bplus x tok-ABCDEFGH";

        // when
        String redacted = Redaction.of(CREDENTIALS).apply(echoed);

        // then
        assertThat(redacted)
                .doesNotContain("app-key-123456", "s3cr3t", "tok-ABCDEFGH")
                .contains("bad request:", Redaction.MASK);
    }

    @Test
    void sessionAccessTokenSignAndAuthorizationPatternsAreMaskedWhoeverTheSecretBelongsTo() {
        // given
        String echoed = "GET /router?method=x&session=SESSION1&access_token=AT2&sign=ABCDEF0123&v=2.0\n"
                + "Authorization: Bearer eyJhbGciOi.payload.sig\nAuthorization: Basic YWRtaW46cGFzcw==\n"
                + "{\"access_token\":\"JSONTOKEN\",\"refresh_token\":\"RT\",\"error\":\"invalid\"}"
                + " x-amz-access-token: Atza|AMAZONTOKEN";

        // when
        String redacted = Redaction.patternsOnly().apply(echoed);

        // then
        assertThat(redacted)
                .doesNotContain(
                        "SESSION1",
                        "AT2",
                        "ABCDEF0123",
                        "eyJhbGciOi",
                        "YWRtaW46cGFzcw",
                        "JSONTOKEN",
                        "\"RT\"",
                        "AMAZONTOKEN");
        assertThat(redacted)
                .contains(
                        "method=x",
                        "v=2.0",
                        "\"error\":\"invalid\"",
                        "session=" + Redaction.MASK,
                        "\"access_token\":\"" + Redaction.MASK + "\"");
    }

    @Test
    void wordsThatOnlyEndInANameAndShortValuesAreLeftAlone() {
        // given
        String text = "design=blue pageToken=abc nextToken=def shipped 2 of 3";

        // when
        String redacted = Redaction.of(List.of("2", "of")).apply(text);

        // then
        assertThat(redacted).isEqualTo(text);
    }

    @Test
    void anOutcomesRefusalAndCauseAreMaskedAndASuccessIsKept() {
        // given
        Redaction redaction = Redaction.of(CREDENTIALS);

        // when
        RemoteOutcome<Void> rejected = redaction.apply(RemoteOutcome.rejected("E1", "echo tok-ABCDEFGH"));
        RemoteOutcome<Void> unknown = redaction.apply(RemoteOutcome.unknown("timeout, sign=XYZ123"));
        RemoteOutcome<String> ok = redaction.apply(RemoteOutcome.succeeded("tok-ABCDEFGH"));

        // then
        assertThat(rejected.describe()).isEqualTo("E1: echo " + Redaction.MASK);
        assertThat(unknown.describe()).isEqualTo("timeout, sign=" + Redaction.MASK);
        assertThat(ok).isEqualTo(RemoteOutcome.succeeded("tok-ABCDEFGH"));
    }

    @Test
    void nullAndEmptyTextsStayAsTheyAre() {
        assertThat(Redaction.of(CREDENTIALS).apply((String) null)).isNull();
        assertThat(Redaction.of(CREDENTIALS).apply("")).isEmpty();
    }
}
