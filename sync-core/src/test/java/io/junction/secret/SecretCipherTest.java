package io.junction.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final String TOKEN = "Atzr|IwEBIExampleRefreshToken-s3cr3t";
    private static final String KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Map<String, String> CREDENTIALS = Map.of("refreshToken", TOKEN, "clientSecret", KEY);

    private final SecretCipher cipher = new SecretCipher(Base64.getDecoder().decode(SecretCipher.newKey()));

    @Test
    void whatIsEncryptedDecryptsToTheSameMap() {
        // when
        Map<String, String> back = cipher.decrypt(cipher.encrypt(CREDENTIALS));

        // then
        assertThat(back).isEqualTo(CREDENTIALS);
    }

    @Test
    void twoEncryptionsOfTheSameMapDiffer() {
        // when
        String first = cipher.encrypt(CREDENTIALS);
        String second = cipher.encrypt(CREDENTIALS);

        // then
        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
    }

    @Test
    void theStoredFormNeverContainsThePlainSecret() {
        // when
        String stored = cipher.encrypt(CREDENTIALS);

        // then
        assertThat(stored)
                .startsWith("v1:")
                .doesNotContain(TOKEN)
                .doesNotContain(KEY)
                .doesNotContain("s3cr3t")
                .doesNotContain("refreshToken");
        String decoded = new String(
                Base64.getDecoder().decode(stored.substring(3)), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("s3cr3t").doesNotContain("refreshToken");
    }

    @Test
    void aWrongKeyFailsWithAMessageThatContainsNoSecret() {
        // given
        String stored = cipher.encrypt(CREDENTIALS);
        SecretCipher otherKey = new SecretCipher(Base64.getDecoder().decode(SecretCipher.newKey()));

        // when / then
        assertThatThrownBy(() -> otherKey.decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong secrets key or tampered value")
                .satisfies(e -> assertThat(messagesOf(e))
                        .doesNotContain(TOKEN)
                        .doesNotContain(KEY)
                        .doesNotContain(stored));
    }

    @Test
    void aTamperedValueFailsWithAMessageThatContainsNoSecret() {
        // given one bit of the ciphertext flipped
        String stored = cipher.encrypt(CREDENTIALS);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 20] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        // when / then
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong secrets key or tampered value")
                .satisfies(e -> assertThat(messagesOf(e)).doesNotContain(TOKEN).doesNotContain(KEY));
    }

    @Test
    void aValueThatIsNotBase64OrTooShortFailsAsTamperedNotWithAnOddError() {
        // when / then
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64 at all!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tampered");
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tampered");
    }

    @Test
    void aPlainValueIsRefusedWithoutEchoingIt() {
        // when / then
        assertThatThrownBy(() -> cipher.decrypt("{\"refreshToken\":\"" + TOKEN + "\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored credentials are not in the v1 encrypted form");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        // when / then
        assertThatThrownBy(() -> new SecretCipher(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    private static String messagesOf(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
