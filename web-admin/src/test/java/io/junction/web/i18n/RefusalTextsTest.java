package io.junction.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Refusal;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every reason an order action can be refused for is said in Chinese and in English, never shown as its code. */
class RefusalTextsTest {

    @Test
    void everyRefusalOfAnOrderActionHasAChineseAndAnEnglishText() throws Exception {
        // given
        List<String> codes = new ArrayList<>();
        for (Field field : Refusal.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        Properties chinese = new Properties();
        Properties english = new Properties();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            load(bundle, bundle.getFilename().endsWith("_en.properties") ? english : chinese);
        }

        // then
        assertThat(codes).isNotEmpty();
        assertThat(codes)
                .as("refusals without a Chinese text (order.refusal.<code>)")
                .allSatisfy(code -> assertThat(chinese.getProperty("order.refusal." + code))
                        .as(code)
                        .isNotBlank());
        assertThat(codes)
                .as("refusals without an English text (order.refusal.<code>)")
                .allSatisfy(code -> assertThat(english.getProperty("order.refusal." + code))
                        .as(code)
                        .isNotBlank());
    }

    private static void load(Resource bundle, Properties into) throws IOException {
        try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            into.load(reader);
        }
    }
}
