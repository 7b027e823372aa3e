package io.junction.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Times in the reader's zone, statuses and history in the reader's language. */
class PageFormatTest {

    static final Instant NOW = Instant.parse("2026-03-01T04:00:00Z");

    final PageFormat format = new PageFormat(Clock.fixed(NOW, ZoneOffset.UTC), messages());

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aChineseReaderInBeijingReadsChineseNamesAndBeijingTime() {
        // given
        reader(Locale.SIMPLIFIED_CHINESE, "Asia/Shanghai");

        // then
        assertThat(format.time(NOW)).isEqualTo("2026-03-01 12:00");
        assertThat(format.zone()).isEqualTo("Asia/Shanghai");
        assertThat(format.status(OrderStatus.PENDING_AUDIT)).isEqualTo("待审核");
        assertThat(format.status(OrderStatus.ON_HOLD)).isEqualTo("已挂起");
        assertThat(format.relative(NOW.plus(Duration.ofHours(5)))).isEqualTo("还剩 5 小时");
        assertThat(format.relative(NOW.minus(Duration.ofDays(2)))).isEqualTo("已超时 2 天");
        assertThat(format.platform("AMAZON")).isEqualTo("亚马逊");
    }

    @Test
    void anEnglishReaderInNewYorkReadsEnglishNamesAndNewYorkTime() {
        // given
        reader(Locale.ENGLISH, "America/New_York");

        // then
        assertThat(format.timeSeconds(NOW)).isEqualTo("2026-02-28 23:00:00");
        assertThat(format.status(OrderStatus.PENDING_AUDIT)).isEqualTo("To review");
        assertThat(format.relative(NOW.plus(Duration.ofMinutes(20)))).isEqualTo("in 20 min");
        assertThat(format.platform("ALIEXPRESS")).isEqualTo("AliExpress");
    }

    @Test
    void historyJunctionWroteIsTranslatedAndWhatAPersonWroteIsShownAsItIs() {
        // given
        reader(Locale.SIMPLIFIED_CHINESE, "Asia/Shanghai");

        // then
        assertThat(format.note("reviewed")).isEqualTo("审核通过");
        assertThat(format.note("back to review: 买家已付款")).isEqualTo("退回审核：买家已付款");
        assertThat(format.note("synced from AMAZON as Unshipped")).isEqualTo("从亚马逊同步，平台状态 Unshipped");
        assertThat(format.note("label of JN0000000007 reprinted (print 2)"))
                .isEqualTo("包裹 JN0000000007 的面单已重新打印（第 2 次）");
        assertThat(format.note("缺货，等补货")).isEqualTo("缺货，等补货");
        assertThat(format.note("a platform code nobody knows")).isEqualTo("a platform code nobody knows");
    }

    @Test
    void anUnknownMarketplaceOrStateIsShownByItsCode() {
        reader(Locale.ENGLISH, "UTC");
        assertThat(format.platform("FAKE")).isEqualTo("FAKE");
        assertThat(format.writeBack("CONFIRMED")).isEqualTo("Confirmed");
    }

    private static void reader(Locale locale, String zone) {
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(locale, TimeZone.getTimeZone(zone)));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
