package io.junction.web.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages' language: the person's stored choice, else the one chosen in this browser, else the
 * browser's Accept-Language, else Chinese; their time zone: the stored one, else Beijing time for
 * Chinese and UTC for English.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageAndTimeZoneTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PreferenceMapper preferences;

    @Autowired
    JdbcTemplate jdbc;

    /** The people these tests sign in as exist, as every signed-in page session's user must. */
    @BeforeEach
    void theirUsersExist() {
        for (String name : List.of("pref-nobody", "pref-english", "pref-switcher", "pref-tokyo", "pref-mars")) {
            exists(name, "CLERK");
        }
        exists("pref-packer", "PACKER");
    }

    private void exists(String name, String role) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, name) == 0) {
            jdbc.update(
                    "INSERT INTO app_user (username, password_hash, role, enabled) VALUES (?, '{noop}unused', ?, TRUE)",
                    name,
                    role);
        }
    }

    @Test
    void withoutAcceptLanguageThePagesAreChineseInBeijingTime() throws Exception {
        // when
        String page = page(get("/orders").with(user("pref-nobody").roles("CLERK")));

        // then
        assertThat(page)
                .contains("待审核")
                .contains("审核通过")
                .doesNotContain("To review")
                .contains("时间按 Asia/Shanghai 显示")
                .contains("最晚发货（Asia/Shanghai）");
    }

    @Test
    void anEnglishBrowserReadsEnglishInUtc() throws Exception {
        // when
        String page = page(get("/orders")
                .header("Accept-Language", "en-US,en;q=0.9")
                .with(user("pref-english").roles("CLERK")));

        // then
        assertThat(page)
                .contains("To review")
                .contains("Approve")
                .doesNotContain("待审核")
                .contains("Times in UTC")
                .contains("Ship by (UTC)");
    }

    @Test
    void aBrowserAskingForALanguageJunctionDoesNotSpeakFallsToTheNextItSpeaksThenToChinese() throws Exception {
        assertThat(page(get("/login").header("Accept-Language", "fr-FR,en;q=0.5")))
                .contains("User name");
        assertThat(page(get("/login").header("Accept-Language", "zh-TW,zh;q=0.9")))
                .contains("用户名");
        assertThat(page(get("/login").header("Accept-Language", "fr-FR"))).contains("用户名");
    }

    @Test
    void theSwitchInTheHeaderStoresTheChoiceWhichThenWinsOverTheBrowser() throws Exception {
        // given
        var clerk = user("pref-switcher").roles("CLERK");

        // when
        mvc.perform(switchLanguage("en")
                        .header("Referer", "http://localhost/orders?status=ALL")
                        .with(clerk))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders?status=ALL"))
                .andExpect(cookie().value(UserLocaleResolver.COOKIE, "en"));

        // then a Chinese browser without the cookie (another machine, a new session) still reads English
        assertThat(preferences.find("pref-switcher").locale()).isEqualTo("en");
        assertThat(page(get("/orders").header("Accept-Language", "zh-CN").with(clerk)))
                .contains("To review");
    }

    @Test
    void theSwitchWorksBeforeSignInThroughACookie() throws Exception {
        // when
        Cookie chosen = mvc.perform(switchLanguage("en"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getCookie(UserLocaleResolver.COOKIE);

        // then
        assertThat(page(get("/login").header("Accept-Language", "zh-CN").cookie(chosen)))
                .contains("User name");
    }

    @Test
    void theSwitchNeverSendsAPersonToAnotherHost() throws Exception {
        mvc.perform(switchLanguage("en").header("Referer", "https://evil.example/orders"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(switchLanguage("en").header("Referer", "http://localhost//evil.example/x"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theSwitchWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/preferences/language").param("lang", "en")).andExpect(status().isForbidden());
    }

    @Test
    void aChosenTimeZoneIsUsedForEveryTimeAndNamedInTheFooter() throws Exception {
        // given
        var clerk = user("pref-tokyo").roles("CLERK");

        // when
        mvc.perform(savePreferences("zh-CN", "Asia/Tokyo").with(clerk)).andExpect(redirectedUrl("/preferences?saved"));

        // then
        String page = page(get("/orders").header("Accept-Language", "en").with(clerk));
        assertThat(page).contains("时间按 Asia/Tokyo 显示").contains("最晚发货（Asia/Tokyo）");
        assertThat(page(get("/preferences").with(clerk)))
                .contains("<option value=\"Asia/Tokyo\" selected=\"selected\">");
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndNothingIsStored() throws Exception {
        // given
        var clerk = user("pref-mars").roles("CLERK");

        // when
        String page = page(savePreferences("en", "Mars/Olympus").with(clerk));

        // then
        assertThat(page).contains("id=\"preferences-refused\"");
        assertThat(preferences.find("pref-mars")).isNull();
    }

    @Test
    void aPackerReachesThePreferencesToo() throws Exception {
        assertThat(page(get("/preferences").with(user("pref-packer").roles("PACKER"))))
                .contains("preferences-form");
    }

    /** The language switch in the header, with its CSRF token. */
    private static MockHttpServletRequestBuilder switchLanguage(String lang) {
        return post("/preferences/language").param("lang", lang).with(csrf());
    }

    /** The preferences form sent, with its CSRF token. */
    private static MockHttpServletRequestBuilder savePreferences(String lang, String timeZone) {
        return post("/preferences")
                .param("lang", lang)
                .param("timeZone", timeZone)
                .with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
