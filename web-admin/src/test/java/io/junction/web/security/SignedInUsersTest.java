package io.junction.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in person's row is read once per request, whoever asks for it within the request. */
class SignedInUsersTest {

    final UserMapper users = mock(UserMapper.class);
    final SignedInUsers signedIn = new SignedInUsers(users);

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withinOneRequestTheUserIsReadOnceAndWithoutItsPasswordHash() {
        // given
        when(users.findByUsername("clerk")).thenReturn(new AppUser(7, "clerk", "{bcrypt}hash", Role.CLERK, true));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        // when: the session check asks, then the shop scope
        AppUser first = signedIn.find("clerk");
        AppUser second = signedIn.find("clerk");

        // then
        assertThat(second).isEqualTo(first);
        assertThat(first.id()).isEqualTo(7);
        assertThat(first.role()).isEqualTo(Role.CLERK);
        assertThat(first.passwordHash()).isNull();
        verify(users, times(1)).findByUsername("clerk");
    }

    @Test
    void aNextRequestReadsTheUserAgainAndSeesWhatAnAdminChanged() {
        // given
        when(users.findByUsername("clerk"))
                .thenReturn(new AppUser(7, "clerk", "h", Role.CLERK, true))
                .thenReturn(new AppUser(7, "clerk", "h", Role.CLERK, false));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        signedIn.find("clerk");

        // when
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        AppUser now = signedIn.find("clerk");

        // then
        assertThat(now.enabled()).isFalse();
        verify(users, times(2)).findByUsername("clerk");
    }

    @Test
    void aUserWhoIsGoneIsReadOnceToo() {
        // given
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        // when
        AppUser first = signedIn.find("gone");
        AppUser second = signedIn.find("gone");

        // then
        assertThat(first).isNull();
        assertThat(second).isNull();
        verify(users, times(1)).findByUsername("gone");
    }

    @Test
    void outsideARequestEveryCallReads() {
        // when
        signedIn.find("clerk");
        signedIn.find("clerk");

        // then
        verify(users, times(2)).findByUsername("clerk");
    }
}
