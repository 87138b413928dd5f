package nl.starters.branch.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns PostgreSQL's {@code ts_headline} of a body into a plain-text and a safe HTML snippet. The headline
 * marks matches with two control characters the stored text cannot contain (the SQL strips them first),
 * so escaping everything and then turning only those into {@code <mark>} leaves no other markup.
 */
final class Snippets {

    static final String START = "\u0002";
    static final String STOP = "\u0003";

    /** ts_headline's options: a short passage or two around the matches, marked with the control characters. */
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" ... \"";

    private Snippets() {}

    static String plain(String headline) {
        return tidy(headline).replace(START, "").replace(STOP, "");
    }

    static String html(String headline) {
        return HtmlUtils.htmlEscape(tidy(headline)).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    private static String tidy(String headline) {
        return headline == null ? "" : headline.replaceAll("\\s+", " ").strip();
    }
}
