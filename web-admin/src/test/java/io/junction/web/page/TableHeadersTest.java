package io.junction.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The lists' tables head their columns from the message bundles, in order, through one shared fragment
 * (tables :: head): a column of numbers is marked so, a column of buttons has no heading, and a column a page
 * shows only sometimes (an administrator's token owners, the projection of orders at risk) is there exactly then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TableHeadersTest {

    /** The pages' language when the browser asks for none. */
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    PageClient admin;

    @BeforeEach
    void anAdministratorIsSignedIn() {
        admin = PageClient.signedIn(port, "admin", ApiClient.PASSWORD);
    }

    /**
     * Each list: its page, its table, and its columns' message keys in order ("num:" a column of numbers, "-" a
     * column without a heading).
     */
    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource(delimiter = '|', textBlock = """
            /rules                   | rules-table          | rules.field.priority rules.field.name rules.field.kind rules.field.actions rules.field.state -
            /rules/blacklist         | blacklist-table      | rules.blacklist.field.kind rules.blacklist.field.value rules.blacklist.field.note rules.blacklist.field.added -
            /users                   | users-table          | users.field.username users.field.role users.field.shops users.field.state -
            /tokens                  | tokens-table         | tokens.user tokens.device tokens.created tokens.expires tokens.state -
            /scan-out/settings       | stations-table       | station.settings.station station.settings.weighing station.settings.tolerance.grams station.settings.tolerance.pct station.settings.qc station.settings.one-scan -
            /scan-out/dashboard      | hourly-table         | station.dashboard.operator station.dashboard.hour num:station.dashboard.scans num:station.dashboard.refused num:station.dashboard.undone num:station.dashboard.shipped num:station.dashboard.set-aside
            /scan-out/dashboard      | sessions-table       | station.dashboard.operator station.dashboard.station station.dashboard.from station.dashboard.to num:station.dashboard.scans
            /handovers               | handover-batches     | handover.column.batch handover.carrier handover.column.status handover.column.opened handover.column.closed
            /stock                   | stock-table          | stock.column.sku stock.column.name stock.column.location num:stock.column.on-hand num:stock.column.reserved num:stock.column.available
            /logistics               | methods-table        | logistics.column.code logistics.column.name logistics.column.carrier logistics.column.service logistics.column.marketplace logistics.column.state
            /logistics               | accounts-table       | logistics.column.carrier logistics.column.name logistics.column.endpoint logistics.column.credentials
            /pairings                | pairings-table       | catalogue.field.platformSku catalogue.pairing.scope catalogue.field.components -
            /deadlines?kind=OVERDUE  | deadline-table       | deadlines.column.order deadlines.column.shop deadlines.column.status deadlines.column.ship-by deadlines.column.left
            /deadlines?kind=AT_RISK  | deadline-table       | deadlines.column.order deadlines.column.shop deadlines.column.status deadlines.column.ship-by deadlines.column.left deadlines.column.projected
            /returns                 | returns-table        | returns.column.number returns.column.order returns.column.reason returns.column.lines returns.column.registered returns.column.refund -
            /tracking/alerts         | tracking-alert-table | tracking.alerts.column.order tracking.alerts.column.shop tracking.alerts.column.tracking tracking.alerts.column.status tracking.alerts.column.shipped tracking.alerts.column.since tracking.alerts.column.polled
            /write-back              | confirmations-table  | - writeback.column.order writeback.column.shop writeback.column.package writeback.column.tracking writeback.column.reason writeback.column.attempts writeback.column.since -
            /write-back              | cancellations-table  | - writeback.column.order writeback.column.carrier writeback.column.package writeback.column.tracking writeback.column.status writeback.column.reason writeback.column.attempts -
            """)
    void aListHeadsItsColumnsFromTheBundlesInOrder(String path, String tableId, String columns) {
        // given
        List<String> expected = new ArrayList<>();
        for (String key : columns.split(" ")) {
            boolean numbers = key.startsWith("num:");
            expected.add(key.equals("-") ? "" : (numbers ? "num " : "") + text(numbers ? key.substring(4) : key));
        }

        // when
        Element table = page(path).getElementById(tableId);

        // then
        assertThat(table).as("table " + tableId + " on " + path).isNotNull();
        List<String> header = new ArrayList<>();
        for (Element th : table.select("thead th")) {
            header.add((th.hasClass("num") ? "num " : "") + th.text());
        }
        assertThat(header).containsExactlyElementsOf(expected);
    }

    @Test
    void aUserShowsThatItIsOnWithTheButtonThatSwitchesItOff() {
        // when
        Document users = page("/users");

        // then the demo administrator is enabled, with a button to disable it and none to enable it
        Element adminRow = users.selectFirst("#users-table tr[data-username=admin]");
        assertThat(adminRow).isNotNull();
        assertThat(adminRow.select("td.user-state span").text()).isEqualTo(text("users.state.enabled"));
        assertThat(adminRow.select("button.disable-user").text()).isEqualTo(text("users.action.disable"));
        assertThat(adminRow.select("button.disable-user").parents().first().attr("action"))
                .endsWith("/users/" + adminRow.attr("data-user-id") + "/disable");
        assertThat(adminRow.select("button.enable-user")).isEmpty();
    }

    private Document page(String path) {
        PageClient.Answer answer = admin.get(path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        assertThat(answer.html())
                .as("a message key the bundles lack, on " + path)
                .doesNotContain("??");
        return Jsoup.parse(answer.html());
    }

    private String text(String key) {
        return messages.getMessage(key, null, CHINESE);
    }
}
