package io.junction.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every text a person sees on a page comes from the message bundles: a template holds no visible
 * literal text (text nodes, titles, placeholders, labels for screen readers, button values, string
 * literals in th:text and friends) beyond a short list of words that read the same in every language.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Words that are the same in every language. */
    static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Junction");

    /** Templates not converted yet: none. */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    /** Attributes a person reads (or hears, with a screen reader). */
    static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");

    /** Thymeleaf attributes whose value ends up visible: their string literals must be keys, not texts. */
    static final Set<String> VISIBLE_EXPRESSIONS = Set.of(
            "th:text", "th:utext", "th:title", "th:placeholder", "th:alt", "th:aria-label", "th:value", "th:attr");

    /** Thymeleaf attributes that replace their element's content: the text inside is a prototype, never shown. */
    static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");

    static final Pattern LETTER = Pattern.compile("\\p{L}");
    static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    /** A message key or a piece of one ('many', 'order.tab.'): allowed inside expressions. */
    static final Pattern KEY_PART = Pattern.compile("[a-z][a-z0-9.-]*");

    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)");

    /** The column keys a table header names through the shared fragment: tables :: head(${ {'key', 'num:key'} }). */
    static final Pattern HEADER_COLUMNS = Pattern.compile("tables :: head\\((.*?)\\)}", Pattern.DOTALL);

    @Test
    void noTemplateHoldsVisibleTextThatIsNotAMessage() throws IOException {
        // given
        List<String> found = new ArrayList<>();

        // when
        for (Path template : templates()) {
            Document page = parse(template);
            visit(page, name(template), found);
        }

        // then
        assertThat(found)
                .as("visible literal text in the templates; use th:text=\"#{key}\" with the text in i18n/")
                .isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextWhereAPersonWouldSeeIt() {
        // given
        String html = """
                <div><span>Approve</span><span th:text="#{order.action.audit}">prototype</span>
                <input placeholder="why"><b th:text="${n} + ' failed'"></b><i th:text="#{x(${a.promptKey('many')})}"></i>
                <a title="Junction">Junction</a>
                <div th:replace="~{layout :: page(#{t}, 'orders', ~{::main})}"><main><p>Framed</p></main></div>
                </div>""";
        List<String> found = new ArrayList<>();

        // when
        visit(
                Jsoup.parse(html, "", Parser.htmlParser().settings(org.jsoup.parser.ParseSettings.preserveCase)),
                "sample.html",
                found);

        // then
        assertThat(found)
                .hasSize(4)
                .anySatisfy(f -> assertThat(f).contains("Approve"))
                .anySatisfy(f -> assertThat(f).contains("why"))
                .anySatisfy(f -> assertThat(f).contains("failed"))
                .anySatisfy(f -> assertThat(f).contains("Framed"));
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        // given
        Properties known = new Properties();
        for (String bundle : MessageBundlesTest.BUNDLES) {
            for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/" + file);
                        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    known.load(reader);
                }
            }
        }
        List<String> missing = new ArrayList<>();

        // when
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!known.containsKey(key.group(1))) {
                    missing.add(name(template) + ": " + key.group(1));
                }
            }
            Matcher header = HEADER_COLUMNS.matcher(Files.readString(template));
            while (header.find()) {
                Matcher column = LITERAL.matcher(header.group(1));
                while (column.find()) {
                    String columnKey = column.group(1).replaceFirst("^num:", "");
                    if (KEY_PART.matcher(columnKey).matches() && !known.containsKey(columnKey)) {
                        missing.add(name(template) + ": " + columnKey);
                    }
                }
            }
        }

        // then
        assertThat(missing)
                .as("message keys the templates use but no bundle has")
                .isEmpty();
    }

    @Test
    void noTemplateHasInlineHandlersStylesOrScripts() throws IOException {
        // given
        List<String> found = new ArrayList<>();

        // when
        for (Path template : templates()) {
            for (Element e : parse(template).getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().toLowerCase().startsWith("on") || a.getKey().equalsIgnoreCase("style")) {
                        found.add(name(template) + ": <" + e.tagName() + " " + a.getKey() + ">");
                    }
                }
                if (e.tagName().equals("style")
                        || (e.tagName().equals("script") && !e.data().isBlank())) {
                    found.add(name(template) + ": inline <" + e.tagName() + ">");
                }
            }
        }

        // then
        assertThat(found)
                .as("inline behaviour or style: move it to static/js or static/css")
                .isEmpty();
    }

    private static void visit(Element element, String template, List<String> found) {
        for (Attribute a : element.attributes()) {
            String name = a.getKey().toLowerCase();
            if (VISIBLE_ATTRIBUTES.contains(name) && isText(a.getValue())) {
                found.add(template + ": <" + element.tagName() + " " + name + "=\"" + a.getValue() + "\">");
            }
            if (name.equals("value") && isButton(element) && isText(a.getValue())) {
                found.add(template + ": <" + element.tagName() + " value=\"" + a.getValue() + "\">");
            }
            if (VISIBLE_EXPRESSIONS.contains(name)) {
                // A literal compared with (status.name() == 'OPEN') is a code, not a text.
                Matcher literal = LITERAL.matcher(a.getValue().replaceAll("[=!]=\\s*'[^']*'", ""));
                while (literal.find()) {
                    String text = literal.group(1);
                    if (isText(text) && !KEY_PART.matcher(text).matches()) {
                        found.add(template + ": <" + element.tagName() + " " + name + "> literal '" + text + "'");
                    }
                }
            }
        }
        // A page framed by the layout (th:replace="~{layout :: page(…, ~{::main})}") hands its own markup on: read it.
        boolean replaced = REPLACING.stream()
                .anyMatch(a -> element.hasAttr(a) && !element.attr(a).contains("~{::"));
        if (replaced || element.tagName().equals("script") || element.tagName().equals("style")) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            if (isText(text.text())) {
                found.add(template + ": <" + element.tagName() + "> \""
                        + text.text().strip() + "\"");
            }
        }
        for (Element child : element.children()) {
            visit(child, template, found);
        }
    }

    /** Whether {@code value} holds a letter beyond the words that read the same in every language. */
    private static boolean isText(String value) {
        String rest = value;
        for (String word : SAME_IN_EVERY_LANGUAGE) {
            rest = rest.replace(word, "");
        }
        return LETTER.matcher(rest).find();
    }

    /** An input whose value is its caption (a button's value is sent, its content shown). */
    private static boolean isButton(Element e) {
        String type = e.attr("type").toLowerCase();
        return e.tagName().equals("input") && (type.equals("submit") || type.equals("button") || type.equals("reset"));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> all =
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(all).as("templates under " + TEMPLATES.toAbsolutePath()).isNotEmpty();
            return all.stream()
                    .filter(p -> !NOT_YET_CONVERTED.contains(name(p)))
                    .toList();
        }
    }

    private static Document parse(Path template) throws IOException {
        return Jsoup.parse(
                Files.readString(template),
                "",
                Parser.htmlParser().settings(org.jsoup.parser.ParseSettings.preserveCase));
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString().replace('\\', '/');
    }
}
