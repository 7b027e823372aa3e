package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The shops page and the labels-refused page say why in the reader's language, never in English alone. */
@SpringBootTest
@AutoConfigureMockMvc
class RefusalPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aShopWithABlankNameIsRefusedOnTheShopsPageInChineseOrEnglish() throws Exception {
        // when
        String chinese = page(addBlankShop().header("Accept-Language", "zh-CN"));
        String english = page(addBlankShop().header("Accept-Language", "en"));

        // then
        assertThat(chinese).contains("名称不能为空").doesNotContain("name must not be blank");
        assertThat(english).contains("name must not be blank");
    }

    @Test
    void labelsOfAnOrderThatDoesNotExistAreRefusedOnThePageInChinese() throws Exception {
        // when
        String page = page(post("/orders/labels.pdf")
                .param("orderIds", "987654321")
                .header("Accept-Language", "zh-CN")
                .with(user("clerk").roles("CLERK"))
                .with(csrf()));

        // then
        assertThat(page).contains("订单 987654321：没有此订单").doesNotContain("no such order");
    }

    private static MockHttpServletRequestBuilder addBlankShop() {
        return post("/shops")
                .param("platform", "AMAZON")
                .param("name", " ")
                .param("endpoint", "https://sp.example.com")
                .param("credential.clientId", "a")
                .param("credential.clientSecret", "b")
                .param("credential.refreshToken", "c")
                .with(user("admin").roles("ADMIN"))
                .with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
