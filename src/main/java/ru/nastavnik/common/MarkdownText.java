package ru.nastavnik.common;

/**
 * A value put into the Markdown text of a Tasklist form («{{consentText}}») reads as the characters typed: Markdown's
 * punctuation is escaped with «\», «<», «>» and «&» become HTML entities and line breaks spaces, so a name cannot
 * become an image, a link, a heading or markup.
 */
public final class MarkdownText {

    private static final String MARKDOWN_PUNCTUATION = "\\`*_{}[]()#+-.!|~=:\"'^$%";

    private MarkdownText() {
    }

    public static String escaped(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '&' -> text.append("&amp;");
                case '\r', '\n' -> text.append(' ');
                default -> {
                    if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                        text.append('\\');
                    }
                    text.append(c);
                }
            }
        }
        return text.toString();
    }
}
