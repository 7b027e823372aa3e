package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.rules.Rule;
import io.junction.rules.RuleStore;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("browser")
class RuleBrowserTest extends BrowserTest {

    @Autowired
    RuleStore rules;

    String name;

    @AfterEach
    void ruleGone() {
        // rules apply to every order the demo shop syncs: none outlives its test
        rules.all().stream().filter(r -> r.name().equals(name)).map(Rule::id).forEach(rules::delete);
    }

    @Test
    void aClerkWritesARuleTriesItAndSeesItsEffectOnTheNextOrder() {
        // given a clerk on the rules page writing a rule for the demo shop's orders
        name = "tag demo " + UUID.randomUUID().toString().substring(0, 6);
        String tag = "vip-" + UUID.randomUUID().toString().substring(0, 6);
        long shopId = demo.demoShop().id();
        WebElement form = newRuleNamed(name);
        form.findElement(By.cssSelector("input[name='shopIds'][value='" + shopId + "']"))
                .click();
        form.findElement(By.name("addTags")).sendKeys(tag);
        form.findElement(By.name("setPriority")).sendKeys("7");

        // when the clerk tries it first
        driver.findElement(By.id("dry-run-rule")).click();

        // then the page says how many orders it would match now, and keeps the form as typed
        assertThat(visible(By.id("dry-run")).getText())
                .contains("This rule would match")
                .contains("orders now");
        assertThat(driver.findElement(By.name("name")).getAttribute("value")).isEqualTo(name);

        // when the clerk saves it
        driver.findElement(By.id("save-rule")).click();

        // then it is listed, enabled
        WebElement row = visible(By.cssSelector("#rules-table tr[data-rule-name='" + name + "']"));
        assertThat(row.getText())
                .contains("tags: " + tag)
                .contains("priority: 7")
                .contains("enabled");

        // when a new order arrives from the demo shop
        long orderId = demo.placeAndSync(1).get(0);

        // then its page lists the rule that matched, and its history says what the rule did
        open("/orders/" + orderId);
        await().withTimeout(Duration.ofSeconds(20)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("matched-rules")).getText().contains(name);
        });
        String history = visible(By.id("history")).getText();
        assertThat(history)
                .contains("rule: " + name)
                .contains("added tag " + tag)
                .contains("set priority 7");

        // and turning the rule off shows it off
        open("/rules");
        visible(By.cssSelector("#rules-table tr[data-rule-name='" + name + "'] .disable-rule"))
                .click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#rules-table tr[data-rule-name='" + name + "'] .rule-state"), "disabled"));
    }

    @Test
    void aClerkLetsARuleChooseTheCheapestMethodAndTheOrderPageShowsTheQuotes() {
        // given a clerk writing a logistics rule that picks the cheapest method for the demo shop's orders
        name = "cheapest " + UUID.randomUUID().toString().substring(0, 6);
        long shopId = demo.demoShop().id();
        WebElement form = newRuleNamed(name);
        new Select(form.findElement(By.name("kind"))).selectByValue("LOGISTICS");
        form.findElement(By.name("priority")).clear();
        form.findElement(By.name("priority")).sendKeys("99");
        form.findElement(By.cssSelector("input[name='shopIds'][value='" + shopId + "']"))
                .click();
        form.findElement(By.name("cheapestMethod")).click();

        // when the clerk saves it
        driver.findElement(By.id("save-rule")).click();

        // then it is listed with its action
        WebElement row = visible(By.cssSelector("#rules-table tr[data-rule-name='" + name + "']"));
        assertThat(row.getText()).contains("cheapest method that meets the ship-by");

        // when a new order arrives from the demo shop
        long orderId = demo.placeAndSync(1).get(0);

        // then its history names the chosen method's price, and its page lists the carriers' quotes
        open("/orders/" + orderId);
        await().withTimeout(Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("history")).getText().contains("rule: " + name);
        });
        assertThat(visible(By.id("history")).getText())
                .contains("the cheapest of")
                .contains("CNY");
        await().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#freight-quotes tr.freight-quote[data-quoted='true']")));
        assertThat(visible(By.id("freight-quotes")).getText())
                .contains("Freight quotes")
                .contains("CNY");
    }

    /** A clerk on the rules page opens the form of a new rule and names it. */
    private WebElement newRuleNamed(String ruleName) {
        signIn("clerk");
        open("/rules");
        visible(By.id("new-rule")).click();
        WebElement form = visible(By.id("rule-form"));
        form.findElement(By.name("name")).sendKeys(ruleName);
        return form;
    }
}
