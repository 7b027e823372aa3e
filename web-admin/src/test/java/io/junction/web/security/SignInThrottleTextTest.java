package io.junction.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/** The sign-in page's "too many failures" text takes its numbers from the throttle, so the two cannot drift. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTextTest {

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    SignInThrottle throttle;

    @Test
    void theThrottledSignInPageStatesTheThrottlesOwnNumbers() throws Exception {
        // given a throttle with other numbers than the shipped ones
        doReturn(7).when(throttle).maxFailures();
        doReturn(42L).when(throttle).blockMinutes();

        // when
        String page = mvc.perform(get("/login").param("throttled", "").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(page).contains("failed to sign in 7 times from this address: sign-ins are refused for 42 minutes");
    }
}
