package nl.starters.servicedefaults.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTests {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersTheUsualMarkdown() {
        String html = markdown.toSafeHtml("""
                # Starten

                Een **sterk** plan en *geduld*:

                - KvK
                - bank

                `code` en [de KvK](https://www.kvk.nl)

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html)
                .contains("<h1>Starten</h1>")
                .contains("<strong>sterk</strong>")
                .contains("<em>geduld</em>")
                .contains("<li>KvK</li>")
                .contains("<code>code</code>")
                .contains("<td>1</td>")
                .containsPattern("<a href=\"https://www\\.kvk\\.nl\" rel=\"[a-z ]*noopener[a-z ]*\">de KvK</a>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[klik](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "![x](javascript:alert(1))",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "[x](JaVaScRiPt:alert(1))",
                "<svg/onload=alert(1)>",
                "<style>body{display:none}</style>"
            })
    void nothingAMemberWritesCanRunInAnotherMembersBrowser(String attack) {
        String html = markdown.toSafeHtml(attack).toLowerCase();
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContainPattern("(href|src)=\"?\\s*javascript")
                .doesNotContain("onerror=")
                .doesNotContain("onload=")
                .doesNotContain("onmouseover=")
                .doesNotContain("<iframe")
                .doesNotContain("<style")
                .doesNotContain("<svg");
    }

    @Test
    void rawHtmlIsShownAsTextNotRun() {
        assertThat(markdown.toSafeHtml("<b onclick=\"x()\">vet</b>"))
                .contains("&lt;b")
                .doesNotContain("<b");
    }

    @Test
    void emptyTextIsEmptyHtml() {
        assertThat(markdown.toSafeHtml(null)).isEmpty();
        assertThat(markdown.toSafeHtml("  ")).isEmpty();
    }
}
