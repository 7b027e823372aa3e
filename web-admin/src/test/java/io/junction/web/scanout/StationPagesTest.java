package io.junction.web.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.scanout.ScanOutService;
import io.junction.scanout.StationSettings;
import io.junction.scanout.Stations;
import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.net.http.HttpClient;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The station's pages: the dashboard, the settings and the API tokens, each for whom it is meant. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StationPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ScanOutService scanOut;

    @Autowired
    Stations stations;

    @Test
    void theDashboardCountsTodaysScansPerOperatorAndListsTheirSessions() {
        // given a refused scan by the packer at a station of its own
        String station = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        new StationClient(HttpClient.newHttpClient(), port, "packer", station).open("NO-SUCH-LABEL-9");
        PageClient clerk = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);

        // when
        PageClient.Answer page = clerk.get("/scan-out/dashboard");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html())
                .contains("id=\"hourly-table\"")
                .contains("data-operator=\"packer\"")
                .contains(station);
    }

    @Test
    void aPackerReachesNeitherTheDashboardNorTheSettings() {
        // given
        PageClient packer = PageClient.signedIn(port, "packer", ApiClient.PASSWORD);

        // when / then
        assertThat(packer.get("/scan-out/dashboard").status()).isEqualTo(403);
        assertThat(packer.get("/scan-out/settings").status()).isEqualTo(403);
        assertThat(packer.get("/tokens").status()).isEqualTo(200);
    }

    @Test
    void anAdminSetsAStationsSettingsOnThePage() {
        // given
        String station = "set-" + UUID.randomUUID().toString().substring(0, 8);
        PageClient admin = PageClient.signedIn(port, "admin", ApiClient.PASSWORD);
        admin.get("/scan-out/settings");

        // when
        PageClient.Answer saved = admin.post(
                "/scan-out/settings",
                "stationName=" + station
                        + "&weighingRequired=true&weightToleranceGrams=30&weightTolerancePct=5&oneScanShip=true");

        // then
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.html()).contains("data-station=\"" + station + "\"");
        assertThat(scanOut.settings(station)).isEqualTo(new StationSettings(station, true, 30, 5, false, true));
        PageClient packer = PageClient.signedIn(port, "packer", ApiClient.PASSWORD);
        assertThat(packer.get("/scan-out?station=" + station).html()).contains("id=\"station-asks\"");
    }

    @Test
    void theSettingsPageShowsEachStationsSettingsAndAddsOneFromTheSavesDefaults() {
        // given
        String station = "form-" + UUID.randomUUID().toString().substring(0, 8);
        stations.save(new StationSettings(station, true, 30, 5, true, false), "tester");
        PageClient admin = PageClient.signedIn(port, "admin", ApiClient.PASSWORD);

        // when
        Document page = Jsoup.parse(admin.get("/scan-out/settings").html());

        // then the station's row says its settings
        Element row = page.selectFirst("tr[data-station=" + station + "] form");
        assertThat(row.selectFirst("input[name=weighingRequired]").hasAttr("checked"))
                .isTrue();
        assertThat(row.selectFirst("input[name=weightToleranceGrams]").val()).isEqualTo("30");
        assertThat(row.selectFirst("input[name=weightTolerancePct]").val()).isEqualTo("5");
        assertThat(row.selectFirst("input[name=qcRequired]").hasAttr("checked")).isTrue();
        assertThat(row.selectFirst("input[name=oneScanShip]").hasAttr("checked"))
                .isFalse();

        // and the add form starts from what the save takes when nothing is said
        Element add = page.getElementById("add-station");
        assertThat(add.select("input[type=checkbox][checked]")).isEmpty();
        assertThat(add.selectFirst("input[name=weightToleranceGrams]").val()).isEqualTo("50");
        assertThat(add.selectFirst("input[name=weightTolerancePct]").val()).isEqualTo("10");
    }

    @Test
    void theTokensPageListsTheUsersDevicesAndRevokesOne() {
        // given
        String device = "pda-" + UUID.randomUUID().toString().substring(0, 8);
        StationClient handheld = new StationClient(HttpClient.newHttpClient(), port, "packer", device);
        PageClient packer = PageClient.signedIn(port, "packer", ApiClient.PASSWORD);
        PageClient.Answer list = packer.get("/tokens");
        assertThat(list.html()).contains(device).doesNotContain(handheld.token());
        String id = list.html().split(device)[0].replaceAll("(?s).*data-token-id=\"(\\d+)\".*", "$1");

        // when
        PageClient.Answer revoked = packer.post("/tokens/" + id + "/revoke", "");

        // then
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.html()).contains("id=\"token-revoked\"");
        assertThat(handheld.open("ANY").status()).isEqualTo(401);
    }
}
