package io.junction.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Chinese and English say the same things: every key of a bundle has its twin in the other language. */
class MessageBundlesTest {

    /** Every bundle the application reads (spring.messages.basename), without its folder. */
    static final List<String> BUNDLES = List.of(
            "messages",
            "users",
            "station",
            "problems",
            "operations",
            "catalogue",
            "stock",
            "aftersales",
            "rules",
            "orderedit",
            "floor",
            "tracking",
            "freight");

    static List<String> bundles() {
        return BUNDLES;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyChineseTextHasAnEnglishTwinAndViceVersa(String bundle) throws IOException {
        // given
        Properties chinese = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");

        // when
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());

        // then
        assertThat(onlyChinese)
                .as("keys of %s.properties without an English twin", bundle)
                .isEmpty();
        assertThat(onlyEnglish)
                .as("keys of %s_en.properties without a Chinese twin", bundle)
                .isEmpty();
        assertThat(chinese.stringPropertyNames())
                .as("empty texts in %s.properties", bundle)
                .allSatisfy(k -> assertThat(chinese.getProperty(k)).as(k).isNotBlank());
        assertThat(english.stringPropertyNames())
                .as("empty texts in %s_en.properties", bundle)
                .allSatisfy(k -> assertThat(english.getProperty(k)).as(k).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
